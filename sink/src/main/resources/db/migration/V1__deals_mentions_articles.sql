-- dealwire PostgreSQL sink, schema version 1.
-- Every table is an upsert target keyed by the record's id. version_order is the extractor version as a sortable
-- key (numeric runs zero-padded, compared byte-wise) and record_ts the Kafka record timestamp: a row is replaced
-- only by one with a greater (version_order, record_ts), so replays and redeliveries never overwrite newer data.

CREATE TABLE deals (
    deal_id               text PRIMARY KEY,
    type                  varchar(32)      NOT NULL,
    status                varchar(32)      NOT NULL,
    parties               jsonb            NOT NULL,
    party_names           text[]           NOT NULL,
    languages             varchar(35)[]    NOT NULL,
    amount_value          numeric,
    amount_currency       varchar(8),
    amount_approximate    boolean,
    stake_percent         double precision CHECK (stake_percent BETWEEN 0 AND 100),
    valuation_value       numeric,
    valuation_currency    varchar(8),
    valuation_approximate boolean,
    first_seen_at         timestamptz      NOT NULL,
    last_seen_at          timestamptz      NOT NULL,
    sources               jsonb            NOT NULL,
    extractor_version     text             NOT NULL,
    version_order         text COLLATE "C" NOT NULL,
    record_ts             timestamptz      NOT NULL
);
CREATE INDEX deals_party_names_idx ON deals USING gin (party_names);
CREATE INDEX deals_languages_idx ON deals USING gin (languages);
CREATE INDEX deals_type_last_seen_idx ON deals (type, last_seen_at DESC);
CREATE INDEX deals_last_seen_idx ON deals (last_seen_at DESC);

CREATE TABLE deal_mentions (
    event_id              text PRIMARY KEY,
    deal_id               text             NOT NULL,
    type                  varchar(32)      NOT NULL,
    status                varchar(32)      NOT NULL,
    parties               jsonb            NOT NULL,
    amount_value          numeric,
    amount_currency       varchar(8),
    amount_approximate    boolean,
    stake_percent         double precision CHECK (stake_percent BETWEEN 0 AND 100),
    valuation_value       numeric,
    valuation_currency    varchar(8),
    valuation_approximate boolean,
    article_id            text             NOT NULL,
    article_url           varchar(4096)    NOT NULL,
    article_title         text             NOT NULL,
    article_language      varchar(35)      NOT NULL,
    article_published_at  timestamptz,
    evidence_sentence     text             NOT NULL,
    evidence_start        integer          NOT NULL,
    evidence_end          integer          NOT NULL,
    confidence            double precision NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    extractor_version     text             NOT NULL,
    version_order         text COLLATE "C" NOT NULL,
    record_ts             timestamptz      NOT NULL
);
-- no foreign key to deals: deals.current and deals.events are separate topics, read in no particular order
CREATE INDEX deal_mentions_deal_idx ON deal_mentions (deal_id);
CREATE INDEX deal_mentions_article_idx ON deal_mentions (article_id);
CREATE INDEX deal_mentions_type_published_idx ON deal_mentions (type, article_published_at DESC);
CREATE INDEX deal_mentions_language_published_idx ON deal_mentions (article_language, article_published_at DESC);
CREATE INDEX deal_mentions_published_idx ON deal_mentions (article_published_at DESC);

-- one row per party of a mention, for company search by normalised name; kept in step by the trigger below
CREATE TABLE deal_parties (
    event_id        text        NOT NULL REFERENCES deal_mentions (event_id) ON DELETE CASCADE,
    position        integer     NOT NULL,
    name            text        NOT NULL,
    normalized_name text        NOT NULL,
    role            varchar(16) NOT NULL,
    PRIMARY KEY (event_id, position)
);
CREATE INDEX deal_parties_normalized_name_idx ON deal_parties (normalized_name);

-- fires only when the upsert really inserted or updated the mention (ON CONFLICT ... WHERE false fires nothing)
CREATE FUNCTION deal_parties_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM deal_parties WHERE event_id = NEW.event_id;
    INSERT INTO deal_parties (event_id, position, name, normalized_name, role)
    SELECT NEW.event_id, p.ordinality - 1, p.party ->> 'name', p.party ->> 'normalizedName', p.party ->> 'role'
    FROM jsonb_array_elements(NEW.parties) WITH ORDINALITY AS p (party, ordinality);
    RETURN NULL;
END;
$$;
CREATE TRIGGER deal_mentions_parties_sync
    AFTER INSERT OR UPDATE OF parties ON deal_mentions
    FOR EACH ROW EXECUTE FUNCTION deal_parties_sync();

CREATE TABLE articles (
    article_id          text PRIMARY KEY,
    url                 varchar(4096)    NOT NULL,
    feed_id             text,
    title               text             NOT NULL,
    body_text           text             NOT NULL,
    published_at        timestamptz,
    fetched_at          timestamptz      NOT NULL,
    language            varchar(35)      NOT NULL,
    language_confidence double precision NOT NULL,
    content_hash        text             NOT NULL,
    deal_ids            text[]           NOT NULL,
    deal_event_ids      text[]           NOT NULL,
    extractor_version   text             NOT NULL,
    version_order       text COLLATE "C" NOT NULL,
    record_ts           timestamptz      NOT NULL
);
CREATE INDEX articles_url_idx ON articles (url);
CREATE INDEX articles_language_published_idx ON articles (language, published_at DESC);
CREATE INDEX articles_published_idx ON articles (published_at DESC);
CREATE INDEX articles_content_hash_idx ON articles (content_hash);
