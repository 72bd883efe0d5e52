package io.dealwire.ingest.article;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeVisitor;

/**
 * Turns untrusted article HTML into the two forms dealwire stores: plain text with paragraph breaks (for
 * enrichment) and sanitised HTML (an allow-list of formatting tags; links and images http/https only, no scripts,
 * event handlers, iframes or styles).
 */
public final class ArticleHtml {
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "br",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "blockquote",
            "pre",
            "tr",
            "section",
            "article",
            "header",
            "footer",
            "figcaption",
            "dd",
            "dt",
            "table",
            "ul",
            "ol",
            "hr");
    private static final Safelist SAFE = Safelist.relaxed()
            .removeProtocols("a", "href", "ftp", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    private ArticleHtml() {}

    /** Plain text of {@code html}: block elements separated by blank lines, whitespace collapsed, trimmed. */
    public static String plainText(String html) {
        return plainText(Jsoup.parseBodyFragment(html).body());
    }

    /** Plain text of an element already parsed, same rules as {@link #plainText(String)}. */
    public static String plainText(Element root) {
        StringBuilder out = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    out.append('\n');
                }
            }
        });
        return tidy(out.toString());
    }

    /** Sanitised HTML of {@code html}; relative links are resolved against {@code baseUri} and kept if http(s). */
    public static String safeHtml(String html, String baseUri) {
        Document.OutputSettings compact = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, baseUri, SAFE, compact).strip();
    }

    private static String tidy(String text) {
        String[] lines = text.replace('\u00a0', ' ').split("\n");
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            String collapsed = line.replaceAll("[ \\t\\x0B\\f\\r]+", " ").strip();
            if (collapsed.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(collapsed);
        }
        return out.toString();
    }
}
