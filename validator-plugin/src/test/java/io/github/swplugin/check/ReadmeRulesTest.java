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

    @Test
    void readmeNamesExactlyThePythonOnlyRules() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("Rules that describe only the Python agent");
        String paragraph = readme.substring(start, readme.indexOf("\n\n", start));
        java.util.Set<String> listed = new java.util.TreeSet<>();
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("`([a-z-]+)`").matcher(paragraph);
        while (id.find()) {
            listed.add(id.group(1));
        }
        assertThat(listed).isEqualTo(Agent.PYTHON_ONLY.stream().map(Rule::id).collect(java.util.stream.Collectors.toCollection(
                java.util.TreeSet::new)));
    }
}
