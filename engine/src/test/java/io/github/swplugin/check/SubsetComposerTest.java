package io.github.swplugin.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The subset composer against SnakeYAML itself: whenever it composes a text, the tree is SnakeYAML's to the last mark,
 * tag and style, and SnakeYAML reads the text without error. Checked on every YAML file of the project, on generated
 * documents of every shape the subset takes, and on thousands of mutations of both, most of them beyond the subset.
 */
class SubsetComposerTest {
    private static final int MAX_NESTING = 100;
    private static final Resolver RESOLVER = new RememberingResolver();

    @Test
    void composesEveryYamlFileOfTheProjectAsSnakeYamlDoes() throws IOException {
        List<Path> files = projectYaml();
        assertThat(files).hasSizeGreaterThan(15);
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            agrees(file.toString(), text);
        }
    }

    @Test
    void takesTheExpectationsAndComposeFilesOfTheSampleCheckout() throws IOException {
        // the speed of a cold run depends on these never falling back: a change that makes them leave the subset fails here
        List<Path> tests = projectYaml().stream().filter(p -> p.toString().contains("sample-checkout" + java.io.File.separator + "tests"))
                .toList();
        assertThat(tests).hasSizeGreaterThanOrEqualTo(4);
        for (Path file : tests) {
            assertThat(agrees(file.toString(), Files.readString(file, StandardCharsets.UTF_8))).as(file.toString()).isTrue();
        }
    }

    @Test
    void mutationsOfTheProjectsFilesAreComposedAsSnakeYamlDoesOrLeftToIt() throws IOException {
        Random random = new Random(24);
        int taken = 0;
        int tried = 0;
        for (Path file : projectYaml()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            for (int i = 0; i < 300; i++) {
                String mutant = mutate(text, random, 1 + random.nextInt(3));
                tried++;
                if (agrees(file + " mutant " + i, mutant)) {
                    taken++;
                }
            }
        }
        // most single edits keep a file readable and inside the subset, the rest are left to SnakeYAML
        assertThat(taken).isBetween(tried / 5, tried - tried / 20);
    }

    @Test
    void generatedDocumentsAndTheirMutationsAreComposedAsSnakeYamlDoesOrLeftToIt() {
        Random random = new Random(2024);
        int generatedTaken = 0;
        int mutantsTaken = 0;
        int rounds = 4000;
        for (int i = 0; i < rounds; i++) {
            String text = new Generator(random).document();
            if (agrees("generated " + i, text)) {
                generatedTaken++;
            }
            if (agrees("generated " + i + " mutated", mutate(text, random, 1 + random.nextInt(2)))) {
                mutantsTaken++;
            }
        }
        assertThat(generatedTaken).isGreaterThan(rounds * 6 / 10);
        assertThat(mutantsTaken).isGreaterThan(rounds / 5);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: b\n",
        "a: b",
        "# licence\n\nsegmentItems:\n- serviceName: provider\n  segmentSize: ge 1\n  segments:\n  - segmentId: not null\n",
        "a:\n  - x\n  - 'y'\nb: \"z\"  # c\n",
        "a:\n    b:\n        c: 1\n    d:\nf: ~\n",
        "tags:\n  - {key: http.method, value: GET}\n  - { key: 'http.status_code', value: '200' }\nrefs: []\nm: {}\n",
        "test: [\"CMD\", \"bash\", \"-c\", \"cat < /dev/null > /dev/tcp/127.0.0.1/9091\"]\n",
        "- - a\n  - b\n- c\n",
        "- a: 1\n  b: 2\n-   c: 3\n    d:\n    - e\n",
        "url: http://provider:9091/users?a=b#frag\nk: a:b\nk2: -1\nk3: ?x\nk4: :x\nk5: it's\n",
        "'quoted key': 1\n\"double\" : 2\nplain key  : 3\n",
        "s: 'it''s'\nd: \"tab\\tnew\\nline \\\" \\\\ \\x41 \\u00e9 \\U0001F600\"\n",
        "<<: {a: 1}\nb: 2\n",
        "a: 1\n# trailing comment\n\n",
        "  indented: root\n  second: key\n",
        "ü: ärger\nkey: 値\n",
        "a: [[1, 2], {b: [c]}, 'd e', f g]\n",
        "a:\n  # comment between\n  b: 1\n",
        "k: 'a' # comment\n",
        "refs:\n  - {parentEndpoint: /users, networkAddress: 'provider:9091',\n     refType: CrossProcess}\n",
        "command: [\n  'a',  # first\n  \"b\"\n]\nnext: 1\n",
        "a: {b:\n c, d: [e,\nf]}\n",
        "a: [one\n  two,   three  \n\n\n  four  five\n, six]\n",
        "a: [1, 2, ]\nb: {c: d,\n   }\n",
        "command:\n  [\n    \"bash\",\n  ]\nnext:\n    {a: b}  # c\n",
    })
    void composesTheSubsetAsSnakeYamlDoes(String text) {
        assertThat(agrees(text, text)).as("taken by the subset").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "# only a comment\n",
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "a: |\n  text\n",
        "a: >-\n  text\n",
        "a: one\n  two\n",
        "a: 'one\n  two'\n",
        "a: [one,\n# c\n---\n]\n",
        "a: {b\n  : c}\n",
        "a: {b\n  c: d}\n",
        "a: ['b'#c\n  ]\n",
        "a:\tb\n",
        "a: b\r\nc: d\r\n",
        "---\na: b\n",
        "a: b\n...\n",
        "%YAML 1.1\n---\na: b\n",
        "a: [1, 2,, ]\n",
        "a: {b: c, ,}\n",
        "a: [1, 2}\n",
        "a:\n  [1, 2]: b\n",
        "a:\n  value on the next line\n",
        "a: {b, c: d}\n",
        "a: [b: c]\n",
        "a: [b:, c]\n",
        "a: {b:}\n",
        "a: [b:]\n",
        "a: b: c\n",
        "a: b\n  c: d\n",
        "a:\n  - x\n b: 1\n",
        "- \n  a: 1\n",
        "-\n- a\n",
        "? a\n: b\n",
        "plain scalar root\n",
        "[flow, root]\n",
        "a: 'b'#c\n",
        "a: \"\\/\"\n",
        "a: \"\\q\"\n",
        "a: b\n- c\n",
        "\uFEFFa: b\n",
        "a: \u0085b\n",
        "a: b\u2028c\n",
        "emoji: \uD83D\uDE00\n",
        "a: @b\n",
        "a: `b`\n",
        "a: {b: [c, d}\n",
    })
    void leavesWhatIsBeyondTheSubsetToSnakeYaml(String text) {
        assertThat(SubsetComposer.compose(text, RESOLVER, MAX_NESTING)).isNull();
    }

    @Test
    void leavesAKeyLongerThanSnakeYamlRemembersToIt() {
        assertThat(SubsetComposer.compose("k" + "e".repeat(1100) + ": v\n", RESOLVER, MAX_NESTING)).isNull();
        assertThat(agrees("short key", "k" + "e".repeat(900) + ": v\n")).isTrue();
    }

    @Test
    void leavesNestingAtSnakeYamlsLimitToIt() {
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            deep.append(" ".repeat(i)).append("k").append(i).append(":\n");
        }
        deep.append(" ".repeat(12)).append("v: 1\n");
        assertThat(SubsetComposer.compose(deep.toString(), RESOLVER, 10)).isNull();
        assertThat(SubsetComposer.compose(deep.toString(), RESOLVER, MAX_NESTING)).isNotNull();
        assertThat(SubsetComposer.compose("a: " + "[".repeat(12) + "]".repeat(12) + "\n", RESOLVER, 10)).isNull();
    }

    /** Whether the subset composed the text; fails when it composed it otherwise than SnakeYAML or SnakeYAML refuses it. */
    private static boolean agrees(String what, String text) {
        Node subset = SubsetComposer.compose(text, RESOLVER, MAX_NESTING);
        if (subset == null) {
            return false;
        }
        Node snakeYaml;
        try {
            snakeYaml = snakeYaml(text);
        } catch (YAMLException e) {
            fail("%s: the subset composed a text SnakeYAML refuses (%s):%n%s", what, e.getMessage(), text);
            return false;
        }
        assertThat(describe(subset)).as("%s:%n%s", what, text).isEqualTo(describe(snakeYaml));
        return true;
    }

    private static Node snakeYaml(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(50);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(Integer.MAX_VALUE);
        return new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), new Resolver(), options).getSingleNode();
    }

    /** Everything of a node a check may read. */
    private static String describe(Node node) {
        StringBuilder out = new StringBuilder();
        describe(node, "", out);
        return out.toString();
    }

    private static void describe(Node node, String indent, StringBuilder out) {
        out.append(indent).append(node.getNodeId()).append(' ').append(node.getTag()).append(' ').append(at(node.getStartMark()))
                .append('-').append(at(node.getEndMark())).append(" anchor=").append(node.getAnchor());
        if (node instanceof ScalarNode scalar) {
            out.append(' ').append(scalar.getScalarStyle()).append(" [").append(scalar.getValue()).append("]\n");
        } else if (node instanceof SequenceNode sequence) {
            out.append(' ').append(sequence.getFlowStyle()).append('\n');
            sequence.getValue().forEach(child -> describe(child, indent + "  ", out));
        } else if (node instanceof MappingNode mapping) {
            out.append(' ').append(mapping.getFlowStyle()).append(" merged=").append(mapping.isMerged()).append('\n');
            for (NodeTuple tuple : mapping.getValue()) {
                describe(tuple.getKeyNode(), indent + "  ? ", out);
                describe(tuple.getValueNode(), indent + "  : ", out);
            }
        }
    }

    private static String at(Mark mark) {
        return mark.getIndex() + "/" + mark.getLine() + ":" + mark.getColumn();
    }

    private static List<Path> projectYaml() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.toString().contains(java.io.File.separator + "target" + java.io.File.separator)
                    && !p.toString().contains(java.io.File.separator + ".git" + java.io.File.separator))
                    .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml(\\.vm)?") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    private static final String EDITS = " :-#'\"[]{},\n\\&*!|>%?@`~aZ0.\t\r";

    /** A few random edits: a character inserted, removed or replaced, or a line indented or outdented. */
    private static String mutate(String text, Random random, int edits) {
        StringBuilder out = new StringBuilder(text);
        for (int e = 0; e < edits; e++) {
            int at = out.isEmpty() ? 0 : random.nextInt(out.length());
            switch (random.nextInt(5)) {
                case 0 -> out.insert(at, EDITS.charAt(random.nextInt(EDITS.length())));
                case 1 -> {
                    if (!out.isEmpty()) {
                        out.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    if (!out.isEmpty()) {
                        out.setCharAt(at, EDITS.charAt(random.nextInt(EDITS.length())));
                    }
                }
                case 3 -> out.insert(out.lastIndexOf("\n", Math.max(0, at - 1)) + 1, random.nextBoolean() ? " " : "  ");
                default -> {
                    int lineStart = out.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
                    if (lineStart < out.length() && out.charAt(lineStart) == ' ') {
                        out.deleteCharAt(lineStart);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Documents of every shape the subset takes, with the scalars expectations and compose files hold and harder ones. */
    private static final class Generator {
        private static final String[] PLAIN = {"a", "not null", "gt 0", "ge 1", "-1", "0", "1.5", "~", "null", "true", "No", "<<", "?x", ":x",
            "a:b", "http://provider:9091/users?a=b", "a#b", "Exit", "2001-12-14", "ärger", "a b  c", "${provider[0]}", "-x", "=",
            "0x1F", ".inf", "localhost:6379", "it's", "a\"b", "x-y_z"};
        private static final String[] QUOTED = {"''", "'200'", "'it''s'", "'a: b'", "'#x'", "\"\"", "\"a\\tb\"", "\"\\\"q\\\"\"",
            "\"\\x41\\u00e9\"", "\"a: b\"", "'  spaced  '", "\"\\\\\"", "'[x]'"};

        private final Random random;
        private final StringBuilder out = new StringBuilder();
        private int depth;

        Generator(Random random) {
            this.random = random;
        }

        String document() {
            filler();
            if (random.nextInt(8) == 0) {
                sequence(random.nextInt(3));
            } else {
                mapping(random.nextInt(3));
            }
            filler();
            return out.toString();
        }

        private void mapping(int indent) {
            depth++;
            int keys = 1 + random.nextInt(depth > 3 ? 2 : 4);
            for (int i = 0; i < keys; i++) {
                out.append(" ".repeat(indent));
                mappingEntry(indent);
            }
            depth--;
        }

        /** A key and its value, the key at the current position (after indentation or a dash). */
        private void mappingEntry(int indent) {
            out.append(scalar(true)).append(random.nextInt(6) == 0 ? " :" : ":");
            int shape = depth > 4 ? random.nextInt(3) : random.nextInt(7);
            switch (shape) {
                case 0 -> out.append(' ').append(scalar(false)).append(comment()).append('\n');
                case 1 -> out.append(' ').append(flow(0)).append(comment()).append('\n');
                case 2 -> out.append(comment()).append('\n');
                case 3 -> {
                    out.append(comment()).append('\n');
                    filler();
                    mapping(indent + 1 + random.nextInt(4));
                }
                case 4 -> {
                    out.append('\n');
                    filler();
                    sequence(indent);
                }
                default -> {
                    out.append('\n');
                    sequence(indent + 1 + random.nextInt(3));
                }
            }
            filler();
        }

        private void sequence(int indent) {
            depth++;
            int entries = 1 + random.nextInt(3);
            for (int i = 0; i < entries; i++) {
                String dash = random.nextInt(5) == 0 ? "-   " : "- ";
                out.append(" ".repeat(indent)).append(dash);
                int column = indent + dash.length();
                int shape = depth > 4 ? random.nextInt(2) : random.nextInt(4);
                switch (shape) {
                    case 0 -> out.append(scalar(false)).append(comment()).append('\n');
                    case 1 -> out.append(flow(0)).append(comment()).append('\n');
                    case 2 -> {
                        depth++;
                        mappingEntry(column);
                        for (int k = random.nextInt(3); k > 0; k--) {
                            out.append(" ".repeat(column));
                            mappingEntry(column);
                        }
                        depth--;
                    }
                    default -> {
                        out.append("- ").append(scalar(false)).append('\n');
                        if (random.nextBoolean()) {
                            out.append(" ".repeat(column)).append("- ").append(scalar(false)).append('\n');
                        }
                    }
                }
                filler();
            }
            depth--;
        }

        private String flow(int level) {
            StringBuilder flow = new StringBuilder();
            String space = random.nextBoolean() ? " " : "";
            int entries = random.nextInt(level > 1 ? 2 : 4);
            boolean map = random.nextBoolean();
            flow.append(map ? '{' : '[').append(entries > 0 ? space : "");
            for (int i = 0; i < entries; i++) {
                if (i > 0) {
                    flow.append(random.nextInt(4) == 0 ? " , " : random.nextInt(4) == 0 ? ",\n   " : ", ");
                }
                if (map) {
                    flow.append(flowScalar()).append(": ");
                }
                flow.append(random.nextInt(5) == 0 && level < 3 ? flow(level + 1) : flowScalar());
            }
            String trailing = entries > 0 && random.nextInt(6) == 0 ? ",\n" : "";
            return flow.append(trailing).append(entries > 0 ? space : "").append(map ? '}' : ']').toString();
        }

        private String flowScalar() {
            String scalar = scalar(false);
            String flowScalar = scalar.matches(".*[\\[\\]{},?].*") ? "x" : scalar;
            return random.nextInt(8) == 0 && !flowScalar.startsWith("'") && !flowScalar.startsWith("\"") ? flowScalar + "\n   more" : flowScalar;
        }

        private String scalar(boolean key) {
            return random.nextInt(3) == 0 ? QUOTED[random.nextInt(QUOTED.length)] : PLAIN[random.nextInt(key ? 8 : PLAIN.length)];
        }

        private String comment() {
            return random.nextInt(6) == 0 ? "  # note: a, [b]" : "";
        }

        /** Blank lines and comment lines, at any indentation. */
        private void filler() {
            while (random.nextInt(6) == 0) {
                out.append(random.nextBoolean() ? "\n" : " ".repeat(random.nextInt(6)) + "# comment\n");
            }
        }
    }
}
