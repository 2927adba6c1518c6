package io.github.swplugin.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's rule table is what users read: it must list every rule with its real level. */
class ReadmeRulesTest {
    @Test
    void readmeListsEveryRuleWithItsLevel() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        for (Rule rule : Rule.values()) {
            assertThat(readme).as("README row of %s", rule.id()).contains("| `" + rule.id() + "` | " + rule.severity() + " |");
        }
    }
}
