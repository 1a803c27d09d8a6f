package org.anju.browser;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo owner votes on a 390 px phone: opens the demo's open vote, agrees to every motion, gets receipts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class VotingBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void anOwnerVotesOnAPhoneAndReadsTheirReceipts() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.login("yezhu", "Anju@2026");
            browser.driver.manage().window().setSize(new Dimension(390, 844));
            browser.go("/console/me/votes");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-votes")));
            browser.driver.findElement(By.xpath("//ul[@id='my-votes']//li[.//span[contains(@class,'text-bg-success')]]//a"))
                    .click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ballot-form")));
            List<WebElement> agree = browser.driver.findElements(By.cssSelector("#ballot-form label[for$='AGREE']"));
            assertThat(agree).hasSizeGreaterThanOrEqualTo(1);
            for (WebElement label : agree) {
                ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView(true);", label);
                label.click();
            }
            browser.driver.findElement(By.id("ballot-submit")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-receipts")));
            assertThat(browser.driver.findElements(By.cssSelector("#my-receipts .receipt"))).hasSize(agree.size());
            assertThat(browser.driver.findElements(By.cssSelector("#my-receipts .my-choice")))
                    .allSatisfy(e -> assertThat(e.getText()).isEqualTo("同意"));
            long width = (Long) ((JavascriptExecutor) browser.driver)
                    .executeScript("return document.documentElement.scrollWidth;");
            long viewport = (Long) ((JavascriptExecutor) browser.driver)
                    .executeScript("return document.documentElement.clientWidth;");
            assertThat(width).as("page width at 390 px").isLessThanOrEqualTo(viewport);
        }
    }
}
