package org.anju.platform;

import java.util.Optional;

/**
 * The type of an uploaded file told by its first bytes (its magic number), never by its name or the type the
 * browser declares: JPEG, PNG, WebP and PDF, the kinds the modules accept as photos and documents.
 */
public final class FileSignature {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String WEBP = "image/webp";
    public static final String PDF = "application/pdf";

    private FileSignature() {
    }

    /** The content type of the data, or empty when it is none of the kinds above. */
    public static Optional<String> typeOf(byte[] d) {
        if (d == null) {
            return Optional.empty();
        }
        if (starts(d, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(d, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (d.length >= 12 && starts(d, 'R', 'I', 'F', 'F') && d[8] == 'W' && d[9] == 'E' && d[10] == 'B'
                && d[11] == 'P') {
            return Optional.of(WEBP);
        }
        if (starts(d, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] d, int... signature) {
        if (d.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((d[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
