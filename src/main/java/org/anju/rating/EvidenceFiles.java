package org.anju.rating;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anju.platform.FileSignature;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;

/**
 * What a company may upload as 佐证材料 of its self-assessment (plan §8, issue 9): photos (JPEG, PNG) of at most
 * 5 MB and documents (PDF) of at most 10 MB, told by their first bytes; at most 6 files an upload and 30 a project
 * in a round. One bad file refuses the whole upload, so nothing is stored.
 */
public final class EvidenceFiles {

    public static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;
    public static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
    public static final int MAX_PER_UPLOAD = 6;
    public static final int MAX_PER_ENTRY = 30;

    /** A file as uploaded: the name the browser gave it and its bytes. */
    public record Upload(String filename, byte[] data) {
    }

    /** A file that passed: a safe name and the type from its magic bytes. */
    public record Checked(String fileName, String contentType, byte[] data) {
    }

    private EvidenceFiles() {
    }

    /** The checked files, or a 400 with one error per bad file (field files[i]); empty parts are ignored. */
    public static List<Checked> check(List<Upload> uploads, int alreadyStored) {
        List<Upload> files = uploads == null ? List.of() : uploads.stream()
                .filter(u -> u != null && u.data() != null && !(u.data().length == 0 && blank(u.filename()))).toList();
        if (files.isEmpty()) {
            throw InvalidRequestException.field("files", "rating.error.evidenceMissing");
        }
        if (files.size() > MAX_PER_UPLOAD) {
            throw InvalidRequestException.field("files", "rating.error.evidenceCount", MAX_PER_UPLOAD);
        }
        if (alreadyStored + files.size() > MAX_PER_ENTRY) {
            throw InvalidRequestException.rule("files", "rating.error.evidenceFull", MAX_PER_ENTRY);
        }
        List<Checked> checked = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            byte[] data = files.get(i).data();
            Optional<String> type = FileSignature.typeOf(data).filter(t -> !t.equals(FileSignature.WEBP));
            String field = "files[" + i + "]";
            if (type.isEmpty()) {
                errors.add(new FieldError(field, "rating.error.evidenceType"));
            } else if (data.length > limit(type.get())) {
                errors.add(new FieldError(field, "rating.error.evidenceSize", limit(type.get()) / 1024 / 1024));
            } else {
                checked.add(new Checked(name(files.get(i).filename(), type.get(), i), type.get(), data));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        return checked;
    }

    /** The largest file of that type. */
    static int limit(String contentType) {
        return FileSignature.PDF.equals(contentType) ? MAX_DOCUMENT_BYTES : MAX_PHOTO_BYTES;
    }

    /** The name without any path, quotes or line breaks, at most 200 characters; a default when none was given. */
    static String name(String given, String contentType, int index) {
        String name = given == null ? "" : given.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\r\\n\"<>]", "_");
        if (name.isBlank()) {
            name = "evidence-" + (index + 1) + switch (contentType) {
                case FileSignature.PDF -> ".pdf";
                case FileSignature.PNG -> ".png";
                default -> ".jpg";
            };
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
