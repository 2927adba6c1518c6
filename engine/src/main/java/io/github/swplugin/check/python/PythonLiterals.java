package io.github.swplugin.check.python;

import io.github.swplugin.check.TextPosition;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads one Python literal expression from source text without running it: strings (with
 * prefixes, triple quotes and implicit concatenation), numbers, True/False/None, lists, tuples and
 * dicts, with comments and line continuations in between. Anything else is refused.
 *
 * <p>Longer than most classes on purpose: a recursive-descent reader of one grammar, Python's literals.
 */
public final class PythonLiterals {
    private static final Pattern NUMBER = Pattern.compile(
            "[-+]?(?:\\d[\\d_]*(?:\\.[\\d_]*)?|\\.\\d[\\d_]*)(?:[eE][-+]?\\d+)?j?|[-+]?0[xXoObB][\\da-fA-F_]+");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
    private static final int MAX_NESTING = 200;

    private final String text;
    private final TextPosition positions;
    private int pos;
    private int depth;

    private PythonLiterals(String text, TextPosition positions, int offset) {
        this.text = text;
        this.positions = positions;
        this.pos = offset;
    }

    /** Parses the expression that starts at {@code offset} and must end its logical line. */
    public static PyValue parse(String text, TextPosition positions, int offset) throws PythonSyntaxException {
        PythonLiterals parser = new PythonLiterals(text, positions, offset);
        PyValue value = parser.value();
        parser.skipSpace();
        if (parser.pos < text.length() && text.charAt(parser.pos) != '\n' && text.charAt(parser.pos) != '#') {
            throw new PythonSyntaxException("the value goes on after the literal (" + parser.excerpt() + ")", parser.pos);
        }
        return value;
    }

    /** The index after the string literal that starts at {@code start}; an unclosed one runs to its line's or the file's end. */
    static int skipString(String text, int start) {
        int end = stringEnd(text, start);
        if (end >= 0) {
            return end;
        }
        int newline = text.indexOf('\n', start);
        return isTriple(text, start) || newline < 0 ? text.length() : newline;
    }

