package io.dealwire.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleHtmlTest {

    @Test
    void plainTextKeepsParagraphsAndDropsScripts() {
        String html = "<p>Première  phrase.</p><script>alert('x')</script><div>Deuxième<br>ligne</div>";

        assertThat(ArticleHtml.plainText(html)).isEqualTo("Première phrase.\n\nDeuxième\n\nligne");
    }

    @Test
    void safeHtmlDropsScriptsHandlersIframesAndNonHttpLinks() {
        String html = "<p onclick=\"x()\">Texte <a href=\"javascript:alert(1)\">a</a> <a href=\"/b\">b</a>"
                + " <a href=\"mailto:x@example.com\">c</a></p><iframe src=\"https://evil.example\"></iframe>"
                + "<script>1</script><img src=\"data:image/png;base64,AAAA\">";

        assertThat(ArticleHtml.safeHtml(html, "https://news.example/a/"))
                .isEqualTo("<p>Texte <a rel=\"nofollow noopener\">a</a> <a href=\"https://news.example/b\""
                        + " rel=\"nofollow noopener\">b</a> <a rel=\"nofollow noopener\">c</a></p><img>");
    }
}
