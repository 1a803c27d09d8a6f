package org.anju.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fund in a real browser (issue 8): the county runs the last quarter's interest batch from the deposits page
 * (confirming the dialog) and sees it in the list; the owner reads their account and its interest on a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class FundBrowserTest {

    private static final String PASSWORD = "Anju@2026";

    @LocalServerPort
    int port;

    @Test
    void theCountyRunsTheInterestBatchAndTheOwnerReadsTheirAccountOnAPhone() throws Exception {
        // the last settled quarter (the bank settles on the 20th of March, June, September and December): the demo
        // allocated it in two communities only, so the batch gives it to the rest and counts those as done
        LocalDate end = settlementBefore(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        LocalDate start = settlementBefore(end).plusDays(1);
        try (Browser browser = Browser.open(port)) {
            browser.login("county", PASSWORD);
            browser.go("/console/fund/deposits");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fund-batch-form")));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            js.executeScript("document.getElementById('batchStart').value = arguments[0];"
                    + "document.getElementById('batchEnd').value = arguments[1];", start.toString(), end.toString());
            var run = browser.driver.findElement(By.cssSelector("#fund-batch-form [type=submit]"));
            // clicked by script after this call returns: the confirm dialog it opens would block the call itself
            js.executeScript("var b = arguments[0]; b.scrollIntoView({block: 'center'});"
                    + " setTimeout(function () { b.click(); }, 0);", run);
            browser.wait.until(ExpectedConditions.alertIsPresent()).accept();
            var row = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#fund-batches tr.table-success")));
            assertThat(row.getText()).contains(start + " ~ " + end).contains("平衡");
            assertThat(browser.text()).contains("批量结息已完成");
            screenshot(browser, "county-interest-batch.png");

            browser.logout();
            browser.login("yezhu", PASSWORD);
            browser.driver.manage().window().setSize(new Dimension(390, 844));
            browser.go("/console/fund");
            browser.wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("a[href*='/console/fund/accounts/']"))).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fund-movements")));
            assertThat(browser.driver.findElement(By.id("fund-movements")).getText()).contains("利息");
            long width = (Long) js.executeScript("return document.documentElement.scrollWidth;");
            long viewport = (Long) js.executeScript("return document.documentElement.clientWidth;");
            assertThat(width).as("page width at 390 px").isLessThanOrEqualTo(viewport);
            screenshot(browser, "yezhu-fund-account-390.png");
        }
    }

    /** The last bank settlement day strictly before the day. */
    private static LocalDate settlementBefore(LocalDate day) {
        LocalDate d = day.minusDays(1);
        while (!(d.getDayOfMonth() == 20 && d.getMonthValue() % 3 == 0)) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static void screenshot(Browser browser, String name) throws Exception {
        Path shot = ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
