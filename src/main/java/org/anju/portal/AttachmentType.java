package org.anju.portal;

import org.anju.platform.FileSignature;

/**
 * Which files a notice may carry, told by their first bytes (the name and the browser's type are not trusted):
 * PDF, PNG and JPEG as {@link FileSignature} tells them, and the office formats a policy comes in: OOXML (docx,
 * xlsx: a zip) and the old OLE formats (doc, xls).
 */
final class AttachmentType {

    /** 10 MB: a scanned policy fits; the portal is no file store. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final int[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final int[] OLE = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};

    private AttachmentType() {
    }

    /** The content type of the data, or null when it is none of the allowed kinds. */
    static String of(byte[] d) {
        if (d == null || d.length < 8) {
            return null;
        }
        String known = FileSignature.typeOf(d).filter(t -> !t.equals(FileSignature.WEBP)).orElse(null);
        if (known != null) {
            return known;
        }
        if (starts(d, ZIP)) {
            return "application/zip";
        }
        return starts(d, OLE) ? "application/x-ole-storage" : null;
    }

    private static boolean starts(byte[] d, int[] magic) {
        for (int i = 0; i < magic.length; i++) {
            if ((d[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
