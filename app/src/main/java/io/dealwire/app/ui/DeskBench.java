package io.dealwire.app.ui;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code dealwire bench desk}: how long the desk's questions take over many deals, on this machine. The deals are
 * generated in memory (synthetic names, amounts, languages and dates), so the figures measure the desk's own work
 * (filter, sort, page, convert, statistics, JSON) without Kafka or a database.
 */
public final class DeskBench {
    private static final String[] TYPES = {"ACQUISITION", "MERGER", "INVESTMENT", "FUNDING_ROUND", "IPO", "PARTNERSHIP"
    };
    private static final String[] LANGUAGES = {"en", "fr", "de", "es", "it", "pt", "ja"};

    private DeskBench() {}

    /** Runs every measurement {@code rounds} times over {@code deals} generated deals and prints the figures. */
    public static void run(int deals, int rounds, PrintWriter out) throws Exception {
        List<DealCard> cards = generate(deals);
        DealRepository repository = new DealRepository() {
            @Override
            public Collection<DealCard> deals() {
                return cards;
            }

            @Override
            public Optional<DealDetail> deal(String dealId) {
                return Optional.empty();
            }

            @Override
            public String name() {
                return "in-memory";
            }
        };
        DealDesk desk = new DealDesk(repository, CurrencyRates.parse("USD", "EUR=1.08,GBP=1.27,JPY=0.0067"));
        out.printf(Locale.ROOT, "desk bench: %d deals, %d rounds each, median and 99th percentile%n", deals, rounds);
        measure(out, "first page, no filter", rounds, () -> desk.find(DealQuery.all()));
        measure(out, "company filter", rounds, () -> desk.find(DealQuery.parse(Map.of("company", "buyer 17"))));
        measure(
                out,
                "type+language+minAmount",
                rounds,
                () -> desk.find(
                        DealQuery.parse(Map.of("type", "ACQUISITION", "language", "fr", "minAmount", "50000000"))));
        measure(out, "page 100 of 50 rows", rounds, () -> desk.find(DealQuery.parse(Map.of("offset", "4950"))));
        measure(out, "charts statistics", rounds, desk::stats);
        measure(out, "first page as JSON", rounds, () -> {
            try {
                return UiServer.JSON.writeValueAsBytes(desk.find(DealQuery.all()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        out.flush();
    }

    private static void measure(PrintWriter out, String what, int rounds, Supplier<Object> call) {
        for (int i = 0; i < Math.max(3, rounds / 5); i++) {
            call.get(); // warm-up
        }
        long[] nanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            call.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        out.printf(
                Locale.ROOT,
                "  %-26s median %7.2f ms   p99 %7.2f ms%n",
                what,
                nanos[rounds / 2] / 1e6,
                nanos[Math.min(rounds - 1, (int) Math.ceil(rounds * 0.99) - 1)] / 1e6);
    }

    static List<DealCard> generate(int count) {
        List<DealCard> cards = new ArrayList<>(count);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < count; i++) {
            Instant seen = start.plusSeconds(600L * i);
            String lang = LANGUAGES[i % LANGUAGES.length];
            DealCard.Money amount =
                    i % 4 == 0 ? null : new DealCard.Money(1e6 * (1 + i % 997), i % 3 == 0 ? "EUR" : "USD", false);
            cards.add(new DealCard(
                    "deal-" + i,
                    TYPES[i % TYPES.length],
                    "ANNOUNCED",
                    List.of(
                            new DealCard.Party("Buyer " + (i % 500), "buyer " + (i % 500), "BUYER"),
                            new DealCard.Party("Target " + i, "target " + i, "TARGET")),
                    amount,
                    null,
                    null,
                    null,
                    seen,
                    seen,
                    List.of(lang),
                    List.of(new DealCard.Source(
                            "e" + i,
                            "a" + i,
                            "https://news.example.com/" + i,
                            "news.example.com",
                            "Buyer " + (i % 500) + " to buy Target " + i,
                            lang,
                            seen,
                            "ANNOUNCED"))));
        }
        return cards;
    }
}
