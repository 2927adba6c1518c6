package io.github.swplugin.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.swplugin.collector.Agent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md is what the catalogue says. After changing a rule, regenerate it:
 * {@code ./mvnw -pl engine test -Dtest=RulePageTest -Dswplugin.writeRulePage}.
 */
class RulePageTest {
    private static final Path PAGE = Path.of("..", RuleCatalogue.PAGE);

    @Test
    void thePageIsWhatTheCatalogueSays() throws IOException {
        String generated = RuleCatalogue.markdown();
        if (System.getProperty("swplugin.writeRulePage") != null) {
            Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(PAGE)).as("%s is out of date: ./mvnw -pl engine test -Dtest=RulePageTest"
                + " -Dswplugin.writeRulePage", RuleCatalogue.PAGE).isEqualTo(generated);
    }

    @Test
    void everyRuleHasItsRowAndSaysWhichAgentsItRunsFor() {
        String page = RuleCatalogue.markdown();
        for (Rule rule : Rule.values()) {
            assertThat(page).contains("| `" + rule.id() + "` | " + rule.severity() + " | "
                    + (rule.appliesTo(Agent.JAVA) && rule.appliesTo(Agent.PYTHON) ? "every agent"
                    : rule.appliesTo(Agent.JAVA) ? "Java only" : "Python only") + " | ");
        }
    }

    @Test
    void oneRuleIsFoundByItsId() {
        assertThat(RuleCatalogue.find("span-order")).contains(Rule.SPAN_ORDER);
        assertThat(RuleCatalogue.find("span_order")).isEmpty();
        assertThat(RuleCatalogue.text(Optional.of(Rule.SPAN_ORDER))).hasSize(2).first().asString()
                .startsWith("span-order").contains("ERROR", "Spans", "Python only");
    }
}
