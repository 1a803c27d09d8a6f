package org.anju.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's journey in a real browser: the new-account form shows only the binding the
 * role needs and offers the county's townships; the new clerk signs in with the temporary
 * password, is held on 修改密码 until they set their own, and then reaches the console.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class AccountsBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void anAdministratorCreatesATownshipClerkWhoMustChangeThePasswordFirst() throws Exception {
        String username = "clerk" + System.nanoTime() % 1_000_000;
        try (Browser browser = Browser.open(port)) {
            browser.login("admin", "Anju@2026");
            browser.go("/console/system/accounts/new");
            Select role = new Select(browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("role"))));
            role.selectByValue("TOWNSHIP_OFFICE");
            assertThat(browser.driver.findElement(By.id("estateId")).isDisplayed()).isFalse();
            WebElement township = browser.driver.findElement(By.id("townshipId"));
            browser.wait.until(d -> township.getText().contains("城关镇"));
            new Select(township).selectByVisibleText("城关镇");
            browser.driver.findElement(By.id("username")).sendKeys(username);
            browser.driver.findElement(By.id("displayName")).sendKeys("城关镇 新办事员");
            browser.driver.findElement(By.id("account-save")).click();
            String temporary = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.id("temporary-password"))).getText();

            browser.logout();
            browser.go("/login");
            browser.driver.findElement(By.id("username")).sendKeys(username);
            browser.driver.findElement(By.id("password")).sendKeys(temporary);
            browser.driver.findElement(By.id("login-submit")).click();
            browser.wait.until(ExpectedConditions.urlContains("/account/password"));
            browser.go("/console/estates");
            assertThat(browser.driver.getCurrentUrl()).contains("/account/password");
            browser.driver.findElement(By.id("current")).sendKeys(temporary);
            browser.driver.findElement(By.id("next")).sendKeys("Chengguan#2027");
            browser.driver.findElement(By.id("confirm")).sendKeys("Chengguan#2027");
            browser.driver.findElement(By.id("password-save")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash")));
            browser.go("/console/estates");
            assertThat(browser.driver.getCurrentUrl()).endsWith("/console/estates");
        }
    }
}
