package io.dealwire.enrich.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * One labelled article of a gold JSON Lines file.
 *
 * @param id the article id
 * @param language ISO 639-1 code
 * @param publishedAt ISO-8601 instant, or null
 * @param title the headline
 * @param text the body
 * @param deals every deal the article reports; empty for a negative
 * @param genre what kind of text it is ({@code wire}, {@code analysis}, {@code press-release}, {@code brief},
 *     {@code announcement}, {@code translated}, {@code news}, {@code negative}); {@value #NO_GENRE} when not given
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldArticle(
        String id, String language, String publishedAt, String title, String text, List<GoldDeal> deals, String genre) {
    /** The genre of an article whose file does not say. */
    public static final String NO_GENRE = "unspecified";

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** Replaces absent fields with empty values. */
    public GoldArticle {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        deals = deals == null ? List.of() : List.copyOf(deals);
        genre = genre == null || genre.isBlank() ? NO_GENRE : genre;
    }

    /**
     * Reads a gold file, one JSON object per line, skipping blank lines.
     *
     * @throws IOException on a read error or a malformed line (the message gives the line number)
     */
    public static List<GoldArticle> readJsonLines(Reader in) throws IOException {
        List<GoldArticle> articles = new ArrayList<>();
        BufferedReader lines = new BufferedReader(in);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                articles.add(JSON.readValue(line, GoldArticle.class));
            } catch (IOException e) {
                throw new IOException("gold line " + number + " is not a valid article: " + e.getMessage(), e);
            }
        }
        return articles;
    }
}
