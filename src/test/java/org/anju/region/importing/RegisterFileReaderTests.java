package org.anju.region.importing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegisterFileReaderTests {

    private static final String HEADER = String.join(",", RegisterFiles.HEADER);

    private static List<SourceRow> csv(String text) {
        return RegisterFileReader.read("a.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<RowProblem> refusal(Runnable read) {
        try {
            read.run();
        } catch (ImportRefused e) {
            return e.problems();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void csvQuotesMayHoldCommasQuotesAndLineBreaks() {
        List<SourceRow> rows = csv(HEADER + "\n1号楼,1,101,80,住宅,\"张\"\"三\"\", 李四\",x,\r\n"
                + "2号楼,,\"10\n2\",80,住宅,王五,y,");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).cell(ImportColumn.OWNER_NAME)).isEqualTo("张\"三\", 李四");
        assertThat(rows.get(1).row()).isEqualTo(3);
        assertThat(rows.get(1).cell(ImportColumn.NUMBER)).isEqualTo("10\n2");
        assertThat(rows.get(1).cell(ImportColumn.SECTION)).isEmpty();
    }

    @Test
    void blankRowsAreSkippedButKeepTheRowNumbersExcelShows() {
        List<SourceRow> rows = csv(HEADER + "\n,,,,,,,\n\n1号楼,1,101,80,住宅,张三,x,\n");
        assertThat(rows).extracting(SourceRow::row).containsExactly(4);
    }

    @Test
    void anUnclosedQuoteIsRefused() {
        assertThat(refusal(() -> csv(HEADER + "\n1号楼,\"1,101")))
                .extracting(RowProblem::messageKey).containsExactly("import.file.csvQuote");
    }

    @Test
    void aHeaderWithColumnsMovedIsRefusedColumnByColumn() {
        List<RowProblem> problems = refusal(() -> csv("单元,楼栋,房号,专有部分面积,用途,业主名称,证件号码\n1,1号楼,101,80,住宅,张三,x"));
        assertThat(problems).extracting(RowProblem::column)
                .containsExactly(ImportColumn.BUILDING, ImportColumn.SECTION, ImportColumn.PHONE);
        assertThat(problems.get(0).row()).isEqualTo(1);
    }

    @Test
    void extraColumnsAfterTheEighthAreIgnored() {
        assertThat(csv(HEADER + ",备注\n1号楼,1,101,80,住宅,张三,x,,备注文字")).hasSize(1);
    }

    @Test
    void xlsxNumbersComeAsTheirPlainValueWhateverTheirFormat() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            Row header = sheet.createRow(0);
            for (int i = 0; i < 8; i++) {
                header.createCell(i).setCellValue(RegisterFiles.HEADER[i]);
            }
            CellStyle rounded = book.createCellStyle();
            rounded.setDataFormat(book.createDataFormat().getFormat("0"));
            Row row = sheet.createRow(4); // rows 2 to 4 left empty, as Excel may
            row.createCell(0).setCellValue("1号楼");
            row.createCell(2).setCellValue(101);
            row.createCell(3).setCellValue(88.55);
            row.getCell(3).setCellStyle(rounded);
            row.createCell(7).setCellValue(13812345678d);
            book.write(out);
            List<SourceRow> rows = RegisterFileReader.read("a.xlsx", out.toByteArray());
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).row()).isEqualTo(5);
            assertThat(rows.get(0).cell(ImportColumn.NUMBER)).isEqualTo("101");
            assertThat(rows.get(0).cell(ImportColumn.AREA)).isEqualTo("88.55");
            assertThat(rows.get(0).cell(ImportColumn.PHONE)).isEqualTo("13812345678");
            assertThat(rows.get(0).cell(ImportColumn.SECTION)).isEmpty();
        }
    }

    @Test
    void aFileWithOnlyTheHeaderIsRefused() {
        assertThat(refusal(() -> csv("\uFEFF" + HEADER + "\r\n")))
                .extracting(RowProblem::messageKey).containsExactly("import.file.noRows");
    }

    @Test
    void aFileNamedXlsxThatIsNotOneIsRefused() {
        assertThatThrownBy(() -> RegisterFileReader.read("a.xlsx", HEADER.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportRefused.class);
    }
}
