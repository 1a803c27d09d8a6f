package org.anju.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.anju.calendar.DayKind;
import org.anju.calendar.SpecialDay;
import org.anju.calendar.WorkingDays;
import org.anju.governance.PreparatoryGroupPolicy.Seat;
import org.anju.platform.InvalidRequestException.FieldError;
import org.junit.jupiter.api.Test;

import static org.anju.governance.GroupMemberKind.OWNER;
import static org.anju.governance.GroupMemberKind.RESIDENTS_COMMITTEE;
import static org.anju.governance.GroupMemberKind.TOWNSHIP_OFFICIAL;
import static org.assertj.core.api.Assertions.assertThat;

/** The first assembly's rules at their edges, with the numbers of rules.md §2 (Henan 2017 arts. 18–21). */
class AssemblyRulesTests {

    static final GovernanceSettings S = GovernanceSettings.DEFAULTS;
    static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    final FirstAssemblyTrigger trigger = new FirstAssemblyTrigger(S);
    final AssemblyDeadlines deadlines = new AssemblyDeadlines(S);

    private List<AssemblyTrigger> met(String delivered, long movedIn, LocalDate contractEnd, boolean early) {
        return trigger.met(new BigDecimal("10000.00"), 100, new BigDecimal(delivered), movedIn, contractEnd, early, DAY);
    }

    @Test
    void exactlyHalfTheAreaDeliveredMakesTheAssemblyDueButOneSquareCentimetreLessDoesNot() {
        assertThat(met("5000.00", 0, null, false)).containsExactly(AssemblyTrigger.AREA_DELIVERED);
        assertThat(met("4999.99", 0, null, false)).isEmpty();
    }

    @Test
    void thirtyPercentOfHouseholdsMovedInMakesItDueTwentyNineDoesNot() {
        assertThat(met("0.00", 30, null, false)).containsExactly(AssemblyTrigger.HOUSEHOLDS_MOVED_IN);
        assertThat(met("0.00", 29, null, false)).isEmpty();
    }

    @Test
    void thePreliminaryContractMakesItDueFromNinetyDaysBeforeItsEndOrWhenEndedEarly() {
        assertThat(met("0.00", 0, DAY.plusDays(90), false)).containsExactly(AssemblyTrigger.CONTRACT_ENDING);
        assertThat(met("0.00", 0, DAY.plusDays(91), false)).isEmpty();
        assertThat(met("0.00", 0, DAY.plusYears(2), true)).containsExactly(AssemblyTrigger.CONTRACT_ENDING);
    }

    @Test
    void anEstateWithoutHousesInTheRegisterMeetsNoShareCondition() {
        assertThat(trigger.met(BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, null, false, DAY)).isEmpty();
    }

    @Test
    void theCountysOwnSharesApply() {
        FirstAssemblyTrigger sixty = new FirstAssemblyTrigger(S.with(GovernanceSetting.ASSEMBLY_AREA_PERCENT, 60));
        assertThat(sixty.met(new BigDecimal("10000.00"), 100, new BigDecimal("5000.00"), 0, null, false, DAY)).isEmpty();
    }

    @Test
    void nineOwnersAreRefusedTenMayApplyAndTheDeveloperMustBeNamed() {
        AssemblyApplicationPolicy policy = new AssemblyApplicationPolicy(S);
        assertThat(policy.check(ApplicantKind.OWNERS, null, 9)).extracting(FieldError::messageKey)
                .containsExactly("assembly.error.fewOwners");
        assertThat(policy.check(ApplicantKind.OWNERS, null, 10)).isEmpty();
        assertThat(policy.check(ApplicantKind.DEVELOPER, "  ", 0)).extracting(FieldError::field)
                .containsExactly("developerName");
        assertThat(policy.check(ApplicantKind.DEVELOPER, "台前置业有限公司", 0)).isEmpty();
    }

    @Test
    void aGroupWithFewerOwnersThanHalfIsRefusedExactlyHalfIsEnough() {
        List<Seat> half = List.of(new Seat(TOWNSHIP_OFFICIAL, true), new Seat(RESIDENTS_COMMITTEE, false),
                new Seat(OWNER, false), new Seat(OWNER, false));
        assertThat(PreparatoryGroupPolicy.check(half)).isEmpty();
        List<Seat> short1 = List.of(new Seat(TOWNSHIP_OFFICIAL, true), new Seat(RESIDENTS_COMMITTEE, false),
                new Seat(OWNER, false));
        assertThat(PreparatoryGroupPolicy.check(short1)).extracting(FieldError::messageKey)
                .containsExactly("assembly.error.groupOwnerHalf");
    }

