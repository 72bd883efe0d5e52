package io.dealwire.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.app.config.ConfigKey;
import io.dealwire.app.config.ConfigKeys;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs on the project's machines, so the compose file and the Dockerfile are checked by reading
 * them: the services and images, that every DEALWIRE_* variable is a real configuration key, health checks,
 * dependencies and ports. SnakeYAML resolves the anchors and merge keys as Compose does.
 */
class DockerComposeFileTest {
    private static final Path ROOT = Path.of("..");
    private static final List<String> DEALWIRE_SERVICES = List.of("ingest", "enrich", "sink", "ui");
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void parse() throws Exception {
        try (Reader in = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(in);
            services = (Map<String, Map<String, Object>>) compose.get("services");
        }
    }

    @Test
    void definesTheBrokerTheDatabaseTheSetupTheThreeStagesAndTheDesk() {
        assertThat(services).containsOnlyKeys("kafka", "postgres", "topics", "ingest", "enrich", "sink", "ui");
        assertThat((String) services.get("kafka").get("image")).startsWith("apache/kafka:");
        assertThat((String) services.get("postgres").get("image")).startsWith("postgres:");
        for (String stage : DEALWIRE_SERVICES) {
            assertThat(services.get(stage))
                    .as(stage)
                    .containsEntry("build", ".")
                    .containsEntry("command", List.of(stage));
        }
    }

    @Test
    void everyDealwireVariableIsAConfigurationKey() throws Exception {
        Set<String> known =
                ConfigKeys.ALL.stream().map(ConfigKey::environmentVariable).collect(Collectors.toSet());
        Set<String> used = new HashSet<>();
        for (var service : services.values()) {
            environment(service).keySet().stream()
                    .filter(k -> k.startsWith("DEALWIRE_"))
                    .forEach(used::add);
        }
        Matcher env = Pattern.compile("(DEALWIRE_[A-Z_]+)=").matcher(Files.readString(ROOT.resolve("Dockerfile")));
        while (env.find()) {
            used.add(env.group(1));
        }
        assertThat(used)
                .isNotEmpty()
                .allSatisfy(v ->
                        assertThat(known).as("known configuration variables").contains(v));
    }

    @Test
    void longRunningServicesHaveHealthChecksAndWaitForTheirDependencies() {
        for (String name : List.of("kafka", "postgres", "ingest", "enrich", "sink", "ui")) {
            assertThat(services.get(name)).as(name).containsKey("healthcheck");
        }
        for (String stage : DEALWIRE_SERVICES) {
            Map<String, Object> dependsOn = map(services.get(stage).get("depends_on"));
            assertThat(map(dependsOn.get("kafka"))).as(stage).containsEntry("condition", "service_healthy");
            assertThat(map(dependsOn.get("topics")))
                    .as(stage)
                    .containsEntry("condition", "service_completed_successfully");
            assertThat(environment(services.get(stage)))
                    .as(stage)
                    .containsEntry("DEALWIRE_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092");
        }
        assertThat(map(map(services.get("sink").get("depends_on")).get("postgres")))
                .containsEntry("condition", "service_healthy");
    }

    @Test
    void eachStageServesItsMetricsOnItsOwnPublishedPort() {
        List<String> published = new ArrayList<>();
        for (String stage : DEALWIRE_SERVICES) {
            String port = environment(services.get(stage)).get("DEALWIRE_HTTP_PORT");
            assertThat(list(services.get(stage).get("ports"))).as(stage).contains("127.0.0.1:" + port + ":" + port);
            published.add(port);
        }
        assertThat(published).doesNotHaveDuplicates();
    }

    @Test
    void theDeskListensBeyondLoopbackInItsContainerButIsPublishedOnLoopback() {
        Map<String, String> env = environment(services.get("ui"));
        assertThat(env).containsEntry("DEALWIRE_UI_BIND", "0.0.0.0");
        String port = env.get("DEALWIRE_UI_PORT");
        assertThat(list(services.get("ui").get("ports"))).contains("127.0.0.1:" + port + ":" + port);
    }

    @Test
    void dockerfileBuildsTheJarTheCliProducesAndRunsIt() throws Exception {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        assertThat(dockerfile).contains("./mvnw").contains("-pl app -am").contains("/src/app/target/dealwire.jar");
        assertThat(Files.readString(ROOT.resolve("app/pom.xml"))).contains("<finalName>dealwire</finalName>");
        assertThat(dockerfile).contains("ENTRYPOINT [\"java\"").contains("/opt/dealwire/dealwire.jar");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(Map<String, Object> service) {
        Map<String, Object> env = (Map<String, Object>) service.getOrDefault("environment", Map.of());
        return env.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object o) {
        return (List<String>) o;
    }
}
