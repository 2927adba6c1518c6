package io.github.swplugin.check;

/** The options point at something that is not there; the message says what to change. */
public final class ConfigurationException extends RuntimeException {
    public ConfigurationException(String message) {
        super(message);
    }
}
