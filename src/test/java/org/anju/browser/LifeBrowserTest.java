package org.anju.browser;

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

/** Issue 12's journey on a 390 px phone: the demo owner books a life service, then pays a property-fee bill. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class LifeBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void anOwnerBooksAServiceAndPaysABillOnAPhone() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.login("yezhu", "Anju@2026");
            browser.driver.manage().window().setSize(new Dimension(390, 844));

            browser.go("/console/services");
            WebElement book = browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.anju-book")));
            scrollTo(browser, book);
            book.click();
            WebElement form = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("book-form")));
            assertThat(form.findElement(By.id("houseId")).getText()).as("the address comes from the owner's house")
                    .isNotBlank();
            form.findElement(By.id("note")).sendKeys("请上午来");
            WebElement submit = form.findElement(By.cssSelector("button[type=submit]"));
            scrollTo(browser, submit);
            submit.click();
            browser.wait.until(ExpectedConditions.urlContains("/console/bookings"));
            assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("预约已提交").contains("请上午来");

            browser.go("/console/me/bills");
            WebElement pay = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("form.anju-pay button[type=submit]")));
            String bill = pay.findElement(By.xpath("./ancestor::li[starts-with(@id,'bill-')]")).getAttribute("id");
            scrollTo(browser, pay);
            pay.click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "缴费已记录"));
            assertThat(browser.driver.findElement(By.id(bill)).getText()).contains("已缴清");
            assertThat(browser.driver.findElements(By.cssSelector("#" + bill + " form.anju-pay"))).isEmpty();
            long width = (Long) ((JavascriptExecutor) browser.driver)
                    .executeScript("return document.documentElement.scrollWidth;");
            long viewport = (Long) ((JavascriptExecutor) browser.driver)
                    .executeScript("return document.documentElement.clientWidth;");
            assertThat(width).as("page width at 390 px").isLessThanOrEqualTo(viewport);
        }
    }

    private static void scrollTo(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }
}
