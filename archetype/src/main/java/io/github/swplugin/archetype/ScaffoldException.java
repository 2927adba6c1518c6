package io.github.swplugin.archetype;

/** A problem the user can fix; the message says what to do. Nothing was written when it is thrown. */
public class ScaffoldException extends RuntimeException {
    public ScaffoldException(String message) {
        super(message);
    }

    public ScaffoldException(String message, Throwable cause) {
        super(message, cause);
    }
}
