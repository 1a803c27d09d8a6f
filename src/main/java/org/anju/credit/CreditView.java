package org.anju.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.anju.platform.PageResult;

/** What the credit API returns. */
public final class CreditView {

    private CreditView() {
    }

    /**
     * A credit event traced to its source ({@code source} and {@code sourceRef}: the complaint, inspection, contract,
     * commendation, violation or document number); {@code counting} says whether it counts today. {@code managerId}
     * and {@code managerName}: the project manager it was recorded on, when the source named one.
     */
    public record Event(long id, long companyId, String companyName, Long projectId, Long estateId, Long managerId,
                        String managerName, LocalDate occurredOn, CreditSource source, String sourceRef, String ruleCode, String ruleName,
                        BigDecimal points, boolean veto, LocalDate expiresOn, String summary, EventStatus status,
                        boolean counting, LocalDate objectionUntil, String recordedBy, LocalDate closedOn,
                        String closeNote) {
    }

    /** An objection (异议) and its answer; {@code overdue} when open past its due day. */
    public record Objection(long id, long eventId, long companyId, String companyName, String ruleName,
                            String reason, LocalDate filedOn, boolean needsVerification, LocalDate dueOn,
                            ObjectionStatus status, String answer, LocalDate answeredOn, boolean overdue) {
    }

    /** A change of grade or list, from that day. */
    public record History(BigDecimal score, Grade grade, CreditList list, LocalDate since, String cause) {
    }

    /** A company's credit: the arithmetic, every event behind it, its objections, its history and its managers. */
    public record Company(long companyId, String companyName, BigDecimal base, BigDecimal bonuses,
                          BigDecimal deductions, BigDecimal score, boolean veto, Grade grade, CreditList list,
                          List<Event> events, List<Objection> objections, List<History> history,
                          List<ManagerStanding> managers) {
    }

    /**
     * A project manager's (项目经理) score and grade today, by the company scheme over the valid events recorded on
     * them (decision 0028); {@code events} counts every event on them, counting or not.
     */
    public record ManagerStanding(long id, String name, BigDecimal score, Grade grade, boolean veto, int events) {
    }

    /** A project manager's credit: the arithmetic and every event behind it. */
    public record Manager(long id, long companyId, String companyName, String name, BigDecimal base,
                          BigDecimal bonuses, BigDecimal deductions, BigDecimal score, boolean veto, Grade grade,
                          List<Event> events) {
    }

    /**
     * A scoring rule of the scheme: the county's points, validity and veto, and the shipped defaults beside them
     * ({@code atDefault} when the county has changed none of the three).
     */
    public record Rule(String code, CreditSource source, String name, BigDecimal points, int validityMonths,
                       boolean veto, BigDecimal defaultPoints, int defaultValidityMonths, boolean defaultVeto,
                       boolean atDefault) {
    }

    /** The scheme and its rules. */
    public record Scheme(CreditScheme scheme, List<Rule> rules) {
    }

    /** A company's grade as the public sees it. */
    public record Standing(long companyId, String companyName, BigDecimal score, Grade grade, CreditList list,
                           LocalDate since) {
    }

    /** A deduction disclosed to the public (no names, no summaries: the rule, the day, the points). */
    public record PublicRecord(LocalDate occurredOn, String ruleName, BigDecimal points, boolean veto) {
    }

    /** A black-listed company with its disclosed records (at most 5 years old). */
    public record BlackEntry(Standing standing, List<PublicRecord> records) {
    }

    /** The honor roll: the red list, the black list and every company's grade (paged). */
    public record HonorRoll(List<Standing> red, List<BlackEntry> black, PageResult<Standing> grades) {
    }
}
