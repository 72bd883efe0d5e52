package io.dealwire.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolved configuration: each key's value comes from, in order of precedence, a command-line option, the
 * environment ({@link ConfigKey#environmentVariable()}), the YAML file, then the key's default. Typed getters fail
 * with {@code <key> must be <rule>, was <value>}.
 */
public final class Settings {
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = values;
    }

    /**
     * Loads the file (if any), then applies the environment and the overrides.
     *
     * @throws ConfigException for an unreadable file, an unknown key or a value of the wrong shape
     */
    public static Settings load(Optional<Path> file, Map<String, String> environment, Map<String, String> overrides) {
        Map<String, String> values = new TreeMap<>();
        file.ifPresent(f -> values.putAll(readYaml(f)));
        for (ConfigKey key : ConfigKeys.ALL) {
            String fromEnv = environment.get(key.environmentVariable());
            if (fromEnv != null) {
                values.put(key.name(), fromEnv);
            }
        }
        values.putAll(overrides);
        for (String name : values.keySet()) {
            if (!ConfigKeys.BY_NAME.containsKey(name) && !name.startsWith(ConfigKeys.KAFKA_CLIENT_PREFIX)) {
                throw new ConfigException(name + " is not a configuration key (see the README's table)");
            }
        }
        return new Settings(values);
    }

    /** Only defaults and the given overrides; for tests and the demo. */
    public static Settings of(Map<String, String> overrides) {
        return load(Optional.empty(), Map.of(), overrides);
    }

    private static Map<String, String> readYaml(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ConfigException("configuration file not found: " + file);
        } catch (IOException e) {
            throw new ConfigException("cannot read configuration file " + file + ": " + e.getMessage());
        }
        Map<String, String> flat = new LinkedHashMap<>();
        if (root != null && !root.isMissingNode() && !root.isNull()) {
            if (!root.isObject()) {
                throw new ConfigException("configuration file " + file + " must hold a mapping of keys to values");
            }
            flatten("", root, flat);
        }
        return flat;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        if (node.isObject() && !ConfigKeys.BY_NAME.containsKey(prefix)) {
            node.properties()
                    .forEach(e ->
                            flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), into));
        } else if (node.isArray()) {
            List<String> items = new java.util.ArrayList<>();
            node.forEach(item -> items.add(item.asText()));
            into.put(prefix, String.join(",", items));
        } else {
            into.put(prefix, node.isNull() ? "" : node.asText());
        }
    }

    /** The raw value of {@code key}, or its default. */
    public String string(ConfigKey key) {
        return values.getOrDefault(key.name(), key.defaultValue()).trim();
    }

    /** The value of {@code key} when set to something non-blank. */
    public Optional<String> optional(ConfigKey key) {
        String value = string(key);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    public int integer(ConfigKey key) {
        String value = string(key);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ConfigException(key.name() + " must be an integer, was '" + value + "'");
        }
    }

    public long longValue(ConfigKey key) {
        String value = string(key);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ConfigException(key.name() + " must be an integer, was '" + value + "'");
        }
    }

    public boolean bool(ConfigKey key) {
        String value = string(key).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new ConfigException(key.name() + " must be true or false, was '" + value + "'");
        };
    }

    /** A duration written as {@code 500ms}, {@code 20s}, {@code 15m}, {@code 6h}, {@code 1d} or ISO-8601 {@code PT15M}. */
    public Duration duration(ConfigKey key) {
        String value = string(key);
        Matcher m = DURATION.matcher(value.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(value);
        } catch (RuntimeException e) {
            throw new ConfigException(key.name() + " must be a duration like 20s, 15m or PT15M, was '" + value + "'");
        }
    }

    /** A comma-separated list, blanks dropped. */
    public List<String> list(ConfigKey key) {
        return Arrays.stream(string(key).split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    public Path path(ConfigKey key) {
        return Path.of(string(key));
    }

    /** Kafka client settings given under {@code kafka.client.}, with the prefix removed. */
    public Map<String, Object> kafkaClientSettings() {
        Map<String, Object> settings = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(ConfigKeys.KAFKA_CLIENT_PREFIX)) {
                settings.put(k.substring(ConfigKeys.KAFKA_CLIENT_PREFIX.length()), v);
            }
        });
        return settings;
    }
}
