package io.dealwire.app.config;

/** A configuration value is missing, unknown or of the wrong shape; the message names the key and the value. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
