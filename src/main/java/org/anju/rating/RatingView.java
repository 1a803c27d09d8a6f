package org.anju.rating;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.anju.platform.measure.ProjectEvidence;

/** What the rating API returns (stable: the disclosure board and the portal read these). */
public final class RatingView {

    private RatingView() {
    }

    /** A rating round of a county; {@code objectionUntil} is the last day of the objection window. */
    public record Round(long id, String title, RoundStatus status, long standardId, int standardVersion,
                        LocalDate openedOn, LocalDate selfDue, int panelSize, int objectionDays, LocalDate publishedOn,
                        LocalDate objectionUntil, long projects, long approved) {
    }

    /**
     * A project in a round: {@code star} is null until scored, and stays null when vetoed or below one star.
     * {@code validUntil} null = valid until the next round is published.
     */
    public record Entry(long id, long roundId, long projectId, long companyId, String companyName, long estateId,
                        String estateName, String townshipName, EntryStage stage, BigDecimal finalScore,
                        Integer star, boolean vetoed, LocalDate validFrom, LocalDate validUntil) {
    }

    /** One score sheet; {@code expertName} only for an expert's sheet. */
    public record Sheet(long id, String phase, Long expertId, String expertName, BigDecimal total, String note,
                        String evidence, String enteredBy, OffsetDateTime enteredAt, List<Points> points) {
    }

    /** Points of one item on a sheet; a veto item recorded has {@code vetoed}. */
    public record Points(long itemId, BigDecimal points, boolean vetoed) {
    }

    /** An expert drawn for the project, and whether the expert's sheet is in. */
    public record PanelMember(long expertId, String name, boolean scored) {
    }

    /** A section's share of the final score. */
    public record Section(String section, BigDecimal score, BigDecimal maxScore) {
    }

    /** An objection and, once answered, the county's answer. */
    public record Objection(long id, String reason, String filedRole, OffsetDateTime filedAt, String outcome,
                            Integer revisedStar, String answer, OffsetDateTime answeredAt) {
    }

    /** A file of 佐证材料 the company uploaded with its self-assessment; {@code itemId} null for the whole project. */
    public record EvidenceFile(long id, Long itemId, String itemName, String fileName, String contentType, int size,
                               String uploadedBy, OffsetDateTime uploadedAt) {

        public boolean photo() {
            return contentType.startsWith("image/");
        }
    }

    /** The bytes of an evidence file, to serve. */
    public record StoredFile(String fileName, String contentType, byte[] data) {
    }

    /** Everything about a project in a round, for its raters. */
    public record Detail(Round round, Entry entry, RatingStandard standard, List<Sheet> sheets, List<PanelMember> panel,
                         List<Section> sections, List<Objection> objections, List<ProjectEvidence> evidence) {
    }

    /** A published star as the public sees it (no personal data). */
    public record PublicRating(long projectId, String estateName, String townshipName, String companyName, int star,
                               BigDecimal finalScore, String roundTitle, LocalDate validFrom, LocalDate validUntil,
                               List<Section> sections) {
    }

    /** A project's public record: its current star (null when none) and its history, newest first. */
    public record PublicRecord(PublicRating current, List<PublicRating> history, List<Commendation> commendations) {
    }

    /** One row of the fee guidance, in force from {@code effectiveOn}. */
    public record Guidance(long id, int star, boolean withLift, String feeItem, BigDecimal basePrice,
                           BigDecimal floatPercent, BigDecimal floor, BigDecimal ceiling, LocalDate effectiveOn,
                           String note, String createdBy) {
    }

    /** A fee item above its star's range; {@code clearedOn} set when a later check found it inside. */
    public record Flag(long id, long projectId, String companyName, String estateName, String feeItem,
                       BigDecimal unitPrice, int star, BigDecimal ceiling, LocalDate flaggedOn, LocalDate clearedOn) {
    }

    /** A commendation (表彰奖励). */
    public record Commendation(long id, long companyId, String companyName, Long projectId, String title,
                               String reason, LocalDate commendedOn) {
    }

    /**
     * What the disclosure board shows beside a project's fee: its valid star (null when none) and, for each guided
     * fee item, the range of that star.
     */
    public record BoardRating(Integer star, LocalDate validUntil, List<Guidance> guidance) {

        /** The range of the fee item for the star, or null when the guidance covers no such item. */
        public Guidance rangeFor(String feeItem) {
            return guidance.stream().filter(g -> g.feeItem().equals(feeItem)).findFirst().orElse(null);
        }
    }
}
