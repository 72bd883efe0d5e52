package io.dealwire.app.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system's Chromium, headless, driven through the system's chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}); nothing is downloaded. Tests that need it are skipped, saying why, when either is
 * missing. Screenshots go to {@code target/ui-screenshots/}.
 */
final class HeadlessChromium {
    static final Path BROWSER = Path.of(System.getProperty("dealwire.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("dealwire.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "ui-screenshots");

    private HeadlessChromium() {}

    /** Skips the calling test unless both Chromium and chromedriver are installed. */
    static void assumeInstalled() {
        assumeTrue(
                Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
                "browser tests need " + BROWSER + " and " + DRIVER
                        + " (apt-get install chromium chromium-driver; .ci/run installs them when it can)");
    }

    /** A fresh headless browser with its own profile in {@code profile}, at the given window size. */
    static ChromeDriver start(Path profile, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(60))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Saves a PNG of the viewport as {@code target/ui-screenshots/<name>.png} and prints its path. */
    static Path screenshot(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png").toAbsolutePath();
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
            System.out.println("screenshot: " + target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
