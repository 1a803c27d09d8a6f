package org.anju.browser;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full rating round in the browser, on the demo's open 2026 round: the company (wuye) uploads a photo of
 * evidence and submits its self-assessment, the township (chengguan) sees the evidence and reviews on site, the county draws the panel, enters the three experts'
 * sheets, approves and publishes; the owners' committee (yeweihui) objects and the county answers; the star then
 * shows on the public list on a phone without login.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class RatingBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRoundGoesFromSelfAssessmentThroughTheTownshipExpertsApprovalAndPublicationToAnAnsweredObjection()
            throws Exception {
        long estate = jdbc.sql("select estate_id from idn_account where username = 'yeweihui'").query(Long.class).single();
        // the demo's round (the first open one with yeweihui's estate): in CI the unit tests opened rounds of their own
        long round = jdbc.sql("""
                select r.id from rat_round r join rat_entry e on e.round_id = r.id
                where r.status = 'OPEN' and e.estate_id = ? order by r.id limit 1""").param(estate)
                .query(Long.class).single();
        long project = jdbc.sql("select project_id from rat_entry where round_id = ? and estate_id = ?")
                .params(round, estate).query(Long.class).single();
        String page = "/console/rating/rounds/" + round + "/entries/" + project;
        try (Browser browser = Browser.open(port)) {
            browser.login("wuye", "Anju@2026");
            browser.go(page);
            // the company adds a photo of evidence; the page that comes back lists one file more
            int files = browser.driver.findElements(By.cssSelector(".evidence-file")).size();
            Path photo = Files.createTempFile(Path.of("target"), "evidence-", ".png");
            Files.write(photo, png());
            browser.driver.findElement(By.id("evidence-files-input")).sendKeys(photo.toAbsolutePath().toString());
            click(browser, browser.driver.findElement(By.cssSelector("#evidence-form button[type=submit]")));
            slow(browser).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".evidence-file"), files + 1));
            assertThat(browser.driver.findElement(By.id("flash")).getText()).contains("佐证材料已上传");
            fillAndSubmit(browser, "#self-form", 0.95);
            assertStage(browser, "SELF_ASSESSED");

            browser.logout();
            browser.login("chengguan", "Anju@2026");
            browser.go(page);
            assertThat(browser.text()).contains("评定参考证据", "投诉", "自评佐证材料", photo.getFileName().toString());
            // the township sees the company's photo as a thumbnail the server actually served
            slow(browser).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return Array.from(document"
                    + ".querySelectorAll('#evidence-files img')).some(i => i.complete && i.naturalWidth > 0);"));
            assertThat(browser.driver.findElements(By.cssSelector("#evidence-files [data-type='application/pdf']")))
                    .isNotEmpty();
            shot(browser, "rating-evidence-township.png");
            fillAndSubmit(browser, "#review-form", 0.85);
            assertStage(browser, "REVIEWED");

            browser.logout();
            browser.login("county", "Anju@2026");
            browser.go(page);
            click(browser, browser.driver.findElement(By.cssSelector("#draw-form button")));
            slow(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".expert-form")));
            int experts = browser.driver.findElements(By.cssSelector(".panel-member")).size();
            assertThat(experts).isEqualTo(3);
            for (int i = 0; i < experts; i++) {
                slow(browser).until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".expert-form"), i));
                ((JavascriptExecutor) browser.driver).executeScript(
                        "document.querySelectorAll('.panel-member details')[" + i + "].open = true;");
                WebElement f = browser.driver.findElements(By.cssSelector(".expert-form")).get(i);
                fill(browser, f, 0.9);
                click(browser, f.findElement(By.cssSelector("button[type=submit]")));
                slow(browser).until(ExpectedConditions.stalenessOf(f));
                slow(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "专家评分"));
            }
            assertStage(browser, "SCORED");
            // 0.4 × township + 0.6 × experts: about 88 points, four stars under the default thresholds
            assertThat(browser.driver.findElement(By.id("entry-star")).getText()).contains("★");
            click(browser, browser.driver.findElement(By.cssSelector("#approve-form button")));
            assertStage(browser, "APPROVED");
            browser.go("/console/rating/rounds/" + round);
            click(browser, browser.driver.findElement(By.cssSelector("#publish-form button")));
            slow(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("round-status"), "已公布"));
            shot(browser, "rating-round-published.png");

            browser.logout();
            browser.login("yeweihui", "Anju@2026");
            browser.go(page);
            browser.driver.findElement(By.id("reason")).sendKeys("本小区电梯困人半年内三次, 认为星级偏高, 请复核。");
            click(browser, browser.driver.findElement(By.cssSelector("#object-form button")));
            slow(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".objection")));

            browser.logout();
            browser.login("county", "Anju@2026");
            browser.go(page);
            WebElement answer = browser.driver.findElement(By.cssSelector(".answer-form"));
            answer.findElement(By.name("answer")).sendKeys("经复核, 电梯困人均在30分钟内处置, 维持原星级。");
            click(browser, answer.findElement(By.cssSelector("button[type=submit]")));
            slow(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".objection-answer")));
            assertThat(browser.text()).contains("维持原星级");
            Integer star = jdbc.sql("select star from rat_entry where round_id = ? and project_id = ?")
                    .params(round, project).query(Integer.class).single();
            assertThat(star).isBetween(1, 5);

            browser.logout();
            browser.driver.manage().window().setSize(new Dimension(390, 844));
            browser.go("/public/ratings/" + project);
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-star")));
            assertThat(browser.driver.findElement(By.cssSelector("#current-star .star-level")).getAttribute("data-star"))
                    .isEqualTo(String.valueOf(star));
            assertThat(browser.text()).contains("2026年度住宅物业服务星级评定");
            long width = (Long) ((JavascriptExecutor) browser.driver)
                    .executeScript("return document.documentElement.scrollWidth;");
            long viewport = (Long) ((JavascriptExecutor) browser.driver)
                    .executeScript("return document.documentElement.clientWidth;");
            assertThat(width).as("page width at 390 px").isLessThanOrEqualTo(viewport);
            shot(browser, "rating-public-390.png");
        }
    }

    /**
     * Gives every number input of the form the share of its maximum, then submits it; the caller then waits for the
     * stage the step leads to (the element that proves the step finished), with the long wait of {@link #slow}.
     */
    private static void fillAndSubmit(Browser browser, String form, double share) {
        WebElement f = browser.driver.findElement(By.cssSelector(form));
        fill(browser, f, share);
        click(browser, f.findElement(By.cssSelector("button[type=submit]")));
        slow(browser).until(ExpectedConditions.stalenessOf(f));
    }

    /** A wait for a step's result: a loaded shared machine may take far longer than the default 20 s to answer. */
    private static WebDriverWait slow(Browser browser) {
        WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(120));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** A small real PNG picture to upload as evidence. */
    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x4A8F5C));
        g.fillRect(8, 8, 40, 30);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static void fill(Browser browser, WebElement form, double share) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].querySelectorAll('input[type=number]')"
                + ".forEach(i => i.value = (Math.floor(i.max * " + share + " * 10) / 10).toFixed(1));", form);
    }

    /** Waits for the project's page in that stage; when it does not come, says which page came instead. */
    private static void assertStage(Browser browser, String stage) {
        try {
            slow(browser).until(ExpectedConditions.attributeToBe(By.id("entry-stage"), "data-stage", stage));
        } catch (TimeoutException e) {
            String body = browser.driver.getPageSource();
            throw new AssertionError("stage " + stage + " not reached; at " + browser.driver.getCurrentUrl() + ": "
                    + body.substring(0, Math.min(body.length(), 3000)), e);
        }
    }

    /** Scrolls to the element and clicks it. */
    private static void click(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    private static void shot(Browser browser, String file) throws Exception {
        Path shot = ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", file), StandardCopyOption.REPLACE_EXISTING);
    }
}
