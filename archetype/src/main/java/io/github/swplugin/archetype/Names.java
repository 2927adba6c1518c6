package io.github.swplugin.archetype;

import java.util.Locale;
import java.util.Set;

/** Name rules shared by the inputs: what Python and the file system accept. */
final class Names {
    /** Python's keywords and soft keywords that would break the generated code. */
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await", "break",
            "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
            "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");
    /** File names are at most 255 bytes; the longest generated one is test_<pluginName>.py. */
    static final int MAX_NAME = 100;

    private Names() {
    }

    static void requireNotKeyword(String name, String property) {
        if (KEYWORDS.contains(name)) {
            throw new ScaffoldException(property + " '" + name + "' is a Python keyword and would break the generated code: choose another name");
        }
    }

    /** clickhouse-driver, Flask-SQLAlchemy, psycopg[binary] become clickhouse_driver, flask_sqlalchemy, psycopg. */
    static String snake(String library) {
        return library.replaceAll("\\[.*$", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    }

    /** clickhouse_driver becomes ClickhouseDriver. */
    static String camel(String snake) {
        StringBuilder out = new StringBuilder();
        for (String part : snake.split("_")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }
}