    @Test
    void theGroupIsChairedByOneTownshipOfficial() {
        assertThat(PreparatoryGroupPolicy.check(List.of(new Seat(OWNER, true), new Seat(TOWNSHIP_OFFICIAL, false),
                new Seat(OWNER, false)))).extracting(FieldError::messageKey)
                .containsExactly("assembly.error.groupChairOfficial");
        assertThat(PreparatoryGroupPolicy.check(List.of(new Seat(TOWNSHIP_OFFICIAL, false), new Seat(OWNER, false))))
                .extracting(FieldError::messageKey).containsExactly("assembly.error.groupOneChair");
        assertThat(PreparatoryGroupPolicy.check(List.of())).extracting(FieldError::messageKey)
                .containsExactly("assembly.error.groupEmpty");
    }

    @Test
    void theGroupIsDueOnTheThirtiethDayAndOverdueOnTheThirtyFirst() {
        LocalDate due = deadlines.groupDue(DAY);
        assertThat(due).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(AssemblyDeadlines.overdue(due, DAY.plusDays(30))).isFalse();
        assertThat(AssemblyDeadlines.overdue(due, DAY.plusDays(31))).isTrue();
    }

    @Test
    void theMeetingMayBeOnTheSixtiethDayAfterTheGroupNotTheSixtyFirst() {
        assertThat(deadlines.checkMeeting(DAY, DAY.plusDays(60))).isEmpty();
        assertThat(deadlines.checkMeeting(DAY, DAY.plusDays(61))).extracting(FieldError::messageKey)
                .containsExactly("assembly.error.meetingLate");
        assertThat(deadlines.checkMeeting(DAY, DAY.minusDays(1))).extracting(FieldError::messageKey)
                .containsExactly("assembly.error.meetingBeforeGroup");
    }

    @Test
    void proposalsArePostedFifteenDaysBeforeTheMeetingForSevenDaysBothIncluded() {
        LocalDate meeting = LocalDate.of(2026, 5, 16);
        LocalDate lastDay = LocalDate.of(2026, 5, 1);
        assertThat(deadlines.lastPostingDay(meeting)).isEqualTo(lastDay);
        assertThat(deadlines.checkProposal(meeting, lastDay, lastDay.plusDays(6))).isEmpty();
        assertThat(deadlines.checkProposal(meeting, lastDay.plusDays(1), lastDay.plusDays(8)))
                .extracting(FieldError::field).containsExactly("postedOn");
        assertThat(deadlines.checkProposal(meeting, lastDay, lastDay.plusDays(5)))
                .extracting(FieldError::field).containsExactly("postedUntil");
    }

    @Test
    void anOwnersCommitteeDecidesWithHalfOfAllMembersAnInterimNeedsMoreThanHalf() {
        DecisionPolicy policy = new DecisionPolicy(3);
        assertThat(policy.check(CommitteeKind.OWNERS, 6, 3, 0, DAY, DAY)).isEmpty();
        assertThat(policy.check(CommitteeKind.OWNERS, 7, 3, 0, DAY, DAY)).extracting(FieldError::messageKey)
                .containsExactly("decision.error.ownersHalf");
        assertThat(policy.check(CommitteeKind.INTERIM, 8, 4, 0, DAY, DAY)).extracting(FieldError::messageKey)
                .containsExactly("decision.error.interimMajority");
        assertThat(policy.check(CommitteeKind.INTERIM, 7, 4, 0, DAY, DAY)).isEmpty();
    }

    @Test
    void aSuspendedSignerDoesNotCountAndADecisionIsPostedWithinThreeDays() {
        DecisionPolicy policy = new DecisionPolicy(3);
        assertThat(policy.check(CommitteeKind.INTERIM, 7, 4, 1, DAY, DAY)).extracting(FieldError::messageKey)
                .containsExactly("decision.error.cannotSign");
        assertThat(policy.check(CommitteeKind.OWNERS, 5, 3, 0, DAY, DAY.plusDays(3))).isEmpty();
        assertThat(policy.check(CommitteeKind.OWNERS, 5, 3, 0, DAY, DAY.plusDays(4))).extracting(FieldError::field)
                .containsExactly("postedOn");
    }

    @Test
    void anInterimDecisionPostedBeforeNationalDayStaysUpTenWorkingDaysPastTheHolidays() {
        // 2026: 1–7 October off, Saturday 10 October worked (rules.md §8)
        List<SpecialDay> days = new java.util.ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            days.add(new SpecialDay(LocalDate.of(2026, 10, d), DayKind.HOLIDAY, "国庆节"));
        }
        days.add(new SpecialDay(LocalDate.of(2026, 10, 10), DayKind.WORKDAY, "国庆节调休上班"));
        WorkingDays calendar = new WorkingDays(days, java.util.Set.of(2026));
        DecisionPosting posting = new DecisionPosting(S.interimPostingWorkingDays());
        // 8, 9, 10 (Sat, worked), 12–16, 19, 20 October
        assertThat(posting.postedUntil(calendar, LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 10, 20));
        // without the holidays it would end on 14 October
        assertThat(posting.postedUntil(WorkingDays.weekendsOnly(), LocalDate.of(2026, 9, 30)))
                .isEqualTo(LocalDate.of(2026, 10, 14));
    }
}
