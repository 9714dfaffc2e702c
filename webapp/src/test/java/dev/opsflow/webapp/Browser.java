package dev.opsflow.webapp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium through Debian's chromedriver (no driver download: both binaries
 * come from apt, see .ci/run), with the flags of STACK.md. Screenshots go to {@code docs/screenshots/}.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");

  final ChromeDriver driver;
  private final String base;

  Browser(String base) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--window-size=1280,900", "--lang=en-US");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    this.driver = new ChromeDriver(service, options);
    this.base = base;
  }

  void open(String path) {
    driver.get(base + path);
  }

  WebElement find(String css) {
    return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  void type(String css, String text) {
    WebElement element = find(css);
    element.clear();
    element.sendKeys(text);
  }

  void click(String css) {
    find(css).click();
  }

  /** Waits until the page's text contains {@code text}. */
  void waitForText(String text) {
    new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
  }

  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  void login(String email, String password) {
    open("/login");
    type("#email", email);
    type("#password", password);
    click("form.stack button[type=submit]");
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
  }

  void logout() {
    click("form.logout button");
    waitForText("You are signed out.");
  }

  /** Posts a form from inside the page with the page's own session and {@code fields}; returns the HTTP status. */
  long fetchPost(String path, String... fieldsAndValues) {
    return (Long) script("""
        const body = new URLSearchParams();
        for (let i = 0; i < arguments[1].length; i += 2) body.append(arguments[1][i], arguments[1][i + 1]);
        return fetch(arguments[0], {method: 'POST', body: body, redirect: 'manual'}).then(r => r.status);""",
        path, fieldsAndValues);
  }

  /** The session's CSRF token, as the page's own forms carry it. */
  String csrf() {
    return find("input[name=_csrf]").getDomAttribute("value");
  }

  /** Saves the whole page as {@code docs/screenshots/<name>.png}. */
  void screenshot(String name) {
    Dimension original = driver.manage().window().getSize();
    long height = (Long) script("return Math.min(4000, Math.max(document.body.scrollHeight, document.documentElement.scrollHeight));");
    driver.manage().window().setSize(new Dimension(1280, (int) Math.max(900, height)));
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.manage().window().setSize(original);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
