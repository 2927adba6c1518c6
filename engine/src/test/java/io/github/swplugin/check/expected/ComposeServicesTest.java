package io.github.swplugin.check.expected;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.Finding;
import io.github.swplugin.check.Rule;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The services of a compose file are its services: block's keys at the block's indentation, in any line ending. */
class ComposeServicesTest {
    private static FileFindings check(String text) {
        FileFindings findings = new FileFindings("tests/plugin/web/sw_x/docker-compose.yml");
        ComposeServices.check(text, findings);
        return findings;
    }

    @Test
    void aServiceDefinedTwiceIsReportedAtItsSecondDefinitionWhateverTheLineEndings() {
        String text = String.join("\r\n", "version: '3'", "# comment", "services:  ", "  provider:", "    image: x", "",
                "  # provider: not a key", "  consumer:", "    environment:", "      provider: y", "  provider:", "networks:",
                "  provider:", "");
        assertThat(check(text).list()).extracting(Finding::line, Finding::column, Finding::rule, Finding::message).containsExactly(
                Tuple.tuple(11, 3, Rule.DUPLICATE_KEY, "service 'provider' is defined twice (first at line 4): only one definition"
                        + " is used, so the other service is gone; rename one"));
        assertThat(check(text.replace("\r\n", "\n")).list()).extracting(Finding::line).containsExactly(11);
    }

    @Test
    void aFileWithoutAServicesBlockHasNoServicesToJudge() {
        assertThat(check("version: '3'\nnetworks:\n  a:\n  a:\n").list()).isEmpty();
        assertThat(check("").list()).isEmpty();
        assertThat(check("x:\n  services:\n    a:\n    a:\n").list()).isEmpty();
        assertThat(check("services:").list()).isEmpty();
    }

    @Test
    void theFirstKeyOfTheBlockSetsItsIndentation() {
        assertThat(check("services:\n    a:\n      a:\n        a: x\n    b:\n").list()).isEmpty();
        assertThat(check("services:\n    a:\n      image: x\n    a:\n").list()).extracting(Finding::line, Finding::column)
                .containsExactly(Tuple.tuple(4, 5));
        assertThat(check("services:\n\ta:\n\ta:\n").list()).extracting(Finding::line).containsExactly(3);
    }
}
