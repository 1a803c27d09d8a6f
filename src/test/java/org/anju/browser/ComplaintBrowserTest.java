package org.anju.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7's journey: the demo owner reports illegal building on a 390 px phone; the duty list sends it to the
 * county's urban management bureau (the demo department account), which accepts and resolves it; the owner rates
 * it; the county's figures count it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class ComplaintBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReportFiledOnAPhoneReachesTheRightBodyIsHandledRatedAndCounted() throws Exception {
        String path;
        try (Browser owner = Browser.open(port)) {
            owner.login("yezhu", "Anju@2026");
            owner.driver.manage().window().setSize(new Dimension(390, 844));
            owner.go("/console/complaints/new");
            owner.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("complaint-form")));
            new Select(owner.driver.findElement(By.id("category"))).selectByValue("ILLEGAL_BUILDING");
            owner.driver.findElement(By.id("text")).sendKeys("3号楼楼顶有人违章搭建彩钢房, 请尽快处理");
            click(owner, owner.driver.findElement(By.id("complaint-submit")));
            owner.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("complaint-summary")));
            path = new java.net.URI(owner.driver.getCurrentUrl()).getPath();
            assertThat(path).matches("/console/complaints/\\d+");
            assertThat(owner.driver.findElement(By.id("complaint-body")).getText()).contains("县城市管理局");
            assertThat(owner.driver.findElement(By.id("complaint-status")).getText()).isEqualTo("已派单");
        }
        try (Browser department = Browser.open(port)) {
            department.login("bumen", "Anju@2026");
            department.go(path);
            act(department, "ACCEPT", null);
            assertThat(department.driver.findElement(By.id("complaint-status")).getText()).isEqualTo("处理中");
            act(department, "RESOLVE", "已责令拆除, 彩钢房已拆除完毕");
            assertThat(department.driver.findElement(By.id("complaint-status")).getText()).isEqualTo("已办结");
            assertThat(department.driver.findElement(By.id("complaint-reporter")).getText())
                    .as("the body complained to never sees who reported").doesNotContain("业主");
        }
        try (Browser owner = Browser.open(port)) {
            owner.login("yezhu", "Anju@2026");
            owner.driver.manage().window().setSize(new Dimension(390, 844));
            owner.go(path);
            owner.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("action-RATE")));
            click(owner, owner.driver.findElement(By.cssSelector("#action-RATE label[for='rating-SATISFIED']")));
            act(owner, "RATE", "处理及时");
            assertThat(owner.driver.findElement(By.id("complaint-status")).getText()).isEqualTo("已关闭");
        }
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select status || ' ' || rating from cas_case where id = ?").param(id).query(String.class)
                .single()).isEqualTo("CLOSED SATISFIED");
        try (Browser county = Browser.open(port)) {
            county.login("county", "Anju@2026");
            county.go("/console/complaints/stats?groupBy=BODY");
            county.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
            assertThat(county.driver.findElement(By.tagName("main")).getText()).contains("县城市管理局");
        }
    }

    /** Submits one action form of the detail page, with a note, and waits for the page to come back. */
    private static void act(Browser browser, String action, String note) {
        WebElement form = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("action-" + action)));
        if (note != null) {
            form.findElement(By.name("note")).sendKeys(note);
        }
        WebElement button = form.findElement(By.cssSelector("button[type=submit]"));
        click(browser, button);
        browser.wait.until(ExpectedConditions.stalenessOf(button));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("complaint-status")));
    }

    /** Scrolls to the element and clicks it as a finger would; the phone's fixed bars may cover a plain click. */
    private static void click(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }
}
