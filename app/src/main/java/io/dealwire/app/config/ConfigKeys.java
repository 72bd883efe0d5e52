package io.dealwire.app.config;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every configuration key dealwire reads. Nothing else declares a key or its default. */
public final class ConfigKeys {
    public static final ConfigKey DATA_DIR =
            new ConfigKey("data-dir", "data", "Directory for the embedded broker's log, stream state and sink output.");
    public static final ConfigKey BOOTSTRAP_SERVERS = new ConfigKey(
            "kafka.bootstrap-servers",
            "",
            "Kafka cluster to use; empty starts the embedded single-node broker (dealwire run only).");
    public static final ConfigKey BROKER_PORT = new ConfigKey(
            "broker.port", "19092", "Client port of the embedded broker on 127.0.0.1; 0 picks a free port.");
    public static final ConfigKey TOPIC_REPLICATION = new ConfigKey(
            "topics.replication-factor",
            "-1",
            "Replication factor of topics dealwire creates; -1 uses the broker default (1 on the embedded broker).");
    public static final ConfigKey FEEDS_FILE = new ConfigKey(
            "feeds.file", "", "YAML feed list imported into ingest.feeds at startup; empty uses the bundled list.");
    public static final ConfigKey INGEST_GROUP = new ConfigKey(
            "ingest.group-id", "dealwire-ingest", "Consumer group of ingest instances over ingest.feeds.");
    public static final ConfigKey INGEST_INSTANCE = new ConfigKey(
            "ingest.instance-id",
            "local",
            "Name of this ingest instance, stable across restarts; part of its transactional.id.");
    public static final ConfigKey INGEST_USER_AGENT = new ConfigKey(
            "ingest.user-agent",
            "dealwire/0.1 (+https://github.com/dealwire/dealwire)",
            "User-Agent sent with every request; must name dealwire.");
    public static final ConfigKey INGEST_CONTACT = new ConfigKey(
            "ingest.contact-url",
            "https://github.com/dealwire/dealwire",
            "Where site owners can reach the operator; added to the User-Agent.");
    public static final ConfigKey INGEST_MIN_POLL =
            new ConfigKey("ingest.min-poll-interval", "5m", "Shortest delay between two polls of one feed.");
    public static final ConfigKey INGEST_POLL =
            new ConfigKey("ingest.default-poll-interval", "15m", "Delay after a successful poll.");
    public static final ConfigKey INGEST_MAX_POLL =
            new ConfigKey("ingest.max-poll-interval", "6h", "Cap of the exponential backoff after failures.");
    public static final ConfigKey INGEST_TIMEOUT = new ConfigKey(
            "ingest.fetch-timeout", "20s", "Deadline of one whole HTTP call, redirects and body included.");
    public static final ConfigKey INGEST_MAX_BODY =
            new ConfigKey("ingest.max-body-bytes", "10485760", "Cap on a response body after decompression, in bytes.");
    public static final ConfigKey INGEST_PAGES = new ConfigKey(
            "ingest.fetch-article-pages", "true", "Fetch the article page when a feed item carries only a summary.");
    public static final ConfigKey INGEST_ALLOWED = new ConfigKey(
            "ingest.allowed-hosts",
            "",
            "Comma-separated host or host:port entries that may be fetched although private or loopback.");
    public static final ConfigKey INGEST_ROBOTS_TTL = new ConfigKey(
            "ingest.robots-cache-ttl", "24h", "How long a host's robots.txt (or its 4xx answer) is reused.");
    public static final ConfigKey INGEST_ROBOTS_RETRY = new ConfigKey(
            "ingest.robots-error-retry",
            "15m",
            "How long a 5xx or unreachable robots.txt blocks its host before it is fetched again (RFC 9309).");
    public static final ConfigKey INGEST_MAX_CRAWL_DELAY =
            new ConfigKey("ingest.max-crawl-delay", "60s", "Cap on a robots.txt Crawl-delay.");
    public static final ConfigKey INGEST_HOST_DELAY = new ConfigKey(
            "ingest.per-host-delay", "2s", "Minimum pause between two requests to one host (one in flight per host).");
    public static final ConfigKey INGEST_WORKERS =
            new ConfigKey("ingest.workers", "16", "Feeds polled concurrently by one ingest instance (1 to 256).");
    public static final ConfigKey INGEST_REDIRECT_SIGHTINGS = new ConfigKey(
            "ingest.permanent-redirect-sightings",
            "3",
            "301/308 answers in a row to the same target before a feed's stored URL moves.");
    public static final ConfigKey INGEST_MAX_ITEMS = new ConfigKey(
            "ingest.max-feed-items", "5000", "Items read from one feed body; the rest are dropped and counted.");
    public static final ConfigKey ENRICH_APP_ID = new ConfigKey(
            "enrich.application-id", "dealwire-enrich", "Kafka Streams application.id of the enrich stage.");
    public static final ConfigKey ENRICH_LANGUAGES = new ConfigKey(
            "enrich.languages",
            "en,fr,de,es,it,pt,nl,zh,ja,ko,ru,ar,pl,sv,tr",
            "ISO 639-1 codes the language detector chooses among.");
    public static final ConfigKey ENRICH_THREADS =
            new ConfigKey("enrich.threads", "1", "Kafka Streams threads of the enrich stage in this process.");
    public static final ConfigKey SINK_DIR = new ConfigKey(
            "sink.jsonl.directory", "", "Where deal events are written as JSON Lines; empty means <data-dir>/out.");
    public static final ConfigKey SINK_GROUP =
            new ConfigKey("sink.jsonl.group-id", "dealwire-sink-jsonl", "Consumer group of the JSON Lines sink.");
    public static final ConfigKey SINK_JSONL_ENABLED =
            new ConfigKey("sink.jsonl.enabled", "true", "Write deal events to JSON Lines files.");
    public static final ConfigKey PG_URL = new ConfigKey(
            "sink.postgres.url",
            "",
            "JDBC URL (jdbc:postgresql://host:5432/db) of the PostgreSQL sink; empty disables it.");
    public static final ConfigKey PG_USER =
            new ConfigKey("sink.postgres.user", "", "PostgreSQL user; empty takes it from the URL.");
    public static final ConfigKey PG_PASSWORD =
            new ConfigKey("sink.postgres.password", "", "PostgreSQL password (never printed).");
    public static final ConfigKey PG_GROUP =
            new ConfigKey("sink.postgres.group-id", "dealwire-sink-postgres", "Consumer group of the PostgreSQL sink.");
    public static final ConfigKey PG_BATCH = new ConfigKey(
            "sink.postgres.batch-size", "500", "Records per poll and per database transaction (1 to 10000).");
    public static final ConfigKey HOOK_URL = new ConfigKey(
            "sink.webhook.url",
            "",
            "URL the webhook sink POSTs each deal event to (Standard Webhooks); empty disables it.");
    public static final ConfigKey HOOK_SECRET = new ConfigKey(
            "sink.webhook.secret", "", "Signing secret: whsec_ and a base64 key of at least 16 bytes (never printed).");
    public static final ConfigKey HOOK_TYPES =
            new ConfigKey("sink.webhook.types", "", "Comma-separated deal types to send; empty sends all.");
    public static final ConfigKey HOOK_COMPANIES = new ConfigKey(
            "sink.webhook.companies",
            "",
            "Comma-separated company names (normalised); only deals naming one are sent.");
    public static final ConfigKey HOOK_LANGUAGES =
            new ConfigKey("sink.webhook.languages", "", "Comma-separated article languages to send; empty sends all.");
    public static final ConfigKey HOOK_MIN_AMOUNT = new ConfigKey(
            "sink.webhook.min-amount", "", "Smallest amount sent, with its currency, e.g. 100000000 USD.");
    public static final ConfigKey HOOK_ALLOWED = new ConfigKey(
            "sink.webhook.allowed-hosts",
            "",
            "Comma-separated hosts the webhook sink may call although they are private or loopback.");
    public static final ConfigKey HOOK_ENDPOINTS_FILE = new ConfigKey(
            "sink.webhook.endpoints-file",
            "",
            "YAML file listing webhook endpoints (id, url, secret, types, companies, languages, min-amount), each with"
                    + " its own consumer group.");
    public static final ConfigKey HOOK_GROUP =
            new ConfigKey("sink.webhook.group-id", "dealwire-sink-webhook", "Consumer group of the webhook sink.");
    public static final ConfigKey HTTP_PORT = new ConfigKey(
            "http.port",
            "9464",
            "Port of the operations endpoint (/metrics, /health/live, /health/ready); 0 picks one, -1 disables it.");
    public static final ConfigKey HTTP_BIND =
            new ConfigKey("http.bind", "127.0.0.1", "Address the operations endpoint binds to; 0.0.0.0 to expose it.");
    public static final ConfigKey UI_ENABLED =
            new ConfigKey("ui.enabled", "true", "Serve the deal desk (web page and JSON API) from dealwire run.");
    public static final ConfigKey UI_PORT =
            new ConfigKey("ui.port", "8480", "Port of the deal desk; 0 picks a free one.");
    public static final ConfigKey UI_BIND = new ConfigKey(
            "ui.bind", "127.0.0.1", "Address the deal desk binds to; 0.0.0.0 to expose it beyond this machine.");
    public static final ConfigKey UI_APP_ID = new ConfigKey(
            "ui.application-id",
            "dealwire-ui",
            "Kafka Streams application.id of the deal desk's in-memory stores (rebuilt from the topics at start).");
    public static final ConfigKey UI_CURRENCY = new ConfigKey(
            "ui.currency", "USD", "ISO 4217 currency of the deal desk's converted column and minimum-amount filter.");
    public static final ConfigKey UI_RATES = new ConfigKey(
            "ui.rates",
            "",
            "Conversion rates into ui.currency, e.g. EUR=1.08,GBP=1.27 (units of ui.currency per unit); empty: none.");
    public static final ConfigKey DEMO_PORT = new ConfigKey(
            "demo.port", "18080", "Port on 127.0.0.1 where run --demo serves its bundled feeds and pages.");

