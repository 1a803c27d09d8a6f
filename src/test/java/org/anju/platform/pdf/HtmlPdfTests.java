package org.anju.platform.pdf;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Chinese comes out of a PDF as Chinese text (not empty boxes), and QR codes encode what they say. */
class HtmlPdfTests {

    @Test
    void chineseTextIsEmbeddedWithTheFontAndCanBeExtracted() throws IOException {
        HtmlPdf pdf = new HtmlPdf(null, "");
        assertThat(pdf.ready()).as("CI installs fonts-droid-fallback").isTrue();
        byte[] bytes = pdf.render("""
                <html><head><meta charset="UTF-8"/><style>body { font-family: cjk; }</style></head>
                <body><h1>台前县物业服务信息公示</h1><p>物业服务费&#160;1.20 元/平方米·月</p>
                <img src="%s" width="120" height="120"/></body></html>""".formatted(QrCode.pngDataUri("https://anju/e/1", 4)));
        assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("台前县物业服务信息公示").contains("1.20 元/平方米·月");
        }
    }

    @Test
    void theSvgQrCodeHasModulesAndAFixedSize() {
        String svg = QrCode.svg("https://example.org/public/estates/42", 160);
        assertThat(svg).startsWith("<svg").contains("width=\"160\"").contains("h1v1h-1z");
        assertThat(QrCode.matrix("a").getWidth()).isEqualTo(QrCode.matrix("b").getWidth());
    }
}
