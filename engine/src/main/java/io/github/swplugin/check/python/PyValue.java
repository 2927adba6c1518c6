package io.github.swplugin.check.python;

import java.util.List;

/** A Python literal read from source text, with the 1-based line and column where it starts. */
public sealed interface PyValue {
    int line();

    int column();

    /** A string, after joining implicitly concatenated parts and resolving escapes. */
    record Str(String value, int line, int column) implements PyValue {
    }

    /** A number, True, False or None, kept as written. */
    record Atom(String text, int line, int column) implements PyValue {
    }

    /** A list or tuple. */
    record Seq(List<PyValue> items, int line, int column) implements PyValue {
    }

    /** A dict, entries in source order. */
    record Dict(List<Entry> entries, int line, int column) implements PyValue {
    }

    record Entry(PyValue key, PyValue value) {
    }
}
