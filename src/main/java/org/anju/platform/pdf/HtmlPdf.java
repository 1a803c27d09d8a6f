package org.anju.platform.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template (or XHTML text) to PDF with openhtmltopdf, embedding a Chinese font.
 * <p>
 * Templates for PDF must be well-formed XHTML: void elements closed ({@code <meta charset="UTF-8"/>}),
 * numeric entities only ({@code &#160;}). Every text uses the font family {@value #FAMILY}; put
 * {@code font-family: cjk} on the body. The font is a TrueType file: {@code anju.pdf.font}
 * (environment ANJU_PDF_FONT) or the first of {@link #CANDIDATES} found; Debian's fonts-droid-fallback
 * provides one. Without any, rendering fails with a message naming the package, rather than printing
 * empty boxes where the Chinese should be.
 */
@Component
public class HtmlPdf {

    /** The CSS font family every PDF template uses. */
    public static final String FAMILY = "cjk";

    /** TrueType fonts with Chinese glyphs, in order of preference. */
    static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttf",
            "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf");

    private final ITemplateEngine templates;
    private final String configuredFont;

    HtmlPdf(ITemplateEngine templates, @Value("${anju.pdf.font:}") String configuredFont) {
        this.templates = templates;
        this.configuredFont = configuredFont;
    }

    /** Renders a template with its model, in Chinese (the document language of the county). */
    public byte[] render(String template, Map<String, Object> model) {
        Context context = new Context(Locale.SIMPLIFIED_CHINESE, model);
        return render(templates.process(template, context));
    }

    /** Renders XHTML text. */
    public byte[] render(String xhtml) {
        Path font = font().orElseThrow(() -> new IllegalStateException(
                "No Chinese TrueType font for PDF: install Debian's fonts-droid-fallback or set ANJU_PDF_FONT"));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(font.toFile(), FAMILY);
            builder.withHtmlContent(xhtml, "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a Chinese font is available (the health of PDF export). */
    public boolean ready() {
        return font().isPresent();
    }

    /** The Chinese font file in use, if any (also for charts drawn as images). */
    public Optional<Path> font() {
        return Stream.concat(Stream.ofNullable(configuredFont).filter(f -> !f.isBlank()), CANDIDATES.stream())
                .map(Path::of).filter(Files::isReadable).findFirst();
    }
}
