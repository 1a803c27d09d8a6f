package org.anju.browser;

import java.nio.file.Files;
import java.nio.file.Path;
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

/** The demo owner on a 390 px phone: 我的 fits the screen's width, with every section and the download buttons. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class MeBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void theOwnersPageReadsOnAPhoneWithoutScrollingSideways() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.login("yezhu", "Anju@2026");
            browser.driver.manage().window().setSize(new Dimension(390, 844));
            browser.go("/console/me");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("me-export-xlsx")));
            long width = (Long) ((JavascriptExecutor) browser.driver)
                    .executeScript("return document.documentElement.scrollWidth;");
            long viewport = (Long) ((JavascriptExecutor) browser.driver)
                    .executeScript("return document.documentElement.clientWidth;");
            assertThat(width).as("page width at 390 px").isLessThanOrEqualTo(viewport);
            assertThat(browser.text()).contains("我的房屋", "我的个人信息", "谁查看了我的个人信息", "导出我的数据");
            assertThat(browser.driver.findElement(By.id("me-export-xlsx")).isDisplayed()).isTrue();
            Path shot = ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, Path.of("target", "yezhu-me-390.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
