package io.dealwire.ingest.feed;

import io.dealwire.ingest.IngestConfig;
import io.dealwire.ingest.article.ArticleAssembler;
import io.dealwire.ingest.article.ArticleIds;
import io.dealwire.ingest.fetch.FetchOutcome;
import io.dealwire.ingest.fetch.FetchRequest;
import io.dealwire.ingest.fetch.FetchResult;
import io.dealwire.ingest.fetch.Fetcher;
import io.dealwire.schemas.avro.FeedDefinition;
import io.dealwire.schemas.avro.FeedState;
import io.dealwire.schemas.avro.RawArticle;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one feed: a conditional GET of the feed's stored URL, parsing, and assembly of the items not seen before,
 * returning the new {@link FeedState} with them. Never throws for fetch or parse trouble: failures become state
 * (error code, status, consecutive failures, next poll). Keeps the feed healthy: a permanent redirect seen on
 * {@code ingest.permanent-redirect-sightings} polls in a row moves the stored URL; 410 disables the feed ({@code
 * GONE}, no next poll); a 404 lasting {@value #LONG_404_FAILURES} polls is flagged {@code NOT_FOUND_LONG}; an HTML
 * page advertising a feed is replaced by that feed. Imports no Kafka: the caller publishes the result.
 */
public final class FeedPoller {
    /**
     * Most article ids a feed's state remembers for deduplication: enough for a sitemap of 500 URLs at four
     * generations. A feed remembers {@link #RECENT_IDS_PER_ITEM} generations of its current size, at least {@link
     * #MIN_RECENT_IDS}: an item that left a 50-item feed 200 items ago is not coming back, and 10,000 feeds each
     * holding 2,000 ids would keep about 2 GB of ids in memory and in every state record.
     */
    public static final int RECENT_IDS = 2_000;

    static final int MIN_RECENT_IDS = 200;
    static final int RECENT_IDS_PER_ITEM = 4;
    /** Sitemaps of a sitemap index read per poll. */
    public static final int MAX_CHILD_SITEMAPS = 10;
    /** Consecutive 404 polls after which a feed is flagged {@code NOT_FOUND_LONG}. */
    public static final int LONG_404_FAILURES = 5;

    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    private final Fetcher fetcher;
    private final FeedParser parser;
    private final ArticleAssembler assembler;
    private final PollSchedule schedule;
    private final PermanentRedirects redirects;
    private final Clock clock;
    private final int maxItems;

    /** A poller fetching with {@code fetcher}, assembling with {@code assembler}, timing with {@code clock}. */
    public FeedPoller(Fetcher fetcher, ArticleAssembler assembler, IngestConfig config, Clock clock) {
        this(fetcher, assembler, config, clock, new SplittableRandom());
    }

    /** As {@link #FeedPoller(Fetcher, ArticleAssembler, IngestConfig, Clock)}, drawing jitter from {@code random}. */
    public FeedPoller(
            Fetcher fetcher, ArticleAssembler assembler, IngestConfig config, Clock clock, RandomGenerator random) {
        this.fetcher = fetcher;
        this.parser = new FeedParser(config.maxFeedItems());
        this.assembler = assembler;
        this.schedule = new PollSchedule(config, random);
        this.redirects = new PermanentRedirects(config.permanentRedirectSightings());
        this.clock = clock;
        this.maxItems = config.maxFeedItems();
    }

    /** The state of a feed never polled before. */
    public static FeedState freshState(FeedDefinition definition) {
        return FeedState.newBuilder()
                .setFeedId(definition.getFeedId())
                .setUrl(definition.getUrl())
                .setDefinitionUrl(definition.getUrl())
                .build();
    }

    /** One poll in progress: what it started from, the URL the state will store and the redirect count. */
    private record Poll(
            FeedDefinition definition,
            FeedState previous,
            Instant now,
            String storedUrl,
            PermanentRedirects.Sighting redirect) {
        Poll movedTo(URI url) {
            return new Poll(definition, previous, now, url.toString(), redirect);
        }

        Poll sighted(PermanentRedirects.Sighting sighting) {
            Poll seen = new Poll(definition, previous, now, storedUrl, sighting);
            return sighting.move() ? seen.movedTo(sighting.target().orElseThrow()) : seen;
        }

        /** The next state, starting from the previous one, with what every outcome records. */
        FeedState.Builder next() {
            return redirect.applyTo(FeedState.newBuilder(previous))
                    .setUrl(storedUrl)
                    .setDefinitionUrl(definition.getUrl())
                    .setLastAttemptAt(now);
        }

        boolean moved() {
            return !storedUrl.equals(previous.getUrl());
        }
    }

    /** Polls {@code definition} from {@code previous} (which may be {@link #freshState fresh}); never throws. */
    public PollResult poll(FeedDefinition definition, FeedState previous) {
        Instant now = clock.instant();
        String url = previous.getUrl() == null || previous.getUrl().isBlank() ? definition.getUrl() : previous.getUrl();
        Poll poll = new Poll(definition, previous, now, url, PermanentRedirects.Sighting.NONE);
        try {
            return attempt(poll);
        } catch (RuntimeException e) {
            LOG.atError()
                    .addKeyValue("feedId", definition.getFeedId())
                    .addKeyValue("feedUrl", url)
                    .setCause(e)
                    .log("feed poll failed unexpectedly");
            return failed(
                    poll, FetchResult.failure(FetchOutcome.UNEXPECTED, URI.create("about:blank"), 0, e.toString()));
        }
    }

    private PollResult attempt(Poll poll) {
        URI url;
        try {
            url = URI.create(poll.storedUrl().strip());
        } catch (IllegalArgumentException e) {
            return failed(
                    poll, FetchResult.failure(FetchOutcome.BAD_SCHEME, URI.create("about:blank"), 0, e.getMessage()));
        }
        FetchRequest request = new FetchRequest(
                url,
                Optional.ofNullable(poll.previous().getEtag()),
                Optional.ofNullable(poll.previous().getLastModified()));
        FetchResult fetched = fetcher.fetch(request);
        PermanentRedirects.Sighting sighting = redirects.observe(poll.previous(), url, fetched.movedTo());
        if (sighting.move()) {
            LOG.atInfo()
                    .addKeyValue("feedId", poll.definition().getFeedId())
                    .addKeyValue("feedUrl", url)
                    .addKeyValue("movedTo", sighting.target().orElseThrow())
                    .log("feed moved permanently: stored URL updated");
        }
        poll = poll.sighted(sighting);
        if (fetched.outcome() == FetchOutcome.NOT_MODIFIED) {
            Instant next = schedule.afterSuccess(poll.now(), poll.previous(), 0, List.of());
            return new PollResult(succeeded(poll, fetched, next).build(), List.of(), FetchOutcome.NOT_MODIFIED, 0);
        }
        if (!fetched.ok()) {
            return failed(poll, fetched);
        }
        return parsed(poll, fetched, true);
    }

    private PollResult parsed(Poll poll, FetchResult fetched, boolean mayDiscover) {
        try {
            ParsedFeed feed =
                    parser.parse(fetched.body(), fetched.headers().contentType(), fetched.finalUrl(), poll.now());
            return fresh(poll, feed, fetched);
        } catch (FeedParseException e) {
            if (mayDiscover && !e.childSitemaps().isEmpty()) {
                return fromSitemapIndex(poll, fetched, e.childSitemaps());
            }
            if (mayDiscover && e.code() == FetchOutcome.NOT_A_FEED) {
                Optional<URI> advertised = FeedDiscovery.find(fetched.body(), fetched.finalUrl());
                if (advertised.isPresent()) {
                    return discovered(poll, advertised.get());
                }
            }
            return failed(
                    poll, FetchResult.failure(e.code(), fetched.finalUrl(), fetched.statusCode(), e.getMessage()));
        }
    }

    /**
     * The body was a sitemap index: reads up to {@value #MAX_CHILD_SITEMAPS} of its sitemaps on the index's own host
     * (the sitemaps protocol's rule), most recently modified first, through the same polite and guarded fetcher, and
     * takes their URLs as the feed's items. An index inside an index is not followed. No validators are stored: an
     * unchanged index may list changed sitemaps.
     */
    private PollResult fromSitemapIndex(Poll poll, FetchResult index, List<URI> children) {
        List<FeedItem> items = new ArrayList<>();
        Optional<String> language = Optional.empty();
        int read = 0;
        for (URI child : children) {
            if (read == MAX_CHILD_SITEMAPS || items.size() >= maxItems) {
                break;
            }
            if (!sameHost(index.finalUrl(), child)) {
                LOG.atWarn()
                        .addKeyValue("feedId", poll.definition().getFeedId())
                        .addKeyValue("feedUrl", index.finalUrl())
                        .addKeyValue("sitemap", child)
                        .log("sitemap index lists a sitemap on another host: skipped");
                continue;
            }
            Optional<ParsedFeed> sitemap = childSitemap(poll, child);
            if (sitemap.isPresent()) {
                read++;
                items.addAll(sitemap.get().items());
                language = language.or(() -> sitemap.get().language());
            }
        }
        if (read == 0) {
            return failed(
                    poll,
                    FetchResult.failure(
                            FetchOutcome.NOT_A_FEED,
                            index.finalUrl(),
                            index.statusCode(),
                            "sitemap index without a readable sitemap on its host"));
        }
        List<FeedItem> kept = items.subList(0, Math.min(items.size(), maxItems));
        PollResult result = fresh(
                poll, new ParsedFeed(io.dealwire.ingest.sitemap.SitemapReader.FEED_TYPE, "", language, kept), index);
        FeedState unvalidated = FeedState.newBuilder(result.state())
                .setEtag(null)
                .setLastModified(null)
                .build();
        return new PollResult(unvalidated, result.articles(), result.outcome(), result.bytes());
    }

    private Optional<ParsedFeed> childSitemap(Poll poll, URI child) {
        FetchResult fetched = fetcher.fetch(FetchRequest.of(child));
        String problem;
        if (fetched.ok()) {
            try {
                return Optional.of(
                        parser.parse(fetched.body(), fetched.headers().contentType(), fetched.finalUrl(), poll.now()));
            } catch (FeedParseException e) {
                problem = e.code() + ": " + e.getMessage();
            }
        } else {
            problem = fetched.outcome() + ": " + fetched.detail();
        }
        LOG.atWarn()
                .addKeyValue("feedId", poll.definition().getFeedId())
                .addKeyValue("sitemap", child)
                .addKeyValue("error", problem)
                .log("sitemap of a sitemap index not read");
        return Optional.empty();
    }

    private static boolean sameHost(URI a, URI b) {
        return a.getHost() != null
                && a.getHost().equalsIgnoreCase(b.getHost())
                && a.getPort() == b.getPort()
                && a.getScheme().equalsIgnoreCase(b.getScheme());
    }

    /** The page was HTML advertising a feed: poll that feed now and, if it is one, store its URL. */
    private PollResult discovered(Poll poll, URI advertised) {
        LOG.atInfo()
                .addKeyValue("feedId", poll.definition().getFeedId())
                .addKeyValue("feedUrl", poll.storedUrl())
                .addKeyValue("discovered", advertised)
                .log("HTML page instead of a feed: following its advertised feed");
        FetchResult fetched = fetcher.fetch(FetchRequest.of(advertised));
        if (!fetched.ok()) {
            return failed(poll, fetched);
        }
        PollResult result = parsed(poll.movedTo(advertised), fetched, false);
        return result.outcome() == FetchOutcome.OK ? result : failed(poll, failureOf(result, fetched));
    }

    private static FetchResult failureOf(PollResult result, FetchResult fetched) {
        return FetchResult.failure(
                result.outcome(), fetched.finalUrl(), fetched.statusCode(), "advertised feed is not readable");
    }

    private PollResult fresh(Poll poll, ParsedFeed feed, FetchResult fetched) {
        FeedState previous = poll.previous();
        Set<String> recent = new LinkedHashSet<>(previous.getRecentItemIds());
        List<RawArticle> articles = new ArrayList<>();
        Set<String> inThisFeed = new LinkedHashSet<>();
        Set<String> guids = new java.util.HashSet<>();
        for (FeedItem item : feed.items()) {
            String id = ArticleIds.of(poll.definition().getFeedId(), item);
            if (item.guid().isPresent() && !guids.add(item.guid().get())) {
                // RELIABILITY.md: collisions are logged, not merged; ids come from links, so both items are kept
                LOG.atWarn()
                        .addKeyValue("feedId", poll.definition().getFeedId())
                        .addKeyValue("articleId", id)
                        .addKeyValue("guid", item.guid().get())
                        .log("two items of one feed share a guid");
            }
            if (!inThisFeed.add(id)) {
                LOG.atWarn()
                        .addKeyValue("feedId", poll.definition().getFeedId())
                        .addKeyValue("articleId", id)
                        .log("two items of one feed share an article id: the later one is skipped");
                continue;
            }
            if (!recent.contains(id)) {
                articles.add(assembler.assemble(poll.definition(), item, feed.language(), poll.now()));
            }
        }
        List<String> ids = new ArrayList<>(inThisFeed);
        // feeds list newest first: re-add oldest first so the newest ids end up last, as the schema says
        for (int i = ids.size() - 1; i >= 0; i--) {
            recent.remove(ids.get(i));
            recent.add(ids.get(i));
        }
        List<Instant> dates = feed.items().stream()
                .filter(item -> item.publishedAtSource() != PublishedAtSource.FETCH_TIME)
                .map(FeedItem::publishedAt)
                .toList();
        Instant next = schedule.afterSuccess(poll.now(), previous, articles.size(), dates);
        FeedState state = succeeded(poll, fetched, next)
                .setItemsSeen(previous.getItemsSeen() + articles.size())
                .setRecentItemIds(newest(recent, remembered(feed.items().size())))
                .build();
        LOG.atDebug()
                .addKeyValue("feedId", poll.definition().getFeedId())
                .addKeyValue("items", feed.items().size())
                .addKeyValue("new", articles.size())
                .log("feed polled");
        return new PollResult(state, articles, FetchOutcome.OK, fetched.body().length);
    }

    private FeedState.Builder succeeded(Poll poll, FetchResult fetched, Instant next) {
        FeedState.Builder state = poll.next()
                .setLastSuccessAt(poll.now())
                .setNextPollAt(next)
                .setConsecutiveFailures(0)
                .setLastStatusCode(fetched.status().orElse(null))
                .setLastError(null);
        if (fetched.ok()) {
            state.setEtag(fetched.headers().etag().orElse(null))
                    .setLastModified(fetched.headers().lastModified().orElse(null));
        }
        return state;
    }

    private PollResult failed(Poll poll, FetchResult failure) {
        int failures = poll.previous().getConsecutiveFailures() + 1;
        FetchOutcome outcome = classify(failure, failures);
        Instant next = switch (outcome) {
            case GONE -> null; // disabled: FeedScheduler never schedules a GONE feed until its definition changes
            case NOT_FOUND_LONG -> schedule.afterFailure(poll.now(), Integer.MAX_VALUE, Optional.empty());
            default ->
                schedule.afterFailure(poll.now(), failures, failure.headers().retryAfter());
        };
        FeedState.Builder state = poll.next()
                .setNextPollAt(next)
                .setConsecutiveFailures(failures)
                .setLastStatusCode(failure.status().orElse(null))
                .setLastError(outcome.name());
        if (poll.moved()) {
            state.setEtag(null).setLastModified(null);
        }
        log(poll, failure, outcome, failures);
        return new PollResult(state.build(), List.of(), outcome, 0);
    }

    private static FetchOutcome classify(FetchResult failure, int failures) {
        if (failure.outcome() != FetchOutcome.HTTP_STATUS) {
            return failure.outcome();
        }
        if (failure.statusCode() == 410) {
            return FetchOutcome.GONE;
        }
        return failure.statusCode() == 404 && failures >= LONG_404_FAILURES
                ? FetchOutcome.NOT_FOUND_LONG
                : FetchOutcome.HTTP_STATUS;
    }

    private static void log(Poll poll, FetchResult failure, FetchOutcome outcome, int failures) {
        boolean operatorMustAct = outcome == FetchOutcome.GONE
                || (outcome == FetchOutcome.NOT_FOUND_LONG && failures == LONG_404_FAILURES);
        (operatorMustAct ? LOG.atError() : LOG.atWarn())
                .addKeyValue("feedId", poll.definition().getFeedId())
                .addKeyValue("feedUrl", poll.storedUrl())
                .addKeyValue("error", outcome)
                .addKeyValue("statusCode", failure.statusCode())
                .addKeyValue("consecutiveFailures", failures)
                .addKeyValue("detail", failure.detail())
                .log(outcome == FetchOutcome.GONE ? "feed gone (410): disabled" : "feed poll failed");
    }

    /** How many ids a feed of {@code items} items remembers. */
    static int remembered(int items) {
        return Math.min(RECENT_IDS, Math.max(MIN_RECENT_IDS, RECENT_IDS_PER_ITEM * items));
    }

    private static List<String> newest(Set<String> ids, int bound) {
        List<String> all = new ArrayList<>(ids);
        return List.copyOf(all.subList(Math.max(0, all.size() - bound), all.size()));
    }
}
