package org.anju.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.anju.casework.CaseView.Category;
import org.anju.casework.Complaints;
import org.anju.casework.Complaints.NewComplaint;
import org.anju.casework.Complaints.PublicStatus;
import org.anju.casework.DutyList;
import org.anju.platform.InvalidRequestException;
import org.anju.portal.internal.PublicComplaintStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints from the public portal (no login): filed through casework with the channel PUBLIC; the filer gets the
 * case number and a lookup code (stored hashed) that together open the case's progress, which shows no personal
 * data. Anti-abuse: a mobile or landline number is required (sealed by casework), and one client (by a hash of its
 * address) may file at most anju.portal.complaints-per-hour complaints an hour (default 5), refused with 429.
 */
@Service
@Transactional(readOnly = true)
public class PublicComplaintDesk {

    /** What the public form sends. website: a field hidden from people; a robot that fills it is refused. */
    public record Filing(Long estateId, String category, String text, String location, String reporterName,
                         String reporterPhone, String website) {
    }

    /** What the filer keeps: both are needed to look the case up. */
    public record Receipt(String number, String code) {
    }

    /** A mainland mobile number, or a landline with its area code. */
    static final String PHONE = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}";
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private final Complaints complaints;
    private final DutyList duties;
    private final PublicComplaintStore store;
    private final Clock clock;
    private final int perHour;
    private final SecureRandom random = new SecureRandom();

    PublicComplaintDesk(Complaints complaints, DutyList duties, PublicComplaintStore store, Clock clock,
                        @Value("${anju.portal.complaints-per-hour:5}") int perHour) {
        this.complaints = complaints;
        this.duties = duties;
        this.store = store;
        this.clock = clock;
        this.perHour = perHour;
    }

    /** The categories the public may choose. */
    public List<Category> categories() {
        return duties.activeCategories();
    }

    @Transactional
    public Receipt file(Filing f, String clientAddress) {
        if (f == null) {
            throw InvalidRequestException.field("text", "casework.error.text");
        }
        if (f.website() != null && !f.website().isBlank()) {
            throw InvalidRequestException.field("website", "portal.error.robot");
        }
        String phone = f.reporterPhone() == null ? null : f.reporterPhone().strip();
        if (phone == null || !phone.matches(PHONE)) {
            throw InvalidRequestException.field("reporterPhone", "portal.error.phone");
        }
        String client = hash("client:" + clientAddress);
        Instant now = clock.instant();
        if (store.since(client, now.minus(Duration.ofHours(1))) >= perHour) {
            throw new InvalidRequestException(429, "portal.error.tooMany",
                    List.of(new InvalidRequestException.FieldError("reporterPhone", "portal.error.tooMany")));
        }
        Complaints.PublicFiling filed = complaints.filePublic(new NewComplaint(f.estateId(), f.category(), null,
                null, f.text(), f.location(), false, f.reporterName(), phone));
        String code = code();
        store.insert(filed.id(), filed.number(), hash(filed.number() + ":" + code), client, now);
        return new Receipt(filed.number(), code);
    }

    /** The case's progress when the number and code match; empty otherwise (the same answer for both mistakes). */
    public Optional<PublicStatus> status(String number, String code) {
        if (number == null || code == null || number.length() > 20 || code.length() > 20) {
            return Optional.empty();
        }
        String n = number.strip();
        String c = code.strip().toUpperCase(java.util.Locale.ROOT);
        return store.find(n).filter(f -> MessageDigest.isEqual(
                        f.codeHash().getBytes(StandardCharsets.US_ASCII),
                        hash(n + ":" + c).getBytes(StandardCharsets.US_ASCII)))
                .flatMap(f -> complaints.publicStatus(f.caseId()));
    }

    private String code() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
