package io.dealwire.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeLinksTest {
    @Test
    void onlyAbsoluteHttpAndHttpsLinksSurvive() {
        assertThat(SafeLinks.http("https://www.example.com/a?b=1")).contains("https://www.example.com/a?b=1");
        assertThat(SafeLinks.http("HTTP://example.com/")).contains("HTTP://example.com/");
        assertThat(SafeLinks.http("javascript:alert(1)")).isEmpty();
        assertThat(SafeLinks.http("data:text/html,<script>alert(1)</script>")).isEmpty();
        assertThat(SafeLinks.http("/relative/path")).isEmpty();
        assertThat(SafeLinks.http("ftp://example.com/file")).isEmpty();
        assertThat(SafeLinks.http("http:///no-host")).isEmpty();
        assertThat(SafeLinks.http(null)).isEmpty();
    }

    @Test
    void outletIsTheHostWithoutWww() {
        assertThat(SafeLinks.outlet("https://www.Example.com/x")).contains("example.com");
        assertThat(SafeLinks.outlet("javascript:alert(1)")).isEmpty();
    }
}
