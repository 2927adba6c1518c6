package io.github.swplugin.check;

import io.github.swplugin.collector.LongTokens;
import java.io.StringReader;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composes YAML into nodes that keep their line and column, within limits that stop alias bombs
 * and runaway nesting. Duplicate keys are left in the tree for the checks to report.
 */
public final class YamlLoader {
    private final LoaderOptions options = new LoaderOptions();
    /** Only read after construction, so one serves every thread. */
    private final Resolver resolver = new RememberingResolver();

    public YamlLoader(int maxAliases, int maxNesting) {
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(maxAliases);
        options.setNestingDepthLimit(maxNesting);
        options.setCodePointLimit(Integer.MAX_VALUE);
    }

    /** The document's root node, or empty for an empty document; syntax errors are reported and give empty. */
    public Optional<Node> compose(String text, FileFindings findings) {
        int[] longToken = LongTokens.find(text);
        if (longToken != null) {
            findings.add(Rule.YAML_SYNTAX, longToken[0], longToken[1], "more than " + LongTokens.MAX_CHARS + " characters without a"
                    + " space or line break: longer than any expectation needs, so the file was not parsed");
            return Optional.empty();
        }
        // the YAML test files are written in, composed without SnakeYAML's scanner into the same nodes
        Node subset = SubsetComposer.compose(text, resolver, options.getNestingDepthLimit());
        if (subset != null) {
            return Optional.of(subset);
        }
        try {
            // a Composer alone: the Yaml facade would also build a constructor and a representer per file
            Composer composer = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), resolver, options);
            return Optional.ofNullable(composer.getSingleNode());
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            findings.add(Rule.YAML_SYNTAX, mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1,
                    YamlProblems.explain(e));
        } catch (YAMLException e) {
            findings.add(Rule.YAML_SYNTAX, 1, 1, firstLine(e.getMessage()));
        }
        return Optional.empty();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "the file cannot be read as YAML";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    /** 1-based line of a node. */
    public static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** 1-based column of a node. */
    public static int column(Node node) {
        return node.getStartMark().getColumn() + 1;
    }

    /** The value node of {@code key} in a mapping (the last one when the key is repeated). */
    public static Optional<Node> get(Node mapping, String key) {
        Node found = null;
        if (mapping instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    found = tuple.getValueNode();
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** The text of a scalar value of {@code key}, if the key holds a scalar. */
    public static Optional<ScalarNode> scalar(Node mapping, String key) {
        return get(mapping, key).filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast);
    }
}
