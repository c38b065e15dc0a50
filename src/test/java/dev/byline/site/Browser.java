package dev.byline.site;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium from the Debian packages {@code chromium} and {@code chromium-driver}
 * ({@code .ci/run} installs them when missing). Both paths are given, so Selenium Manager never
 * runs and nothing is downloaded at test time.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** Generous: the machine is shared, and a wait only lasts as long as the page needs. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final ChromeDriverService service;
    final ChromeDriver driver;

    private Browser(ChromeDriverService service, ChromeDriver driver) {
        this.service = service;
        this.driver = driver;
    }

    static Browser start() {
        for (String binary : new String[] {CHROMIUM, CHROMEDRIVER}) {
            if (!new File(binary).canExecute()) {
                throw new IllegalStateException(binary + " is missing: install the Debian packages chromium and "
                        + "chromium-driver (.ci/run does so when they are missing)");
            }
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,2200", "--lang=en-GB", "--hide-scrollbars");
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PATIENCE).scriptTimeout(PATIENCE);
        return new Browser(service, driver);
    }

    /** Opens the page and waits until its script has rendered it (the body's data-ready). */
    void open(String url) {
        driver.get(url);
        waitFor(By.cssSelector("body[data-ready='true']"));
    }

    void waitFor(By locator) {
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, PATIENCE);
    }

    Path screenshot(String name) throws Exception {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return target;
    }

    ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}
