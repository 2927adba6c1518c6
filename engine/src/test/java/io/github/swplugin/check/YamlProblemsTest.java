package io.github.swplugin.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A YAML syntax error is reported at the line that moved, in words that say how to fix it. */
class YamlProblemsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a key dedented out of its list item
        "segmentItems:\\n  - serviceName: a\\n    segmentSize: 1\\n   segments: []\\n|f.yml:4:4: ERROR [yaml-syntax] this line is not lined up"
            + " with the lines of its block (which starts at line 2): indent it exactly as its sibling keys or list items are",
        // a key indented deeper than its siblings
        "segmentItems:\\n  - serviceName: a\\n    segmentSize: 1\\n     segments: []\\n|f.yml:4:14: ERROR [yaml-syntax] a ':' that YAML"
            + " cannot read here: the line is indented deeper than the keys it belongs with (indent it as they are), or a value"
            + " holds ': ' and needs quotes",
        "segmentItems:\\n\\t- serviceName: a\\n|f.yml:2:1: ERROR [yaml-syntax] a tab in the indentation: YAML indents with spaces only",
        // anything else keeps the parser's words
        "a: [1, 2\\n|f.yml:2:1: ERROR [yaml-syntax] expected ',' or ']', but got <stream end> (while parsing a flow sequence)",
    })
    void theLineThatMovedIsNamedWithTheFix(String text, String finding) {
        FileFindings findings = new FileFindings("f.yml");
        new YamlLoader(50, 100).compose(text.replace("\\n", "\n").replace("\\t", "\t"), findings);
        assertThat(findings.list()).extracting(Finding::toString).containsExactly(finding);
    }
}
