package org.anju.stats;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import javax.imageio.ImageIO;
import org.anju.platform.pdf.HtmlPdf;
import org.springframework.stereotype.Component;

/**
 * Bar and line charts of rates (0 to 100 %) drawn with Java2D as PNG, for the PDF reports: openhtmltopdf cannot run
 * ECharts, so the report embeds these images. Labels use the PDF's Chinese font.
 */
@Component
public class ReportCharts {

    /** One series: its name and one value per category (null = no value), in percent. */
    public record Series(String name, List<BigDecimal> values) {
    }

    static final int WIDTH = 900;
    static final int HEIGHT = 360;
    private static final Color[] COLORS = {new Color(0x2f6fd6), new Color(0x27a35a), new Color(0xd64541)};
    private static final int LEFT = 60;
    private static final int RIGHT = 20;
    private static final int TOP = 40;
    private static final int BOTTOM = 70;

    private final Font font;

    ReportCharts(HtmlPdf pdf) {
        this.font = pdf.font().map(p -> {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, p.toFile()).deriveFont(13f);
            } catch (java.awt.FontFormatException | IOException e) {
                return null;
            }
        }).orElse(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    }

    /** Grouped bars: one group per category, one bar per series. */
    public byte[] bars(List<String> categories, List<Series> series) {
        return draw(categories, series, true);
    }

    /** Lines: one point per category (e.g. a month end), one line per series. */
    public byte[] lines(List<String> categories, List<Series> series) {
        return draw(categories, series, false);
    }

    private byte[] draw(List<String> categories, List<Series> series, boolean bars) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setFont(font);
            int plotW = WIDTH - LEFT - RIGHT;
            int plotH = HEIGHT - TOP - BOTTOM;
            for (int p = 0; p <= 100; p += 25) {
                int y = TOP + plotH - plotH * p / 100;
                g.setColor(new Color(0xdddddd));
                g.drawLine(LEFT, y, LEFT + plotW, y);
                g.setColor(Color.DARK_GRAY);
                g.drawString(p + "%", 10, y + 5);
            }
            int n = Math.max(categories.size(), 1);
            double slot = (double) plotW / n;
            for (int s = 0; s < series.size(); s++) {
                g.setColor(COLORS[s % COLORS.length]);
                List<BigDecimal> values = series.get(s).values();
                int lastX = -1;
                int lastY = -1;
                for (int c = 0; c < categories.size() && c < values.size(); c++) {
                    BigDecimal v = values.get(c);
                    if (v == null) {
                        lastX = -1;
                        continue;
                    }
                    int h = (int) Math.round(plotH * Math.min(100, Math.max(0, v.doubleValue())) / 100);
                    if (bars) {
                        double barW = slot * 0.8 / series.size();
                        int x = (int) (LEFT + c * slot + slot * 0.1 + s * barW);
                        g.fillRect(x, TOP + plotH - h, Math.max(1, (int) barW - 1), Math.max(h, 1));
                    } else {
                        int x = (int) (LEFT + c * slot + slot / 2);
                        int y = TOP + plotH - h;
                        g.fillOval(x - 3, y - 3, 7, 7);
                        if (lastX >= 0) {
                            g.setStroke(new BasicStroke(2.5f));
                            g.drawLine(lastX, lastY, x, y);
                        }
                        lastX = x;
                        lastY = y;
                    }
                }
                int legendX = LEFT + s * 200;
                g.fillRect(legendX, 12, 14, 14);
                g.setColor(Color.DARK_GRAY);
                g.drawString(series.get(s).name(), legendX + 20, 24);
            }
            g.setColor(Color.GRAY);
            g.drawLine(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH);
            g.setColor(Color.DARK_GRAY);
            for (int c = 0; c < categories.size(); c++) {
                String label = categories.get(c);
                if (label.length() > 6) {
                    label = label.substring(0, 6);
                }
                int x = (int) (LEFT + c * slot + slot / 2 - g.getFontMetrics().stringWidth(label) / 2.0);
                g.drawString(label, x, TOP + plotH + 20 + (c % 2) * 18);
            }
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
