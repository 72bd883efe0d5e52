package io.dealwire.app.ui;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.dealwire.app.config.ConfigKeys;
import io.dealwire.app.config.Settings;
import io.dealwire.app.config.StageConfigs;
import io.dealwire.sink.postgres.PostgresSinkConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** Builds the desk's {@link DealDeskService.Wiring} from the configuration, for {@code run} and {@code ui}. */
public final class DeskWiring {
    private DeskWiring() {}

    /**
     * @param kafkaProps the cluster's client settings
     * @param registry the process's metrics when the stages run in it
     */
    public static DealDeskService.Wiring of(
            Settings settings, Map<String, Object> kafkaProps, Optional<MeterRegistry> registry) {
        Optional<PostgresSinkConfig> postgres = StageConfigs.postgresSink(settings);
        List<String> groups = new ArrayList<>();
        groups.add(settings.string(ConfigKeys.ENRICH_APP_ID));
        if (settings.bool(ConfigKeys.SINK_JSONL_ENABLED)) {
            groups.add(settings.string(ConfigKeys.SINK_GROUP));
        }
        postgres.ifPresent(p -> groups.add(p.groupId()));
        StageConfigs.webhookSink(settings).ifPresent(w -> groups.add(w.groupId()));
        return new DealDeskService.Wiring(kafkaProps, postgres.map(DeskWiring::pool), registry, groups);
    }

    private static DataSource pool(PostgresSinkConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.jdbcUrl());
        if (!config.user().isEmpty()) {
            hikari.setUsername(config.user());
        }
        if (!config.password().isEmpty()) {
            hikari.setPassword(config.password());
        }
        hikari.setPoolName("dealwire-ui");
        hikari.setMaximumPoolSize(4);
        hikari.setReadOnly(true);
        hikari.setConnectionTimeout(config.connectTimeout().toMillis());
        // the sink creates the tables; the desk must start even when the database is not up yet
        hikari.setInitializationFailTimeout(-1);
        return new HikariDataSource(hikari);
    }
}