    /** The index after the string literal that starts at {@code start}, or -1 when its line (or the file) ends first. */
    static int stringEnd(String text, int start) {
        int i = start;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        char quote = text.charAt(i);
        boolean triple = isTriple(text, start);
        i += triple ? 3 : 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote && (!triple || text.startsWith(String.valueOf(quote).repeat(3), i))) {
                return i + (triple ? 3 : 1);
            } else if (c == '\n' && !triple) {
                return -1;
            } else {
                i++;
            }
        }
        return -1;
    }

    static boolean isTriple(String text, int start) {
        int i = start;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.startsWith(String.valueOf(text.charAt(i)).repeat(3), i);
    }

    /** True when a string literal (with an optional prefix such as r, b, f, rb) starts at {@code i}. */
    static boolean isStringStart(String text, int i) {
        int j = i;
        while (j < text.length() && j - i < 2 && "rRbBuUfF".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        return j < text.length() && (text.charAt(j) == '\'' || text.charAt(j) == '"');
    }

    private PyValue value() throws PythonSyntaxException {
        skipSpace();
        if (pos >= text.length()) {
            throw new PythonSyntaxException("the value is missing", pos);
        }
        char c = text.charAt(pos);
        if (c == '{') {
            return dict();
        }
        if (c == '[') {
            return sequence('[', ']');
        }
        if (c == '(') {
            return parenthesised();
        }
        if (isStringStart(text, pos)) {
            return strings();
        }
        if (Character.isDigit(c) || c == '-' || c == '+' || c == '.') {
            return number();
        }
        int end = identifierEnd(pos);
        String word = text.substring(pos, end);
        if (word.equals("True") || word.equals("False") || word.equals("None")) {
            PyValue atom = new PyValue.Atom(word, positions.line(pos), positions.column(pos));
            pos = end;
            return atom;
        }
        throw new PythonSyntaxException("'" + excerpt() + "' is not a literal", pos);
    }

    private PyValue dict() throws PythonSyntaxException {
        int start = open();
        List<PyValue.Entry> entries = new ArrayList<>();
        while (!closeIf('}')) {
            PyValue key = value();
            skipSpace();
            expect(':');
            entries.add(new PyValue.Entry(key, value()));
            if (!commaOr('}')) {
                break;
            }
        }
        return new PyValue.Dict(entries, positions.line(start), positions.column(start));
    }

    private PyValue sequence(char open, char close) throws PythonSyntaxException {
        int start = open();
        List<PyValue> items = new ArrayList<>();
        while (!closeIf(close)) {
            items.add(value());
            if (!commaOr(close)) {
                break;
            }
        }
        return new PyValue.Seq(items, positions.line(start), positions.column(start));
    }

    /** {@code (x)} is x, {@code (x,)} and {@code (x, y)} are tuples. */
    private PyValue parenthesised() throws PythonSyntaxException {
        int start = open();
        if (closeIf(')')) {
            return new PyValue.Seq(List.of(), positions.line(start), positions.column(start));
        }
        PyValue first = value();
        skipSpace();
        if (closeIf(')')) {
            return first;
        }
        List<PyValue> items = new ArrayList<>(List.of(first));
        while (commaOr(')') && !closeIf(')')) {
            items.add(value());
        }
        return new PyValue.Seq(items, positions.line(start), positions.column(start));
    }

    private PyValue strings() throws PythonSyntaxException {
        int start = pos;
        StringBuilder value = new StringBuilder();
        do {
            value.append(string());
            skipSpace();
        } while (pos < text.length() && isStringStart(text, pos));
        return new PyValue.Str(value.toString(), positions.line(start), positions.column(start));
    }

    private String string() throws PythonSyntaxException {
        int start = pos;
        int end = skipString(text, pos);
        String prefix = "";
        while (Character.isLetter(text.charAt(pos))) {
            prefix += Character.toLowerCase(text.charAt(pos++));
        }
        if (prefix.contains("f")) {
            throw new PythonSyntaxException("an f-string is computed, not a literal", start);
        }
        int quoteLength = text.startsWith(String.valueOf(text.charAt(pos)).repeat(3), pos) ? 3 : 1;
        if (end - pos < 2 * quoteLength || text.charAt(end - 1) != text.charAt(pos)) {
            throw new PythonSyntaxException("the string is not closed", start);
        }
        String body = text.substring(pos + quoteLength, end - quoteLength);
        pos = end;
        return prefix.contains("r") ? body : unescape(body);
    }

    private PyValue number() throws PythonSyntaxException {
        int start = pos;
        pos++;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || "._".indexOf(text.charAt(pos)) >= 0
                || ("+-".indexOf(text.charAt(pos)) >= 0 && "eE".indexOf(text.charAt(pos - 1)) >= 0))) {
            pos++;
        }
        String number = text.substring(start, pos);
        if (!NUMBER.matcher(number).matches()) {
            throw new PythonSyntaxException("'" + number + "' is not a number", start);
        }
        return new PyValue.Atom(number, positions.line(start), positions.column(start));
    }

    private int open() throws PythonSyntaxException {
        if (++depth > MAX_NESTING) {
            throw new PythonSyntaxException("literals nested deeper than " + MAX_NESTING + " levels", pos);
        }
        return pos++;
    }

    private boolean closeIf(char close) {
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == close) {
            pos++;
            depth--;
            return true;
        }
        return false;
    }

    /** After an item: true if a comma follows, false if the closing bracket ended the list. */
    private boolean commaOr(char close) throws PythonSyntaxException {
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == ',') {
            pos++;
            return true;
        }
        if (closeIf(close)) {
            return false;
        }
        throw new PythonSyntaxException("expected ',' or '" + close + "' but found '" + excerpt() + "'", pos);
    }

    private void expect(char c) throws PythonSyntaxException {
        if (pos >= text.length() || text.charAt(pos) != c) {
            throw new PythonSyntaxException("expected '" + c + "' but found '" + excerpt() + "'", pos);
        }
        pos++;
    }

    /** Skips blanks and continuations; inside brackets also newlines and comments. */
    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                pos++;
            } else if (c == '\\' && pos + 1 < text.length() && (text.charAt(pos + 1) == '\n' || text.charAt(pos + 1) == '\r')) {
                pos = text.indexOf('\n', pos) + 1;
            } else if (depth > 0 && c == '\n') {
                pos++;
            } else if (depth > 0 && c == '#') {
                int newline = text.indexOf('\n', pos);
                pos = newline < 0 ? text.length() : newline;
            } else {
                return;
            }
        }
    }

    private int identifierEnd(int from) {
        int end = from;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
            end++;
        }
        return end;
    }

    private String excerpt() {
        int end = Math.min(text.length(), pos + 20);
        int newline = text.indexOf('\n', pos);
        if (newline >= 0 && newline < end) {
            end = newline;
        }
        return text.substring(pos, end).strip();
    }

    private static String unescape(String body) {
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 == body.length()) {
                out.append(c);
                continue;
            }
            char next = body.charAt(++i);
            switch (next) {
                case '\n' -> { }
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case '0' -> out.append('\0');
                case '\\', '\'', '"' -> out.append(next);
                case 'x', 'u', 'U' -> {
                    int length = next == 'x' ? 2 : next == 'u' ? 4 : 8;
                    long codePoint = i + length < body.length() && HEX.matcher(body.substring(i + 1, i + 1 + length)).matches()
                            ? Long.parseLong(body.substring(i + 1, i + 1 + length), 16) : -1;
                    if (codePoint >= 0 && codePoint <= Character.MAX_CODE_POINT) {
                        out.appendCodePoint((int) codePoint);
                        i += length;
                    } else {
                        out.append('\\').append(next);
                    }
                }
                default -> out.append('\\').append(next);
            }
        }
        return out.toString();
    }
}
