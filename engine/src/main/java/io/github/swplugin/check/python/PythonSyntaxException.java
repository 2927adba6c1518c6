package io.github.swplugin.check.python;

/** Source the literal reader cannot make sense of; the message says what and where. */
public final class PythonSyntaxException extends Exception {
    private final int offset;

    public PythonSyntaxException(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    public int offset() {
        return offset;
    }
}
