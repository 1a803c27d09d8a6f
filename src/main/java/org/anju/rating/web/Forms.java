package org.anju.rating.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.rating.EvidenceFiles;
import org.anju.rating.RatingView;
import org.anju.rating.Scoring;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** Parsing of the rating forms: a bad number is null, which the facade refuses with its field. */
final class Forms {

    private Forms() {
    }

    /** A score sheet from fields p_{itemId}, veto_{itemId}, note and evidence. */
    static Scoring.SheetInput sheet(Map<String, String> params) {
        Map<Long, BigDecimal> points = new LinkedHashMap<>();
        List<Long> vetoes = new ArrayList<>();
        params.forEach((k, v) -> {
            if (k.matches("p_\\d{1,18}")) {
                BigDecimal p = decimal(v);
                points.put(Long.valueOf(k.substring(2)), p == null ? BigDecimal.valueOf(-1) : p);
            } else if (k.matches("veto_\\d{1,18}")) {
                vetoes.add(Long.valueOf(k.substring(5)));
            }
        });
        return new Scoring.SheetInput(points, vetoes, params.get("note"), params.get("evidence"));
    }

    static Map<String, String> texts(MessageSource messages, List<FieldError> errors) {
        Map<String, String> texts = new LinkedHashMap<>();
        errors.forEach(e -> texts.merge(e.field(), messages.getMessage(e.messageKey(), e.args(), e.messageKey(),
                LocaleContextHolder.getLocale()), (a, b) -> a + " " + b));
        return texts;
    }

    static boolean role(Role... roles) {
        return Jurisdictions.currentUser().filter(u -> java.util.Arrays.asList(roles).contains(u.role())).isPresent();
    }

    static Integer integer(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Long longValue(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static BigDecimal decimal(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The parts of a multipart upload as evidence uploads. */
    static List<EvidenceFiles.Upload> uploads(List<MultipartFile> files) throws IOException {
        List<EvidenceFiles.Upload> list = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                list.add(new EvidenceFiles.Upload(f.getOriginalFilename(), f.getBytes()));
            }
        }
        return list;
    }

    /** An evidence file as a private download: shown inline (a photo, a PDF), never sniffed, never cached shared. */
    static ResponseEntity<byte[]> serve(RatingView.StoredFile f) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.contentType()))
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=600")
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(f.fileName(),
                        StandardCharsets.UTF_8).build().toString())
                .body(f.data());
    }
}
