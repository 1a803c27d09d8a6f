package org.anju.voting;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Published when a closed vote carried a motion (Civil Code art. 278). The fund module starts an ordinary fund use
 * from a carried {@link Matter#USE_FUND} motion. buildingId is set when the vote concerned one building only, and section
 * when it concerned one section (单元) of that building; areaId when it concerned one management area (decision 0027).
 */
public record MotionCarried(long voteId, long motionId, long estateId, Long buildingId, Matter matter, String title,
                           VoteMode mode, BigDecimal agreeArea, long agreeOwners, BigDecimal totalArea,
                           long totalOwners, Instant decidedAt, String section, Long areaId) {
}
