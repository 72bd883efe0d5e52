package io.dealwire.app.cli;

import io.dealwire.app.config.ConfigKeys;
import io.dealwire.app.config.Settings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dealwire health}: asks a running dealwire process whether it is ready; for container health checks. */
@Command(
        name = "health",
        mixinStandardHelpOptions = true,
        description =
                "Exits 0 when the dealwire process at http.bind:http.port answers /health/ready with 200, 1 otherwise.")
final class HealthCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Option(names = "--live", description = "Check /health/live instead of /health/ready.")
    boolean live;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Settings settings = config.load();
        String host = settings.string(ConfigKeys.HTTP_BIND).equals("0.0.0.0")
                ? "127.0.0.1"
                : settings.string(ConfigKeys.HTTP_BIND);
        URI uri = URI.create("http://" + host + ":" + settings.integer(ConfigKeys.HTTP_PORT)
                + (live ? "/health/live" : "/health/ready"));
        try {
            HttpResponse<String> response = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build()
                    .send(
                            HttpRequest.newBuilder(uri)
                                    .timeout(Duration.ofSeconds(3))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            spec.commandLine().getOut().print(response.body());
            spec.commandLine().getOut().flush();
            return response.statusCode() == 200 ? 0 : 1;
        } catch (Exception e) {
            spec.commandLine().getErr().println("dealwire health: no answer from " + uri + ": " + e);
            return 1;
        }
    }
}
