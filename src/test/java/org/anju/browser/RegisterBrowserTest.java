package org.anju.browser;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The township clerk's journey in a real browser: log in, browse to an estate, import a small
 * register from Excel, see its rows; another township's clerk cannot open that estate.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class RegisterBrowserTest {

    private static final String PASSWORD = "Anju@2026";

    @LocalServerPort
    int port;

    @Test
    void aTownshipClerkImportsARegisterAndAnotherTownshipCannotSeeIt() throws Exception {
        Path file = register();
        try (Browser browser = Browser.open(port)) {
            browser.login("chengguan", PASSWORD);
            browser.go("/console/estates");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#estates-table tbody a")));
            browser.driver.findElement(By.cssSelector("#estates-table tbody a")).click();
            String name = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("estate-name"))).getText();
            String estateUrl = browser.driver.getCurrentUrl();

            browser.driver.findElement(By.id("estate-import")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-file")))
                    .sendKeys(file.toAbsolutePath().toString());
            browser.driver.findElement(By.cssSelector("#import-form [type=submit]")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-done")));

            browser.driver.get(estateUrl);
            browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("tab-houses"))).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("houses-table"), "0号楼"));
            String houses = browser.driver.findElement(By.id("houses-table")).getText();
            assertThat(houses).contains("0101").contains("0102");
            screenshot(browser, "chengguan-estate.png");

            browser.logout();
            browser.login("houmiao", PASSWORD);
            browser.driver.get(estateUrl);
            assertThat(browser.text()).contains("记录不存在或不在您的管辖范围内").doesNotContain(name);
            screenshot(browser, "houmiao-denied.png");
        }
    }

    /** Two houses in a new building, one with co-owners; ID numbers born 2003 so no demo owner shares them. */
    private static Path register() throws Exception {
        Path file = Path.of("target", "browser-import.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = book.createSheet("登记册");
            String[][] rows = {
                    {"楼栋", "单元", "房号", "专有部分面积", "用途", "业主名称", "证件号码", "联系电话"},
                    {"0号楼", "1", "0101", "88.50", "住宅", "测试甲", idNumber(), "13800000001"},
                    {"0号楼", "1", "0101", "88.50", "住宅", "测试乙", idNumber(), "13800000002"},
                    {"0号楼", "1", "0102", "96.20", "住宅", "测试丙", idNumber(), ""}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
        }
        return file;
    }

    /** A valid resident ID number (GB 11643 check character), born in 2003. */
    static String idNumber() {
        String body = "410927" + "2003" + String.format("%02d%02d", 1 + ThreadLocalRandom.current().nextInt(12),
                1 + ThreadLocalRandom.current().nextInt(28)) + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private static void screenshot(Browser browser, String name) throws Exception {
        Path shot = ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
