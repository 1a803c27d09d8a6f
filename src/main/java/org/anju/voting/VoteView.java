package org.anju.voting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the voting module returns: records shaped for the API and the pages. */
public final class VoteView {

    private VoteView() {
    }

    /** One motion of a vote. */
    public record Motion(long id, int seq, String title, Matter matter) {
    }

    /**
     * A vote: its scope (estate, one building, or one section of a building), its notice and the day it was posted,
     * period and state; totals of the frozen roll once open, and how many voters have cast a ballot so far
     * (participants).
     */
    public record Vote(long id, long estateId, String estateName, Long buildingId, String buildingName,
                       String title, VoteMode mode, VoteStatus status, String organiser, String notice,
                       OffsetDateTime opensAt, OffsetDateTime closesAt, BigDecimal totalArea, Integer totalOwners,
                       long participants, OffsetDateTime closedAt, String closeReason, OffsetDateTime publishedAt,
                       List<Motion> motions, VoteScope scope, String section, LocalDate noticePostedOn, Long areaId,
                       String areaName) {

        /** Where the vote applies, for the pages and the decision: estate, area, building and section (单元). */
        public String place() {
            return estateName + (areaName != null ? " " + areaName : "") + (buildingName != null ? " " + buildingName : "")
                    + (section != null ? " " + section + "单元" : "");
        }
    }

    /** The counts of one motion (art. 278): by area and by head; quorate and passed so far, or final once closed. */
    public record MotionResult(long motionId, int seq, String title, Matter matter, boolean quorate, boolean passed,
                               BigDecimal participatingArea, long participatingOwners, BigDecimal agreeArea,
                               long agreeOwners, BigDecimal againstArea, long againstOwners, BigDecimal abstainArea,
                               long abstainOwners, BigDecimal totalArea, long totalOwners) {
    }

    /** The result of a vote; {@code finalResult} false while it is open (live turnout for the organiser). */
    public record Result(long voteId, String title, VoteStatus status, VoteMode mode, boolean finalResult,
                         long participants, long onlineVoters, long paperVoters, long paperWithoutScan,
                         List<MotionResult> motions) {
    }

    /** One ballot as cast, with its signed receipt (the caller's own, or a paper ballot recorded for a voter). */
    public record Ballot(long voteId, long motionId, Long ownerId, long voterId, Choice choice, Channel channel,
                         OffsetDateTime castAt, String receipt) {
    }

    /** What checking a receipt found: whether it is genuine and whether the count holds the ballot as cast. */
    public record ReceiptCheck(boolean genuine, boolean countedAsCast, boolean superseded, Long voteId, Long motionId,
                               Choice choice, OffsetDateTime castAt) {
    }

    /** One voter of the roll, for the door-to-door round and the paper ballot form. */
    public record Voter(long voterId, String label, String houses, BigDecimal area, boolean developer,
                        List<Long> ownerIds, Channel channel, boolean scanned) {
    }
}
