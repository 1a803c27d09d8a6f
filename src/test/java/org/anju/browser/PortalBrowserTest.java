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
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident on a 390 px phone, without login: searches the estate by name on the portal, opens its page, files a
 * complaint from there and looks up its progress with the number and code received.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class PortalBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aResidentFindsTheEstateFilesAComplaintAndLooksItUpOnAPhone() throws Exception {
        String name = jdbc.sql("""
                select e.name from dsc_board b join reg_estate e on e.id = b.estate_id
                order by b.estate_id limit 1""").query(String.class).single();
        try (Browser browser = Browser.open(port)) {
            browser.driver.manage().window().setSize(new Dimension(390, 844));
            browser.go("/");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("estate-search")));
            fitsThePhone(browser);
            assertThat(browser.text()).contains("通知公告", "政策法规", "台前县县城区物业提升工作三年行动方案");
            browser.driver.findElement(By.cssSelector("#estate-search input[name=q]")).sendKeys(name);
            browser.driver.findElement(By.cssSelector("#estate-search button")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("estate-results")));
            browser.driver.findElement(By.linkText(name)).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("public-estate")));
            fitsThePhone(browser);
            assertThat(browser.text()).contains(name, "物业服务信息公示", "维修资金使用公示");
            shot(browser, "portal-estate-390.png");

            browser.driver.findElement(By.id("estate-complaint")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("complaint-form")));
            fitsThePhone(browser);
            new Select(browser.driver.findElement(By.id("category"))).selectByIndex(1);
            browser.driver.findElement(By.id("text")).sendKeys("小区东门路灯坏了一个月没人修");
            browser.driver.findElement(By.id("reporterPhone")).sendKeys("13711112222");
            browser.driver.findElement(By.id("complaint-submit")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-number")));
            String number = browser.driver.findElement(By.id("receipt-number")).getText();
            assertThat(browser.driver.findElement(By.id("receipt-code")).getText()).hasSize(8);
            shot(browser, "portal-complaint-filed-390.png");

            browser.driver.findElement(By.linkText("投诉办理进度查询")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("status-result")));
            assertThat(browser.text()).contains(number).doesNotContain("13711112222", "路灯坏了");
            fitsThePhone(browser);
        }
    }

    private static void fitsThePhone(Browser browser) {
        long width = (Long) ((JavascriptExecutor) browser.driver)
                .executeScript("return document.documentElement.scrollWidth;");
        long viewport = (Long) ((JavascriptExecutor) browser.driver)
                .executeScript("return document.documentElement.clientWidth;");
        assertThat(width).as("page width at 390 px on " + browser.driver.getCurrentUrl()).isLessThanOrEqualTo(viewport);
    }

    private static void shot(Browser browser, String file) throws Exception {
        Path shot = ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", file), StandardCopyOption.REPLACE_EXISTING);
    }
}
