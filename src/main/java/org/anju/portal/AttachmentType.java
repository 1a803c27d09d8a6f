package org.anju.portal;

/**
 * Which files a notice may carry, told by their first bytes (the name and the browser's type are not trusted):
 * PDF, PNG, JPEG, OOXML (docx, xlsx: a zip) and the old OLE formats (doc, xls).
 */
final class AttachmentType {

    /** 10 MB: a scanned policy fits; the portal is no file store. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private AttachmentType() {
    }

    /** The content type of the data, or null when it is none of the allowed kinds. */
    static String of(byte[] d) {
        if (d == null || d.length < 8) {
            return null;
        }
        if (starts(d, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return "application/pdf";
        }
        if (starts(d, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(d, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(d, 0x50, 0x4B, 0x03, 0x04)) {
            return "application/zip";
        }
        if (starts(d, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return "application/x-ole-storage";
        }
        return null;
    }

    private static boolean starts(byte[] d, int... magic) {
        for (int i = 0; i < magic.length; i++) {
            if ((d[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
