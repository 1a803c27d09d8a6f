package org.anju.market;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.anju.platform.InvalidRequestException.FieldError;

/**
 * The notice a termination needs (rules.md §1, Civil Code arts. 946–948), counted in calendar days from the
 * day the written notice is given:
 * <ul>
 *   <li>art. 946, dismissal by the owners: at least {@value #DISMISSAL_DAYS} days;</li>
 *   <li>art. 947, the company will not renew: at least {@value #NON_RENEWAL_DAYS} days before the term ends,
 *       and it ends the contract at the end of its term;</li>
 *   <li>art. 948, a contract held over past its term: either side, at least {@value #HOLDOVER_DAYS} days, and
 *       only once the term has passed.</li>
 * </ul>
 * And rules.md §2, Art. 83: a company still on site after the termination day is flagged (¥10,000 a day).
 */
final class NoticePolicy {

    static final int DISMISSAL_DAYS = 60;
    static final int NON_RENEWAL_DAYS = 90;
    static final int HOLDOVER_DAYS = 60;

    private NoticePolicy() {
    }

    static int noticeDays(TerminationKind kind) {
        return switch (kind) {
            case DISMISSAL -> DISMISSAL_DAYS;
            case NON_RENEWAL -> NON_RENEWAL_DAYS;
            case HOLDOVER -> HOLDOVER_DAYS;
        };
    }

    /** The earliest day the contract can end on a notice given that day. */
    static LocalDate earliestEnd(TerminationKind kind, LocalDate noticeOn) {
        return noticeOn.plusDays(noticeDays(kind));
    }

    /** What is wrong with this termination of a contract whose term ends on {@code endsOn}, if anything. */
    static Optional<FieldError> check(TerminationKind kind, LocalDate noticeOn, LocalDate terminatesOn,
                                      LocalDate endsOn) {
        if (kind == TerminationKind.NON_RENEWAL && !terminatesOn.equals(endsOn)) {
            return Optional.of(new FieldError("terminatesOn", "contract.error.nonRenewalAtTermEnd", endsOn));
        }
        if (kind == TerminationKind.HOLDOVER && !noticeOn.isAfter(endsOn)) {
            return Optional.of(new FieldError("kind", "contract.error.notHeldOver", endsOn));
        }
        if (terminatesOn.isBefore(earliestEnd(kind, noticeOn))) {
            return Optional.of(new FieldError("terminatesOn", "contract.error.noticeTooShort", noticeDays(kind),
                    earliestEnd(kind, noticeOn)));
        }
        return Optional.empty();
    }

    /** Days a company has stayed on after its termination day without leaving (0 if it left or is not due). */
    static long overstayDays(LocalDate terminatesOn, LocalDate leftOn, LocalDate today) {
        if (terminatesOn == null || leftOn != null || !today.isAfter(terminatesOn)) {
            return 0;
        }
        return ChronoUnit.DAYS.between(terminatesOn, today);
    }
}
