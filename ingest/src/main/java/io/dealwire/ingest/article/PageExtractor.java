package io.dealwire.ingest.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the main text and metadata of an article page with jsoup. The main content is the first {@code
 * <article>}, {@code <main>}, {@code [role=main]} or {@code [itemprop=articleBody]}, else the element holding the
 * most paragraph text; navigation, headers, footers, asides, forms and scripts are dropped first.
 */
public final class PageExtractor {
    private static final String BOILERPLATE = "script, style, noscript, nav, header, footer, aside, form, iframe, "
            + "button, svg, [role=navigation], [aria-hidden=true]";
    private static final String MAIN = "[itemprop=articleBody], article, main, [role=main]";
    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([\\w.:-]+)");
    private static final Pattern LANGUAGE = Pattern.compile("^([a-zA-Z]{2})(?:[-_].*)?$");
    private final PageMetadata metadata = new PageMetadata();

    /** Extracts from a page body; {@code contentType} supplies the charset when the page does not declare one. */
    public ExtractedPage extract(byte[] body, Optional<String> contentType, URI url) {
        Document page = parse(body, contentType, url);
        Optional<String> language = language(page);
        Optional<Instant> published = metadata.published(page);
        Optional<String> title = PageMetadata.title(page);
        Optional<String> byline = byline(page);
        page.select(BOILERPLATE).remove();
        Element main = mainContent(page);
        return new ExtractedPage(
                title,
                ArticleHtml.plainText(main),
                ArticleHtml.safeHtml(main.html(), url.toString()),
                language,
                published,
                byline);
    }

    private static Optional<String> byline(Document page) {
        return meta(page, "meta[name=author]")
                .or(() -> meta(page, "meta[property=article:author]").filter(a -> !a.startsWith("http")))
                .or(() -> firstText(page, "[itemprop=author] [itemprop=name], [itemprop=author], [rel=author]"))
                .or(() -> firstText(page, ".byline, .author, [class*=byline]"))
                .map(name -> name.length() > 200 ? name.substring(0, 200) : name);
    }

    private static Optional<String> firstText(Document page, String selector) {
        Element element = page.selectFirst(selector);
        return element == null ? Optional.empty() : nonBlank(element.text());
    }

    private static Document parse(byte[] body, Optional<String> contentType, URI url) {
        String charset = contentType
                .map(CHARSET::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .filter(Charset::isSupported)
                .orElse(null);
        try {
            // a null charset lets jsoup read the BOM or <meta charset>, falling back to UTF-8
            return Jsoup.parse(new ByteArrayInputStream(body), charset, url.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read page " + url, e);
        }
    }

    /**
     * The main content: the element whose own paragraphs, plus half of its children's paragraphs, hold the most
     * text, widened to its parent when a sibling holds comparable paragraph text (an article split into sections);
     * a marked {@code <article>}, {@code
     * <main>} or {@code articleBody} is preferred when it holds at least as much paragraph text as that element.
     */
    private static Element mainContent(Document page) {
        Map<Element, Integer> own = new IdentityHashMap<>();
        for (Element element : page.body().getAllElements()) {
            own.put(element, paragraphText(element));
        }
        Element best = null;
        int bestScore = 0;
        for (Element element : page.body().getAllElements()) {
            int score = own.get(element) * 2;
            for (Element child : element.children()) {
                score += own.getOrDefault(child, 0);
            }
            if (score > bestScore) {
                best = element;
                bestScore = score;
            }
        }
        best = withSiblingBlocks(best, own);
        Element marked = page.selectFirst(MAIN);
        if (marked != null && (best == null || allParagraphText(marked) >= allParagraphText(best))) {
            return allParagraphText(marked) > 0 ? marked : best == null ? page.body() : best;
        }
        return best == null ? page.body() : best;
    }

    /** The parent of {@code best} when a sibling holds comparable paragraph text: an article split into blocks. */
    private static Element withSiblingBlocks(Element best, Map<Element, Integer> own) {
        if (best == null || best.parent() == null) {
            return best;
        }
        int threshold = Math.max(1, own.get(best) * 3 / 10);
        for (Element sibling : best.parent().children()) {
            if (sibling != best && own.getOrDefault(sibling, 0) >= threshold) {
                return best.parent();
            }
        }
        return best;
    }

    /** Characters of text in the element's own {@code <p>} children: paragraph density, simply. */
    private static int paragraphText(Element element) {
        int length = 0;
        for (Element child : element.children()) {
            if (child.normalName().equals("p")) {
                length += child.text().length();
            }
        }
        return length;
    }

    private static int allParagraphText(Element element) {
        return element.select("p").stream().mapToInt(p -> p.text().length()).sum();
    }

    private static Optional<String> language(Document page) {
        return nonBlank(
                        page.selectFirst("html") == null
                                ? ""
                                : page.selectFirst("html").attr("lang"))
                .or(() -> meta(page, "meta[http-equiv=content-language]"))
                .or(() -> meta(page, "meta[property=og:locale]"))
                .map(LANGUAGE::matcher)
                .filter(Matcher::matches)
                .map(m -> m.group(1).toLowerCase(Locale.ROOT));
    }

    /** An ISO-8601 date-time in the forms pages use, or a bare date taken as midnight UTC. */
    static Optional<Instant> instant(String value) {
        return PageMetadata.instant(value);
    }

    private static Optional<String> meta(Document page, String selector) {
        Element element = page.selectFirst(selector);
        return element == null ? Optional.empty() : nonBlank(element.attr("content"));
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
