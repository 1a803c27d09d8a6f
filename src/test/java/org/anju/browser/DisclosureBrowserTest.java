package org.anju.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident scans the poster's QR code: the estate's board reads on a 390 px phone without login, in Chinese;
 * the township clerk then sees the boards missing items or stale in the console.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class DisclosureBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePublicBoardReadsOnAPhoneWithoutLoginAndTheTownshipSeesStaleBoards() throws Exception {
        long estate = jdbc.sql("""
                        select estate_id from dsc_board b where missing_count = 0 and has_lifts
                          and version = (select max(version) from dsc_board x where x.estate_id = b.estate_id)
                        order by published_on desc, estate_id limit 1""").query(Long.class).single();
        String name = jdbc.sql("select name from reg_estate where id = ?").param(estate).query(String.class).single();
        try (Browser browser = Browser.open(port)) {
            browser.driver.manage().window().setSize(new Dimension(390, 844));
            browser.go("/public/estates/" + estate + "/disclosure");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("public-board")));
            long width = (Long) ((JavascriptExecutor) browser.driver)
                    .executeScript("return document.documentElement.scrollWidth;");
            long viewport = (Long) ((JavascriptExecutor) browser.driver)
                    .executeScript("return document.documentElement.clientWidth;");
            assertThat(width).as("page width at 390 px").isLessThanOrEqualTo(viewport);
            assertThat(browser.text()).contains(name, "物业服务信息公示", "收费项目和标准", "电梯维保单位",
                    "不得收取公示收费项目以外的费用");
            assertThat(browser.driver.findElement(By.id("poster-link")).isDisplayed()).isTrue();
            shot(browser, "disclosure-public-390.png");

            browser.driver.manage().window().setSize(new Dimension(1280, 900));
            browser.login("chengguan", "Anju@2026");
            browser.go("/console/disclosures?state=STALE");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("disclosures-table")));
            assertThat(browser.text()).contains("信息公示栏", "超3个月未更新");
            assertThat(browser.driver.findElements(By.cssSelector("#disclosures-table tr[data-state='STALE']")))
                    .isNotEmpty();
            shot(browser, "disclosure-township-stale.png");
        }
    }

    private static void shot(Browser browser, String file) throws Exception {
        Path shot = ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", file), StandardCopyOption.REPLACE_EXISTING);
    }
}
