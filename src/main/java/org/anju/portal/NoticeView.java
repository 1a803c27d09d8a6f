package org.anju.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the notices API returns: records shaped for the API and the pages. */
public final class NoticeView {

    private NoticeView() {
    }

    /** A notice in a list, without its text. */
    public record Notice(long id, NoticeCategory category, String title, String issuer, String docNumber,
                         NoticeStatus status, LocalDate publishedOn, Instant updatedAt, int attachments,
                         int version) {
    }

    /** A notice with its text and attachments. */
    public record Detail(Notice notice, String body, List<Attachment> attachments) {
    }

    /** A file attached to a notice. */
    public record Attachment(long id, String filename, String contentType, int size) {
    }

    /** An attachment's bytes, for download. */
    public record File(String filename, String contentType, byte[] data) {
    }
}
