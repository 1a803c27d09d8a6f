package org.anju.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anju.platform.FileSignature;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;

/**
 * Photos of a complaint or its result (issue 7, speed and safety): JPEG, PNG or WebP by their first bytes
 * (not by name or declared type), at most 5 MB each and 6 per step. One bad file refuses the whole request.
 */
public final class PhotoCheck {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_FILES = 6;

    /** A file as uploaded: its name (for the error) and its bytes. */
    public record Upload(String filename, byte[] data) {
    }

    /** A file that passed: its type from its magic bytes. */
    public record Photo(String contentType, byte[] data) {
    }

    private PhotoCheck() {
    }

    /** The checked photos, or a 400 with one error per bad file (field photos[i]). */
    public static List<Photo> check(List<Upload> uploads) {
        List<Upload> files = uploads == null ? List.of()
                : uploads.stream().filter(u -> u != null && !(u.data().length == 0 && blank(u.filename()))).toList();
        if (files.size() > MAX_FILES) {
            throw InvalidRequestException.field("photos", "casework.error.photoCount", MAX_FILES);
        }
        List<Photo> photos = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            byte[] data = files.get(i).data();
            Optional<String> type = typeOf(data);
            if (data.length == 0 || data.length > MAX_BYTES) {
                errors.add(new FieldError("photos[" + i + "]", "casework.error.photoSize", MAX_BYTES / 1024 / 1024));
            } else if (type.isEmpty()) {
                errors.add(new FieldError("photos[" + i + "]", "casework.error.photoType"));
            } else {
                photos.add(new Photo(type.get(), data));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        return photos;
    }

    /** image/jpeg, image/png or image/webp by the file's signature; empty for anything else (a PDF too). */
    public static Optional<String> typeOf(byte[] d) {
        return FileSignature.typeOf(d).filter(t -> !t.equals(FileSignature.PDF));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
