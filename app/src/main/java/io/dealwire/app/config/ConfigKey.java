package io.dealwire.app.config;

/**
 * One configuration key, declared once with its default and meaning; the README's table lists every one.
 *
 * @param name dotted key as written in the YAML file, e.g. {@code ingest.fetch-timeout}
 * @param defaultValue the value used when neither the file nor the environment sets it; empty for "unset"
 * @param description one sentence for the README and {@code dealwire config keys}
 */
public record ConfigKey(String name, String defaultValue, String description) {
    /** The environment variable that overrides this key: {@code DEALWIRE_} + upper case, dots and dashes as {@code _}. */
    public String environmentVariable() {
        return "DEALWIRE_"
                + name.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
