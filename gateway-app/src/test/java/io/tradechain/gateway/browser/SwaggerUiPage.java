package io.tradechain.gateway.browser;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The gateway's Swagger UI as a person uses it: the Authorize dialog, and operations found by their
 * HTTP method and path as the page shows them (never by element ids, which follow operationIds),
 * opened, tried out and executed.
 */
public final class SwaggerUiPage {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Pattern STATUS = Pattern.compile("\\b([1-5][0-9]{2})\\b");

    private final WebDriver driver;
    private final WebDriverWait wait;

    public SwaggerUiPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, PATIENCE);
    }

    /** Opens the Swagger UI under {@code gateway} and waits until it lists the operations. */
    public SwaggerUiPage open(URI gateway) {
        driver.get(gateway.resolve("/q/swagger-ui").toString());
        wait.until(
                ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(".opblock .opblock-summary-method")));
        return this;
    }

    /**
     * Authorize: logs out whoever is logged in, then logs {@code user} in with HTTP Basic and
     * closes the dialog.
     */
    public void logInAs(String user, String password) {
        openAuthorizeDialog();
        WebElement dialog = driver.findElement(By.cssSelector(".modal-ux"));
        for (WebElement button : dialog.findElements(By.tagName("button"))) {
            if ("Logout".equals(button.getText().trim())) {
                button.click();
                break;
            }
        }
        WebElement name =
                wait.until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector(".modal-ux input[type='text']")));
        name.sendKeys(user);
        driver.findElement(By.cssSelector(".modal-ux input[type='password']")).sendKeys(password);
        buttonNamed(".modal-ux", "Authorize").click();
        wait.until(
                d ->
                        !d.findElements(
                                        By.xpath(
                                                "//div[contains(@class,'modal-ux')]//button[normalize-space()"
                                                        + "='Logout']"))
                                .isEmpty());
        closeDialog();
    }

    /** Authorize, then Logout, leaving nobody logged in. */
    public void logOut() {
        openAuthorizeDialog();
        buttonNamed(".modal-ux", "Logout").click();
        wait.until(
                ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".modal-ux input[type='password']")));
        closeDialog();
    }

    /** The page's Authorize button shows a closed lock once someone is logged in. */
    public boolean loggedIn() {
        return driver.findElement(By.cssSelector(".auth-wrapper button.authorize"))
                .getAttribute("class")
                .matches(".*\\blocked\\b.*");
    }

    private void openAuthorizeDialog() {
        driver.findElement(By.cssSelector(".auth-wrapper button.authorize")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-ux")));
    }

    private void closeDialog() {
        buttonNamed(".modal-ux", "Close").click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-ux")));
    }

    private WebElement buttonNamed(String within, String text) {
        return wait.until(
                d ->
                        d.findElements(By.cssSelector(within + " button")).stream()
                                .filter(b -> text.equals(b.getText().trim()) && b.isDisplayed())
                                .findFirst()
                                .orElse(null));
    }

    /**
     * The operation {@code method path} (e.g. POST /api/v1/receivables/certificates), opened and in
     * "Try it out".
     */
    public Operation operation(String method, String path) {
        WebElement block =
                wait.until(
                        d ->
                                (WebElement)
                                        ((JavascriptExecutor) d)
                                                .executeScript(
                                                        """
                const [method, path] = arguments;
                const text = e => e ? e.textContent.replace(/[\\u200b\\s]/g, '') : '';
                return [...document.querySelectorAll('.opblock')].find(b =>
                    text(b.querySelector('.opblock-summary-method')) === method
                    && text(b.querySelector('.opblock-summary-path')) === path) || null;
                """,
                                                        method,
                                                        path));
        if (!block.getAttribute("class").contains("is-open")) {
            ((JavascriptExecutor) driver)
                    .executeScript("arguments[0].scrollIntoView({block: 'center'});", block);
            block.findElement(By.cssSelector(".opblock-summary-method")).click();
        }
        WebElement tryOut =
                wait.until(
                        d ->
                                block.findElements(By.cssSelector("button.try-out__btn")).stream()
                                        .findFirst()
                                        .orElse(null));
        if (tryOut.getText().trim().equals("Try it out")) {
            tryOut.click();
        }
        wait.until(d -> !block.findElements(By.cssSelector("button.execute")).isEmpty());
        return new Operation(block);
    }

    /** One opened operation in "Try it out" mode. */
    public final class Operation {
        private final WebElement block;

        private Operation(WebElement block) {
            this.block = block;
        }

        public Operation parameter(String name, String value) {
            WebElement input =
                    block.findElement(By.cssSelector("tr[data-param-name='" + name + "'] input"));
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            input.sendKeys(value);
            return this;
        }

        /**
         * Replaces the request body's text. Typed key by key this takes minutes on a busy machine,
         * so the text is set at once the way React expects it (the element's own value setter, then
         * an input event), as a paste does.
         */
        public Operation body(String json) {
            WebElement text = block.findElement(By.cssSelector("textarea.body-param__text"));
            ((JavascriptExecutor) driver)
                    .executeScript(
                            """
                    const [area, value] = arguments;
                    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(area, value);
                    area.dispatchEvent(new Event('input', {bubbles: true}));
                    """,
                            text,
                            json);
            wait.until(d -> json.equals(text.getAttribute("value")));
            return this;
        }

        /** Execute, and the answer as the page shows it. */
        public Answer execute() {
            for (WebElement clear : block.findElements(By.cssSelector("button.btn-clear"))) {
                clear.click();
            }
            block.findElement(By.cssSelector("button.execute")).click();
            WebElement status =
                    wait.until(
                            d ->
                                    block
                                            .findElements(
                                                    By.cssSelector(
                                                            ".live-responses-table .response .response-col_status"))
                                            .stream()
                                            .findFirst()
                                            .orElse(null));
            Matcher code = STATUS.matcher(status.getText());
            if (!code.find()) {
                throw new AssertionError(
                        "no HTTP status in the response shown: " + status.getText());
            }
            // the body's code block (its "Download" button is a sibling of the <pre>)
            String body =
                    block
                            .findElements(
                                    By.cssSelector(
                                            ".live-responses-table .response "
                                                    + ".response-col_description .highlight-code pre"))
                            .stream()
                            .findFirst()
                            .map(e -> e.getAttribute("textContent"))
                            .orElse("");
            return new Answer(Integer.parseInt(code.group(1)), body);
        }
    }

    /** The status and body Swagger UI shows under "Server response". */
    public record Answer(int status, String body) {}
}
