package org.anju.stats.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.anju.stats.internal.AssessmentStore.Evidence;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Uploaded evidence and attachments in, downloads out. */
final class Files {

    private Files() {
    }

    /** The uploaded file, or null when none was sent (or it is empty). */
    static Evidence evidence(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            return null;
        }
        String type = file.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : file.getContentType();
        return new Evidence(file.getOriginalFilename() == null ? "file" : file.getOriginalFilename(),
                type.length() > 100 ? MediaType.APPLICATION_OCTET_STREAM_VALUE : type, file.getBytes());
    }

    static ResponseEntity<byte[]> download(Evidence e) {
        return download(e.name(), MediaType.APPLICATION_OCTET_STREAM_VALUE, e.content());
    }

    static ResponseEntity<byte[]> download(String name, String type, byte[] content) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(type)).body(content);
    }
}