    /** Every key, in README order. */
    public static final List<ConfigKey> ALL = List.of(
            DATA_DIR,
            BOOTSTRAP_SERVERS,
            BROKER_PORT,
            TOPIC_REPLICATION,
            FEEDS_FILE,
            INGEST_GROUP,
            INGEST_INSTANCE,
            INGEST_USER_AGENT,
            INGEST_CONTACT,
            INGEST_MIN_POLL,
            INGEST_POLL,
            INGEST_MAX_POLL,
            INGEST_TIMEOUT,
            INGEST_MAX_BODY,
            INGEST_PAGES,
            INGEST_ALLOWED,
            INGEST_ROBOTS_TTL,
            INGEST_ROBOTS_RETRY,
            INGEST_MAX_CRAWL_DELAY,
            INGEST_HOST_DELAY,
            INGEST_WORKERS,
            INGEST_REDIRECT_SIGHTINGS,
            INGEST_MAX_ITEMS,
            ENRICH_APP_ID,
            ENRICH_LANGUAGES,
            ENRICH_THREADS,
            SINK_DIR,
            SINK_GROUP,
            SINK_JSONL_ENABLED,
            PG_URL,
            PG_USER,
            PG_PASSWORD,
            PG_GROUP,
            PG_BATCH,
            HOOK_URL,
            HOOK_SECRET,
            HOOK_TYPES,
            HOOK_COMPANIES,
            HOOK_LANGUAGES,
            HOOK_MIN_AMOUNT,
            HOOK_ALLOWED,
            HOOK_ENDPOINTS_FILE,
            HOOK_GROUP,
            HTTP_PORT,
            HTTP_BIND,
            UI_ENABLED,
            UI_PORT,
            UI_BIND,
            UI_APP_ID,
            UI_CURRENCY,
            UI_RATES,
            DEMO_PORT);

    /** Keys by name. */
    public static final Map<String, ConfigKey> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(ConfigKey::name, Function.identity()));

    /** Prefix of Kafka client settings passed through unchanged, e.g. {@code kafka.client.security.protocol}. */
    public static final String KAFKA_CLIENT_PREFIX = "kafka.client.";

    private ConfigKeys() {}
}
