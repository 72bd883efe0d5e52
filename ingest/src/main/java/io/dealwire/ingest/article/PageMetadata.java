package io.dealwire.ingest.article;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's title and publication time from its metadata. Titles: Dublin Core, then Open Graph, then the other common
 * title properties, read from {@code property} (space-separated lists included) or {@code name}; else the
 * {@code <title>} without a trailing site name ("Headline | Site"); else the first {@code <h1>}. Publication time:
 * JSON-LD {@code datePublished}, then the publication meta tags (Open Graph {@code article:published_time},
 * Parse.ly, {@code itemprop=datePublished}, Dublin Core dates, then the looser {@code pubdate} and {@code date}), then
 * {@code datetime} attributes of elements marked as the publication time, in the ISO-8601 forms pages use (space instead of {@code T}, minutes only, offsets
 * without a colon); a time without an offset is taken as UTC, a date alone as midnight UTC.
 */
final class PageMetadata {
    private static final List<String> TITLE_KEYS = List.of(
            "dc:title",
            "dcterm:title",
            "og:title",
            "weibo:article:title",
            "weibo:webpage:title",
            "title",
            "twitter:title",
            "parsely-title");
    private static final List<String> PUBLISHED_KEYS = List.of(
            "article:published_time",
            "og:article:published_time",
            "article:published",
            "parsely-pub-date",
            "datepublished",
            "dc:date:issued",
            "dcterms:issued",
            "dc:date",
            "dcterms:date",
            "sailthru:date",
            "pubdate",
            "publishdate",
            "publish-date",
            "date");
    /** Elements that carry the publication time in a {@code datetime} or {@code content} attribute. */
    private static final String PUBLISHED_ELEMENTS =
            "[itemprop=datePublished][datetime], [itemprop=datePublished][content], time[pubdate][datetime],"
                    + " time.published[datetime], time.entry-date[datetime]";

    private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s[|\\-–—\\\\/>»]\\s");
    private static final Pattern CDATA = Pattern.compile("(?://\\s*)?(?:<!\\[CDATA\\[|\\]\\]>)");
    private static final Pattern KEY_SEPARATOR = Pattern.compile("\\s+");
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendPattern("HH:mm")
            .optionalStart()
            .appendPattern(":ss")
            .optionalEnd()
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH", "Z")
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    // Pages write JSON-LD by hand: raw line breaks inside strings and trailing commas are common.
    private final ObjectMapper json = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    static Optional<String> title(Document page) {
        Map<String, String> meta = metaValues(page);
        for (String key : TITLE_KEYS) {
            if (meta.containsKey(key)) {
                return Optional.of(meta.get(key));
            }
        }
        return nonBlank(page.title())
                .map(PageMetadata::withoutSiteName)
                .or(() -> Optional.ofNullable(page.selectFirst("h1"))
                        .map(Element::text)
                        .flatMap(PageMetadata::nonBlank));
    }

    Optional<Instant> published(Document page) {
        Optional<Instant> fromJsonLd = jsonLdDate(page);
        if (fromJsonLd.isPresent()) {
            return fromJsonLd;
        }
        Map<String, String> meta = metaValues(page);
        for (String key : PUBLISHED_KEYS) {
            Optional<Instant> date = Optional.ofNullable(meta.get(key)).flatMap(PageMetadata::instant);
            if (date.isPresent()) {
                return date;
            }
        }
        for (Element element : page.select(PUBLISHED_ELEMENTS)) {
            String value = element.hasAttr("datetime") ? element.attr("datetime") : element.attr("content");
            Optional<Instant> date = instant(value);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /**
     * The title without a trailing site name: the text before the last separator, unless fewer than three words
     * would remain (then the separator is part of the headline).
     */
    static String withoutSiteName(String title) {
        var matcher = SITE_SEPARATOR.matcher(title);
        int last = -1;
        while (matcher.find()) {
            last = matcher.start();
        }
        if (last < 0) {
            return title;
        }
        String head = title.substring(0, last).strip();
        long words = Pattern.compile("[\\p{L}\\p{N}]+").matcher(head).results().count();
        return words >= 3 ? head : title;
    }

    /** Every meta key (lower-case {@code property} entries, {@code name}, {@code itemprop}) with its first value. */
    private static Map<String, String> metaValues(Document page) {
        Map<String, String> values = new HashMap<>();
        for (Element meta : page.select("meta[content]")) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attribute : List.of("property", "name", "itemprop")) {
                for (String key :
                        KEY_SEPARATOR.split(meta.attr(attribute).strip().toLowerCase(Locale.ROOT))) {
                    if (!key.isEmpty()) {
                        // dc.title and dcterm.title are written with dots as often as with colons
                        values.putIfAbsent(key.replace('.', ':'), content);
                    }
                }
            }
        }
        return values;
    }

    private Optional<Instant> jsonLdDate(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = json.readTree(withoutCdata(script.data())).findValue("datePublished");
                if (found != null && found.isTextual()) {
                    Optional<Instant> date = instant(found.asText());
                    if (date.isPresent()) {
                        return date;
                    }
                }
            } catch (JacksonException e) {
                // broken JSON-LD is common and harmless: the other sources still apply
            }
        }
        return Optional.empty();
    }

    /** JSON-LD some sites wrap in a CDATA section (sometimes behind {@code //} comments), unwrapped. */
    static String withoutCdata(String script) {
        return CDATA.matcher(script).replaceAll("");
    }

    /** An ISO-8601 date-time in the forms pages use, or a bare date taken as midnight UTC. */
    static Optional<Instant> instant(String value) {
        String text = value.strip()
                .replaceFirst("^(\\d{4}-\\d{2}-\\d{2})[ T](\\d)", "$1T$2")
                .replaceFirst(" ([+-]\\d)", "$1");
        try {
            TemporalAccessor parsed = DATE_TIME.parse(text);
            LocalDateTime local = LocalDateTime.from(parsed);
            return Optional.of(
                    parsed.isSupported(ChronoField.OFFSET_SECONDS)
                            ? OffsetDateTime.of(
                                            local, ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)))
                                    .toInstant()
                            : local.toInstant(ZoneOffset.UTC));
        } catch (java.time.DateTimeException notDateTime) {
            try {
                return Optional.of(
                        LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
