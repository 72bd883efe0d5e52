package io.dealwire.app.ui;

import io.dealwire.app.config.ConfigException;
import io.dealwire.app.config.ConfigKeys;
import io.dealwire.app.config.Settings;

/**
 * Settings of the deal desk.
 *
 * @param enabled whether {@code dealwire run} serves the desk ({@code ui.enabled}, default true)
 * @param bind address the desk binds to, loopback unless configured ({@code ui.bind}, default 127.0.0.1)
 * @param port port of the desk, 0 for any free one ({@code ui.port}, default 8480)
 * @param applicationId Kafka Streams application id of the desk's stores ({@code ui.application-id})
 * @param rates conversion into {@code ui.currency} from {@code ui.rates}
 */
public record UiConfig(boolean enabled, String bind, int port, String applicationId, CurrencyRates rates) {
    public UiConfig {
        if (bind == null || bind.isBlank()) {
            throw new ConfigException("ui.bind must be an address such as 127.0.0.1, was '" + bind + "'");
        }
        if (port < 0 || port > 65535) {
            throw new ConfigException("ui.port must be between 0 and 65535, was " + port);
        }
        if (applicationId == null || applicationId.isBlank()) {
            throw new ConfigException("ui.application-id must be non-blank, was '" + applicationId + "'");
        }
    }

    /** The desk's settings from the configuration. */
    public static UiConfig from(Settings settings) {
        return new UiConfig(
                settings.bool(ConfigKeys.UI_ENABLED),
                settings.string(ConfigKeys.UI_BIND).trim(),
                settings.integer(ConfigKeys.UI_PORT),
                settings.string(ConfigKeys.UI_APP_ID).trim(),
                CurrencyRates.parse(settings.string(ConfigKeys.UI_CURRENCY), settings.string(ConfigKeys.UI_RATES)));
    }

    /** The URL to print, with a loopback or wildcard address shown as a host a browser can open. */
    public String url(int boundPort) {
        String host = bind.equals("0.0.0.0") || bind.equals("::") ? "localhost" : bind;
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + boundPort + "/";
    }
}
