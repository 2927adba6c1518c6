package io.github.swplugin.check;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * SnakeYAML's parser errors in words a test author acts on. The common ones are indentation: a line indented
 * deeper or shallower than the keys of its mapping, and tabs; the rest keep the parser's own words.
 */
final class YamlProblems {
    private YamlProblems() {
    }

    static String explain(MarkedYAMLException e) {
        String problem = e.getProblem() != null ? e.getProblem().strip() : String.valueOf(e.getMessage()).strip();
        Mark block = e.getContextMark();
        if (problem.startsWith("expected <block end>, but found")) {
            return "this line is not lined up with the lines of its block" + (block == null ? "" : " (which starts at line "
                    + (block.getLine() + 1) + ")") + ": indent it exactly as its sibling keys or list items are";
        }
        if (problem.equals("mapping values are not allowed here")) {
            return "a ':' that YAML cannot read here: the line is indented deeper than the keys it belongs with (indent it as"
                    + " they are), or a value holds ': ' and needs quotes";
        }
        if (problem.contains("(Do not use \\t(TAB) for indentation)") || problem.contains("'\\t(TAB)' that cannot start any token")) {
            return "a tab in the indentation: YAML indents with spaces only";
        }
        return problem + (e.getContext() != null ? " (" + e.getContext() + ")" : "");
    }
}
