package io.github.swplugin.check;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composes the YAML that test files are written in into the very nodes SnakeYAML's composer makes, marks, tags and
 * styles included, for a fraction of its cost: composing thousands of files was most of a cold run. The subset is
 * block mappings and sequences, flow collections, one-line plain and quoted scalars and comments, in a text
 * of printable characters, spaces and line feeds. Anything else (anchors, tags, block or multi-line scalars, tabs,
 * carriage returns, document markers, every error) gives null, and SnakeYAML composes the text, so its errors and
 * its reading of the rest stay the only ones. {@code SubsetComposerTest} holds the two to the same trees.
 */
final class SubsetComposer {
    /** Thrown where the text leaves the subset; preallocated, as it is control flow, not an error. */
    private static final class Beyond extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Beyond() {
            super(null, null, false, false);
        }
    }

    private static final Beyond BEYOND = new Beyond();
    /** SnakeYAML names a text read from a reader so; its marks carry a window of the text, which no check reads. */
    private static final String NAME = "'reader'";
    private static final int[] NO_WINDOW = new int[0];
    /** SnakeYAML forgets a simple key 1,024 characters on; keys that long are left to it. */
    private static final int LONGEST_KEY = 1000;

    private final String text;
    private final int end;
    private final Resolver resolver;
    private final int maxNesting;
    private int pos;
    private int line;
    private int lineStart;

    private SubsetComposer(String text, Resolver resolver, int maxNesting) {
        this.text = text;
        this.end = text.length();
        this.resolver = resolver;
        this.maxNesting = maxNesting;
    }

    /** The root node SnakeYAML would compose, or null when the text is beyond the subset. */
    static Node compose(String text, Resolver resolver, int maxNesting) {
        if (!inAlphabet(text)) {
            return null;
        }
        try {
            return new SubsetComposer(text, resolver, maxNesting).document();
        } catch (Beyond beyond) {
            return null;
        }
    }

    /** Printable characters as SnakeYAML's reader defines them, less tabs, carriage returns and the other line breaks. */
    private static boolean inAlphabet(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c <= 0x7E || c == '\n') {
                continue;
            }
            if (c < 0xA0 || c >= 0xD800 && c < 0xE000 || c == 0x2028 || c == 0x2029 || c >= 0xFEFF) {
                return false;
            }
        }
        return true;
    }

    private Node document() {
        if (startsWithMarker(0)) {
            throw BEYOND;
        }
        skipToContent();
        if (pos == end) {
            throw BEYOND;
        }
        Node root = blockNode(0);
        if (pos != end) {
            throw BEYOND;
        }
        return root;
    }

    /** A block collection starting at the current position (the first content of its line). */
    private Node blockNode(int depth) {
        if (dashEntryAt(pos)) {
            return blockSequence(column(), depth);
        }
        int column = column();
        Node key = scalar(depth + 1, false);
        return blockMapping(column, depth, key);
    }

    private MappingNode blockMapping(int column, int depth, Node firstKey) {
        enter(depth);
        MappingNode mapping = new MappingNode(resolver.resolve(NodeId.mapping, null, true), true, new ArrayList<>(),
                firstKey.getStartMark(), null, FlowStyle.BLOCK);
        Node key = firstKey;
        while (true) {
            valueIndicator(key);
            Mark afterColon = mark(pos);
            skipSpaces();
            Node value;
            if (pos == end || at() == '\n' || at() == '#') {
                skipToContent();
                boolean deeper = pos < end && column() > column;
                if (deeper && (at() == '[' || at() == '{')) {
                    value = inlineValue(depth + 1, column);
                } else if (deeper) {
                    value = blockNode(depth + 1);
                } else if (pos < end && column() == column && dashEntryAt(pos)) {
                    value = blockSequence(column, depth + 1);
                } else {
                    enter(depth + 1);
                    value = scalarNode("", afterColon, afterColon, ScalarStyle.PLAIN);
                }
            } else {
                value = inlineValue(depth + 1, column);
            }
            put(mapping, key, value);
            if (pos == end || column() < column) {
                break;
            }
            if (column() > column || dashEntryAt(pos)) {
                throw BEYOND;
            }
            key = scalar(depth + 1, false);
        }
        mapping.setEndMark(mark(pos));
        return mapping;
    }

    /** The ': ' after a key, on the key's line (SnakeYAML forgets a simple key at a line break); the position is left after it. */
    private void valueIndicator(Node key) {
        skipSpaces();
        if (pos == end || at() != ':' || !blankAt(pos + 1) || key.getStartMark().getLine() != line
                || pos - key.getStartMark().getIndex() > LONGEST_KEY) {
            throw BEYOND;
        }
        pos++;
    }

    private SequenceNode blockSequence(int column, int depth) {
        enter(depth);
        List<Node> entries = new ArrayList<>();
        SequenceNode sequence = new SequenceNode(resolver.resolve(NodeId.sequence, null, true), true, entries, mark(pos),
                null, FlowStyle.BLOCK);
        while (true) {
            pos++;
            skipSpaces();
            if (pos == end || at() == '\n' || at() == '#') {
                throw BEYOND;
            }
            entries.add(sequenceEntry(column, depth + 1));
            if (pos == end || column() < column) {
                break;
            }
            if (column() > column) {
                throw BEYOND;
            }
            if (!dashEntryAt(pos)) {
                break;
            }
        }
        sequence.setEndMark(mark(pos));
        return sequence;
    }

    /** What follows '- ': a nested sequence, a mapping whose first key is on this line, or a one-line value. */
    private Node sequenceEntry(int sequenceColumn, int depth) {
        if (dashEntryAt(pos)) {
            return blockSequence(column(), depth);
        }
        char first = at();
        if (first == '[' || first == '{') {
            return inlineValue(depth, sequenceColumn);
        }
        int column = column();
        Node scalar = scalar(depth + 1, false); // as deep as a key would be: the stricter limit
        int afterScalar = pos;
        skipSpaces();
        if (pos < end && at() == ':' && blankAt(pos + 1)) {
            pos = afterScalar;
            return blockMapping(column, depth, scalar);
        }
        pos = afterScalar;
        return restOfLine(sequenceColumn, scalar);
    }

    /** A flow collection or a scalar as a value, then nothing but a comment to the end of its last line. */
    private Node inlineValue(int depth, int blockColumn) {
        char first = at();
        Node value = first == '[' ? flowSequence(depth) : first == '{' ? flowMapping(depth) : scalar(depth, false);
        return restOfLine(blockColumn, value);
    }

    /**
     * After a value: spaces and a comment to the end of the line, and the next content no deeper than the block
     * holding the value (deeper, SnakeYAML would read a multi-line scalar or report an error).
     */
    private Node restOfLine(int blockColumn, Node value) {
        int before = pos;
        skipSpaces();
        if (pos < end && at() != '\n' && !(at() == '#' && pos > before)) {
            throw BEYOND;
        }
        skipToContent();
        if (pos < end && column() > blockColumn) {
            throw BEYOND;
        }
        return value;
    }

    /** A plain or quoted scalar on one line; a key is composed at the depth its mapping's children are. */
    private Node scalar(int depth, boolean flow) {
        enter(depth);
        char first = at();
        if (first == '\'') {
            return singleQuoted();
        }
        if (first == '"') {
            return doubleQuoted();
        }
        if (!startsPlain(first, pos + 1 < end ? text.charAt(pos + 1) : '\n', flow)) {
            throw BEYOND;
        }
        return plain(flow);
    }

    /** Whether SnakeYAML's scanner reads a plain scalar starting with these characters. */
    private static boolean startsPlain(char first, char next, boolean flow) {
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(first) < 0) {
            return first != ' ' && first != '\n';
        }
        boolean nextBlank = next == ' ' || next == '\n';
        return !nextBlank && (first == '-' || !flow && (first == '?' || first == ':'));
    }

    /**
     * A plain scalar; in a flow collection it may go on over line breaks, folded as SnakeYAML folds it (a single break
     * to a space, each blank line to a line feed). In a block, the caller refuses a continuation line.
     */
    private ScalarNode plain(boolean flow) {
        int start = pos;
        Mark startMark = mark(start);
        StringBuilder folded = null;
        int segment = start;
        int last = pos;
        while (true) {
            int chunk = pos;
            while (chunk < end && !endsPlainChunk(chunk, flow)) {
                chunk++;
            }
            if (chunk == pos) {
                break;
            }
            last = chunk;
            pos = chunk;
            int next = pos;
            while (next < end && text.charAt(next) == ' ') {
                next++;
            }
            if (next < end && text.charAt(next) == '\n') {
                int breaks = flow ? foldedBreaks(next) : 0;
                if (breaks == 0) {
                    break;
                }
                folded = (folded == null ? new StringBuilder() : folded).append(text, segment, last)
                        .append(breaks == 1 ? " " : "\n".repeat(breaks - 1));
                pos = next;
                while (at() == ' ' || at() == '\n') {
                    if (at() == '\n') {
                        newLine();
                    } else {
                        pos++;
                    }
                }
                segment = pos;
                continue;
            }
            if (next == pos || next == end || text.charAt(next) == '#') {
                break;
            }
            pos = next;
        }
        pos = last;
        String value = folded == null ? text.substring(start, last) : folded.append(text, segment, last).toString();
        return scalarNode(value, startMark, mark(last), ScalarStyle.PLAIN);
    }

    /** The line breaks a plain scalar in a flow collection goes on past, or 0 when it ends at the first of them. */
    private int foldedBreaks(int newline) {
        int breaks = 0;
        int next = newline;
        while (next < end && (text.charAt(next) == ' ' || text.charAt(next) == '\n')) {
            if (text.charAt(next) == '\n') {
                breaks++;
            }
            next++;
        }
        return next < end && text.charAt(next) != '#' && !endsPlainChunk(next, true) ? breaks : 0;
    }

    private boolean endsPlainChunk(int at, boolean flow) {
        char c = text.charAt(at);
        if (c == ' ' || c == '\n') {
            return true;
        }
        if (c == ':') {
            if (at + 1 == end) {
                return true;
            }
            char next = text.charAt(at + 1);
            return next == ' ' || next == '\n' || flow && ",[]{}".indexOf(next) >= 0;
        }
        return flow && ",?[]{}".indexOf(c) >= 0;
    }

    private ScalarNode singleQuoted() {
        Mark start = mark(pos);
        StringBuilder unescaped = null;
        int from = pos + 1;
        int at = from;
        while (true) {
            if (at == end || text.charAt(at) == '\n') {
                throw BEYOND;
            }
            if (text.charAt(at) == '\'') {
                if (at + 1 == end || text.charAt(at + 1) != '\'') {
                    break;
                }
                unescaped = (unescaped == null ? new StringBuilder() : unescaped).append(text, from, at + 1);
                at += 2;
                from = at;
                continue;
            }
            at++;
        }
        String value = unescaped == null ? text.substring(from, at) : unescaped.append(text, from, at).toString();
        pos = at + 1;
        return scalarNode(value, start, mark(pos), ScalarStyle.SINGLE_QUOTED);
    }

    private ScalarNode doubleQuoted() {
        Mark start = mark(pos);
        StringBuilder unescaped = null;
        int from = pos + 1;
        pos = from;
        while (true) {
            if (pos == end || at() == '\n') {
                throw BEYOND;
            }
            if (at() == '"') {
                break;
            }
            if (at() == '\\') {
                unescaped = (unescaped == null ? new StringBuilder() : unescaped).append(text, from, pos);
                escape(unescaped);
                from = pos;
                continue;
            }
            pos++;
        }
        String value = unescaped == null ? text.substring(from, pos) : unescaped.append(text, from, pos).toString();
        pos++;
        return scalarNode(value, start, mark(pos), ScalarStyle.DOUBLE_QUOTED);
    }

    /** One escape of a double-quoted scalar, as SnakeYAML's scanner reads it; a line break or an unknown one is beyond. */
    private void escape(StringBuilder value) {
        if (pos + 1 == end) {
            throw BEYOND;
        }
        char c = text.charAt(pos + 1);
        String replacement = switch (c) {
            case '0' -> "\0";
            case 'a' -> "\u0007";
            case 'b' -> "\b";
            case 't' -> "\t";
            case 'n' -> "\n";
            case 'v' -> "\u000B";
            case 'f' -> "\f";
            case 'r' -> "\r";
            case 'e' -> "\u001B";
            case ' ' -> " ";
            case '"' -> "\"";
            case '\\' -> "\\";
            case 'N' -> "\u0085";
            case '_' -> "\u00A0";
            case 'L' -> "\u2028";
            case 'P' -> "\u2029";
            default -> null;
        };
        if (replacement != null) {
            value.append(replacement);
            pos += 2;
            return;
        }
        int digits = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
        if (digits == 0 || pos + 2 + digits > end) {
            throw BEYOND;
        }
        long code = 0;
        for (int i = pos + 2; i < pos + 2 + digits; i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0 || text.charAt(i) > 'f') {
                throw BEYOND;
            }
            code = code * 16 + digit;
        }
        if (code > Character.MAX_CODE_POINT) {
            throw BEYOND;
        }
        value.appendCodePoint((int) code);
        pos += 2 + digits;
    }

    private SequenceNode flowSequence(int depth) {
        enter(depth);
        Mark start = mark(pos);
        List<Node> entries = new ArrayList<>();
        flowEntries(']', () -> entries.add(flowNode(depth + 1)));
        return new SequenceNode(resolver.resolve(NodeId.sequence, null, true), true, entries, start, mark(pos), FlowStyle.FLOW);
    }

    private MappingNode flowMapping(int depth) {
        enter(depth);
        MappingNode mapping = new MappingNode(resolver.resolve(NodeId.mapping, null, true), true, new ArrayList<>(), mark(pos),
                null, FlowStyle.FLOW);
        flowEntries('}', () -> {
            if (at() == '[' || at() == '{') {
                throw BEYOND;
            }
            Node key = scalar(depth + 1, true);
            valueIndicator(key);
            skipFlowSpaces();
            put(mapping, key, flowNode(depth + 1));
        });
        mapping.setEndMark(mark(pos));
        return mapping;
    }

    /**
     * The entries of a flow collection, from its opening bracket past its closing one, separated by commas: a trailing
     * comma before the closing bracket is allowed, an empty entry is not.
     */
    private void flowEntries(char close, Runnable entry) {
        pos++;
        skipFlowSpaces();
        while (at() != close) {
            entry.run();
            skipFlowSpaces();
            if (at() == close) {
                break;
            }
            if (at() != ',') {
                throw BEYOND;
            }
            pos++;
            skipFlowSpaces();
            if (at() == ',') {
                throw BEYOND;
            }
        }
        pos++;
    }

    private Node flowNode(int depth) {
        char first = at();
        return first == '[' ? flowSequence(depth) : first == '{' ? flowMapping(depth) : scalar(depth, true);
    }

    /**
     * Spaces, line breaks and comments inside a flow collection, where SnakeYAML ignores indentation; its end must
     * come, and a comment must follow a space, as after a plain scalar it would be part of it.
     */
    private void skipFlowSpaces() {
        while (true) {
            skipSpaces();
            if (pos == end) {
                throw BEYOND;
            }
            char c = at();
            if (c == '#' && (text.charAt(pos - 1) == ' ' || text.charAt(pos - 1) == '\n')) {
                int newline = text.indexOf('\n', pos);
                pos = newline < 0 ? end : newline;
            } else if (c == '\n') {
                newLine();
            } else if (c == '#') {
                throw BEYOND;
            } else {
                return;
            }
        }
    }

    /** Spaces, comments and line breaks up to the next token, as SnakeYAML's scanner skips them; markers are beyond. */
    private void skipToContent() {
        while (pos < end) {
            char c = at();
            if (c == ' ') {
                pos++;
            } else if (c == '#') {
                int newline = text.indexOf('\n', pos);
                pos = newline < 0 ? end : newline;
            } else if (c == '\n') {
                newLine();
            } else {
                return;
            }
        }
    }

    private void newLine() {
        pos++;
        line++;
        lineStart = pos;
        if (startsWithMarker(pos)) {
            throw BEYOND;
        }
    }

    /** A document marker or a directive may start a line; the subset is one implicit document. */
    private boolean startsWithMarker(int at) {
        return text.startsWith("---", at) || text.startsWith("...", at) || text.startsWith("%", at);
    }

    private void skipSpaces() {
        while (pos < end && at() == ' ') {
            pos++;
        }
    }

    private boolean dashEntryAt(int at) {
        return at < end && text.charAt(at) == '-' && blankAt(at + 1);
    }

    private boolean blankAt(int at) {
        return at == end || text.charAt(at) == ' ' || text.charAt(at) == '\n';
    }

    private char at() {
        return text.charAt(pos);
    }

    private int column() {
        return pos - lineStart;
    }

    /** SnakeYAML refuses a node with more ancestors than the limit; the subset leaves such texts to it. */
    private void enter(int depth) {
        if (depth >= maxNesting) {
            throw BEYOND;
        }
    }

    private ScalarNode scalarNode(String value, Mark start, Mark end, ScalarStyle style) {
        Tag tag = resolver.resolve(NodeId.scalar, value, style == ScalarStyle.PLAIN);
        return new ScalarNode(tag, true, value, start, end, style);
    }

    /** A key and its value, as SnakeYAML's composer adds them: a merge key marks its mapping. */
    private static void put(MappingNode mapping, Node key, Node value) {
        if (key.getTag().equals(Tag.MERGE)) {
            mapping.setMerged(true);
        }
        mapping.getValue().add(new NodeTuple(key, value));
    }

    /** The mark of a position on the current line. */
    private Mark mark(int index) {
        return new Mark(NAME, index, line, index - lineStart, NO_WINDOW, 0);
    }
}
