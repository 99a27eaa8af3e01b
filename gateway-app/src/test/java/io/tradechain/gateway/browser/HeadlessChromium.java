package io.tradechain.gateway.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The machine's own chromium, headless, driven through its own chromedriver: nothing is downloaded
 * (Selenium Manager is told to stay offline and is never asked, as both paths are given), no
 * network service of the browser is contacted, and each start gets a fresh profile that {@link
 * #close()} deletes. Where either program is missing the calling test is skipped (a JUnit
 * assumption) with the package names to install; CI installs them (.ci/run).
 */
public final class HeadlessChromium implements AutoCloseable {
    /** Overridable with -Dtradechain.chromium / -Dtradechain.chromedriver. */
    static final String BROWSER = System.getProperty("tradechain.chromium", "/usr/bin/chromium");

    static final String DRIVER =
            System.getProperty("tradechain.chromedriver", "/usr/bin/chromedriver");

    private final Path profile;
    private final ChromeDriver driver;

    private HeadlessChromium(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** Starts the browser, or skips the test when chromium or chromedriver is not installed. */
    public static HeadlessChromium startOrSkip() {
        assumeTrue(
                new File(BROWSER).canExecute() && new File(DRIVER).canExecute(),
                () ->
                        "browser test skipped: "
                                + BROWSER
                                + " or "
                                + DRIVER
                                + " is missing (Debian: apt-get install chromium chromium-driver)");
        // Selenium passes SE_* system properties on to Selenium Manager: never download anything
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("webdriver.chrome.driver", DRIVER);
        Path profile;
        try {
            profile = Files.createTempDirectory("tradechain-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1400,1000",
                "--user-data-dir=" + profile);
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(DRIVER))
                        .usingAnyFreePort()
                        .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new HeadlessChromium(profile, driver);
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                // a profile left in the temporary directory harms nothing
            }
        }
    }
}
