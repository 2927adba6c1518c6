package io.github.swplugin.check.python;

import java.util.stream.Collectors;

/** Python's {@code str()} and {@code repr()} of literals, as the docs generator prints them. */
final class PythonText {
    private PythonText() {
    }

    static String str(PyValue value) {
        return value instanceof PyValue.Str s ? s.value() : repr(value);
    }

    static String repr(PyValue value) {
        if (value instanceof PyValue.Str s) {
            return quote(s.value());
        }
        if (value instanceof PyValue.Atom a) {
            return a.text();
        }
        if (value instanceof PyValue.Seq seq) {
            return seq.items().stream().map(PythonText::repr).collect(Collectors.joining(", ", "[", "]"));
        }
        PyValue.Dict dict = (PyValue.Dict) value;
        return dict.entries().stream().map(e -> repr(e.key()) + ": " + repr(e.value())).collect(Collectors.joining(", ", "{", "}"));
    }

    /** Single quotes unless the text has one and no double quote, escapes as Python writes them. */
    static String quote(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        text.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append(quote).toString();
    }
}
