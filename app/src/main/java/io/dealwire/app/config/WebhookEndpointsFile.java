package io.dealwire.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dealwire.sink.webhook.WebhookEndpoint;
import io.dealwire.sink.webhook.WebhookFilter;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the webhook endpoints of {@code sink.webhook.endpoints-file}: a YAML file with a list {@code endpoints}, each
 * with {@code id}, {@code url}, {@code secret} and optional filters {@code types}, {@code companies}, {@code
 * languages} (lists) and {@code min-amount} (e.g. {@code 100000000 USD}).
 */
final class WebhookEndpointsFile {
    private static final String KEY = "sink.webhook.endpoints-file";
    private static final Set<String> FIELDS =
            Set.of("id", "url", "secret", "types", "companies", "languages", "min-amount");

    private WebhookEndpointsFile() {}

    /** The endpoints listed in {@code file}; a missing field, an unknown one or a bad value fails naming it. */
    static List<WebhookEndpoint> read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new ConfigException(KEY + " must name a readable YAML file, was " + file + ": " + e.getMessage());
        }
        JsonNode list = root == null ? null : root.get("endpoints");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new ConfigException(KEY + " must hold a non-empty list 'endpoints', was " + file);
        }
        List<WebhookEndpoint> endpoints = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            endpoints.add(endpoint(list.get(i), KEY + " endpoints[" + i + "]"));
        }
        return endpoints;
    }

    private static WebhookEndpoint endpoint(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new ConfigException(where + " must be a mapping with id, url and secret, was " + node);
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw new ConfigException(where + "." + name + " is not a field; known: " + FIELDS);
            }
        });
        WebhookFilter filter = new WebhookFilter(
                strings(node, "types", where).stream()
                        .map(StageConfigs::dealType)
                        .collect(Collectors.toSet()),
                new HashSet<>(strings(node, "companies", where)),
                new HashSet<>(strings(node, "languages", where)),
                Optional.ofNullable(node.get("min-amount"))
                        .map(JsonNode::asText)
                        .map(StageConfigs::minAmount));
        try {
            return new WebhookEndpoint(
                    required(node, "id", where),
                    URI.create(required(node, "url", where)),
                    required(node, "secret", where),
                    filter);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(where + ": " + e.getMessage());
        }
    }

    private static String required(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.asText().isBlank()) {
            throw new ConfigException(where + "." + field + " must be set");
        }
        return value.asText().trim();
    }

    /** A YAML list, or a comma-separated string, of values; empty when absent. */
    private static List<String> strings(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        List<String> values = new ArrayList<>();
        if (value == null || value.isNull()) {
            return values;
        }
        if (value.isArray()) {
            value.forEach(v -> values.add(v.asText().trim()));
        } else if (value.isValueNode()) {
            for (String part : value.asText().split(",")) {
                if (!part.isBlank()) {
                    values.add(part.trim());
                }
            }
        } else {
            throw new ConfigException(where + "." + field + " must be a list, was " + value);
        }
        return values;
    }
}
