package io.github.swplugin.core;

/** A change to a checkout that could not be made, or not be made safely; the message says what to do. */
public class TransactionException extends RuntimeException {
    public TransactionException(String message) {
        super(message);
    }

    public TransactionException(String message, Throwable cause) {
        super(message, cause);
    }
}
