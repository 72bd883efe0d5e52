package io.dealwire.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pages' own files, as shipped in the jar: no inline scripts, styles or event handlers (the CSP would block
 * them anyway), no HTML parsing of data, nothing loaded from another origin.
 */
class StaticAssetsTest {
    private static final List<String> PAGES = List.of("index.html", "deal.html", "charts.html", "ops.html");
    private static final List<String> SCRIPTS = List.of("common.js", "desk.js", "deal.js", "charts.js", "ops.js");

    @Test
    void pagesHaveNoInlineCodeAndLoadOnlyTheirOwnFiles() throws IOException {
        for (String page : PAGES) {
            String html = read(page);
            assertThat(Pattern.compile("<script(?![^>]*\\bsrc=\"/static/)")
                            .matcher(html)
                            .find())
                    .as(page + " has an inline script")
                    .isFalse();
            assertThat(html).as(page).doesNotContain("<style", "style=", "javascript:", "//cdn", "http://", "https://");
            assertThat(Pattern.compile("\\son[a-z]+=").matcher(html).find())
                    .as(page + " has an event handler attribute")
                    .isFalse();
            assertThat(html).as(page).contains("<meta name=\"viewport\"", "<html lang=\"en\">", "<main id=\"main\">");
        }
    }

    @Test
    void scriptsNeverParseDataAsHtml() throws IOException {
        for (String script : SCRIPTS) {
            // the SVG namespace is a name, not a URL anything is loaded from
            assertThat(read(script).replace("\"http://www.w3.org/2000/svg\"", "SVG_NS"))
                    .as(script)
                    .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(")
                    .doesNotContain("new Function", "setAttribute(\"style\"", "https://", "http://");
        }
    }

    private static String read(String file) throws IOException {
        try (InputStream in = StaticAssetsTest.class.getResourceAsStream("/io/dealwire/app/ui/static/" + file)) {
            assertThat(in).as(file + " is in the jar").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
