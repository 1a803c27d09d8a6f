package org.anju.region.importing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Content-Disposition for a download with a Chinese file name (RFC 6266 with RFC 5987 encoding). */
final class Downloads {

    private Downloads() {
    }

    /** attachment; filename="ascii fallback"; filename*=UTF-8''%E5%B0%8F... */
    static String attachment(String fileName, String asciiFallback) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + asciiFallback + "\"; filename*=UTF-8''" + encoded;
    }
}
