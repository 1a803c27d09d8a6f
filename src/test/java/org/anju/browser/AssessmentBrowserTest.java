package org.anju.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year's township assessment end to end in a real browser, on the demo county's current year (its system copied
 * from last year by the demo): the county adds an indicator, computes, enters every township's assessor score with
 * its evidence, approves and publishes; the ranking shows without login; 城关镇's clerk sees its own breakdown and where to improve.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class AssessmentBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void theCountyRunsAYearEndToEndAndATownshipSeesItsBreakdown() throws Exception {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        try (Browser browser = Browser.open(port)) {
            browser.login("county", "Anju@2026");
            browser.go("/console/stats/assessment?year=" + year);
            // the demo copied last year's system into this year; the county adds one more indicator
            int before = browser.driver.findElements(By.cssSelector("#indicator-table tbody tr")).size();
            browser.driver.findElement(By.id("name")).sendKeys("浏览器测试: 投诉满意率");
            browser.driver.findElement(By.id("weight")).sendKeys("5");
            new Select(browser.driver.findElement(By.id("kind"))).selectByValue("FORMULA");
            new Select(browser.driver.findElement(By.id("measureCode"))).selectByValue("casework.satisfaction-rate");
            browser.driver.findElement(By.id("target")).sendKeys("90");
            click(browser, "indicator-save");
            assertThat(browser.driver.findElements(By.cssSelector("#indicator-table tbody tr"))).hasSize(before + 1);
            click(browser, "assessment-compute");
            List<String> breakdowns = browser.driver.findElements(By.cssSelector("#ranking-table a")).stream()
                    .map(a -> a.getAttribute("href")).toList();
            assertThat(breakdowns).hasSizeGreaterThan(3);

            for (String link : breakdowns) {
                browser.driver.get(link);
                for (int n = 0; ; n++) {
                    List<WebElement> forms = browser.driver.findElements(By.cssSelector("form.entry-form"));
                    if (n >= forms.size()) {
                        break;
                    }
                    WebElement form = forms.get(n);
                    WebElement points = form.findElement(By.name("points"));
                    points.clear();
                    points.sendKeys("12");
                    form.findElement(By.name("evidenceText")).sendKeys("查阅台账, 抽查小区");
                    submit(browser, form.findElement(By.cssSelector("button[type=submit]")));
                }
            }

            browser.go("/console/stats/assessment?year=" + year);
            click(browser, "assessment-approve");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assessment-status"), "已审定"));
            click(browser, "assessment-publish");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assessment-status"), "已公布"));
            String first = browser.driver.findElement(By.cssSelector("#ranking-table tbody tr td:nth-child(2)")).getText();

            browser.logout();
            browser.go("/public/assessment/" + year);
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("public-assessment")));
            assertThat(browser.text()).contains(year + "年度乡镇物业管理工作考核结果").contains(first).contains("城关镇");

            browser.login("chengguan", "Anju@2026");
            browser.go("/console/stats/assessment?year=" + year);
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("breakdown-table")));
            assertThat(browser.text()).contains("城关镇").contains("改进方向");
            assertThat(browser.driver.findElement(By.id("breakdown-rank")).getText()).contains("/");
            assertThat(browser.driver.findElements(By.cssSelector("form.entry-form"))).isEmpty();
            assertThat(browser.driver.findElements(By.cssSelector("#breakdown-table tbody tr"))).hasSizeGreaterThan(5);
        }
    }

    /** Clicks a form's button and waits for the page it leads to, with its flash message. */
    private static void click(Browser browser, String id) {
        submit(browser, browser.wait.until(ExpectedConditions.elementToBeClickable(By.id(id))));
    }

    private static void submit(Browser browser, WebElement button) {
        WebElement page = browser.driver.findElement(By.tagName("html"));
        // the last entry forms sit at the page's foot, under the previous save's flash toast: scroll, then click there
        ((JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
        browser.wait.until(ExpectedConditions.stalenessOf(page));
        browser.wait.until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("flash")),
                ExpectedConditions.presenceOfElementLocated(By.id("form-errors"))));
        assertThat(browser.driver.findElements(By.id("form-errors"))).as(browser.text()).isEmpty();
    }
}
