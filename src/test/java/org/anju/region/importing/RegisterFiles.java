package org.anju.region.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.anju.region.ResidentIdNumber;
import org.anju.region.UnifiedSocialCreditCode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Register files and valid, random document numbers for the import tests. */
final class RegisterFiles {

    static final String[] HEADER = {"楼栋", "单元", "房号", "专有部分面积", "用途", "业主名称", "证件号码", "联系电话"};

    private RegisterFiles() {
    }

    /** An xlsx with the header and these rows (a value that parses as a number is written as one). */
    static byte[] xlsx(String[]... rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("登记册");
            write(sheet.createRow(0), HEADER);
            for (int i = 0; i < rows.length; i++) {
                write(sheet.createRow(i + 1), rows[i]);
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void write(Row row, String[] values) {
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null && values[c].matches("\\d{1,4}(\\.\\d+)?")) {
                row.createCell(c).setCellValue(Double.parseDouble(values[c]));
            } else if (values[c] != null) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
    }

    /** A UTF-8 CSV with a byte-order mark, the header and these rows. */
    static byte[] csvWithBom(String[]... rows) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(String.join(",", HEADER)).append("\r\n");
        for (String[] row : rows) {
            csv.append(String.join(",", row)).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A valid resident ID number, random enough not to collide with other tests or the demo data. */
    static String personId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(r.nextInt(365 * 60));
        String first17 = String.format("%06d%s%03d", 110000 + r.nextInt(800000),
                birth.toString().replace("-", ""), r.nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** A valid unified social credit code. */
    static String creditCode() {
        String charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder s = new StringBuilder("91410927");
        for (int i = 0; i < 9; i++) {
            s.append(charset.charAt(ThreadLocalRandom.current().nextInt(charset.length())));
        }
        return s.toString() + UnifiedSocialCreditCode.checkCharacter(s.toString());
    }

    static String[] row(String building, String section, String number, String area, String use, String name,
                        String id, String phone) {
        return new String[] {building, section, number, area, use, name, id, phone};
    }
}
