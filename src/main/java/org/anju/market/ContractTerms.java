package org.anju.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.anju.platform.InvalidRequestException.FieldError;

/**
 * The dates of a service contract and what falls due from them.
 * <ul>
 *   <li>Filing (备案): within {@value #FILING_DAYS} calendar days of signing (rules.md §2, Henan regulations
 *       Art. 49: "自签订之日起15日内"; counted in days, not working days).</li>
 *   <li>Renewal (rules.md §2, Art. 51): the assembly decides at least {@value #REMINDER_MONTHS} months before
 *       expiry, so the reminder opens {@value #REMINDER_MONTHS} months before the last day.</li>
 *   <li>A term must not end before it starts, nor start before it is signed.</li>
 * </ul>
 */
final class ContractTerms {

    static final int FILING_DAYS = 15;
    static final int REMINDER_MONTHS = 3;

    private ContractTerms() {
    }

    /** The last day to file a contract signed on that day. */
    static LocalDate filingDue(LocalDate signedOn) {
        return signedOn.plusDays(FILING_DAYS);
    }

    /** Whether a filing made on {@code submittedOn} was late. */
    static boolean filedLate(LocalDate signedOn, LocalDate submittedOn) {
        return submittedOn.isAfter(filingDue(signedOn));
    }

    /** The first day of the expiry reminder. */
    static LocalDate reminderFrom(LocalDate endsOn) {
        return endsOn.minusMonths(REMINDER_MONTHS);
    }

    /** Whether the contract ending on {@code endsOn} is on the expiry to-do today: from the reminder to the last day. */
    static boolean expiring(LocalDate endsOn, LocalDate today) {
        return !today.isBefore(reminderFrom(endsOn)) && !today.isAfter(endsOn);
    }

    /** Missing dates, an end before the start, a start before the signature, a signature in the future. */
    static List<FieldError> check(LocalDate signedOn, LocalDate startsOn, LocalDate endsOn, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (signedOn == null) {
            errors.add(new FieldError("signedOn", "contract.error.signedOn"));
        } else if (signedOn.isAfter(today)) {
            errors.add(new FieldError("signedOn", "contract.error.signedInFuture"));
        }
        if (startsOn == null) {
            errors.add(new FieldError("startsOn", "contract.error.startsOn"));
        }
        if (endsOn == null) {
            errors.add(new FieldError("endsOn", "contract.error.endsOn"));
        }
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            errors.add(new FieldError("endsOn", "contract.error.endBeforeStart"));
        }
        if (startsOn != null && endsOn != null && endsOn.isAfter(startsOn.plusYears(20))) {
            errors.add(new FieldError("endsOn", "contract.error.tooLong"));
        }
        if (signedOn != null && startsOn != null && startsOn.isBefore(signedOn.minusYears(1))) {
            errors.add(new FieldError("startsOn", "contract.error.startLongBeforeSigning"));
        }
        return errors;
    }
}
