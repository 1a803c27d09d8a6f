package org.anju.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Small PNG pictures for the demo's complaint photos: a coloured scene with a few shapes (no text, no people). */
final class DemoPhotos {

    private DemoPhotos() {
    }

    static byte[] png(int rgb, int variant) {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(0xDDE6EE));
            g.fillRect(0, 0, 320, 240);
            g.setColor(new Color(0x9AA5AF));
            g.fillRect(0, 170, 320, 70);
            g.setColor(new Color(rgb));
            for (int i = 0; i < variant + 1; i++) {
                g.fillRoundRect(30 + i * 90, 90 - i * 10, 70, 80 + i * 10, 12, 12);
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
