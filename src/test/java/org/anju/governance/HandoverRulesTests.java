package org.anju.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.anju.governance.HandoverChecklist.Confirmed;
import org.anju.governance.HandoverChecklist.Line;
import org.anju.platform.InvalidRequestException.FieldError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Handovers, the developer's owner roll, representative assemblies and petitions at their edges, with the numbers of
 * rules.md §2 (Henan 2017 arts. 18–21 and 24–33), and the merged settings.
 */
class HandoverRulesTests {

    static final GovernanceSettings S = GovernanceSettings.DEFAULTS;
    final HandoverDeadlines deadlines = new HandoverDeadlines(S);
    final PetitionPolicy petitions = new PetitionPolicy(S);
    final RepresentativeAssemblyPolicy representative = new RepresentativeAssemblyPolicy(S);

    @Test
    void aNewTermsHandoverIsDueTenCalendarDaysAfterTheFilingHolidaysIncluded() {
        // filed on 30 September 2026: the National Day holidays count, since the rule says days, not working days
        assertThat(deadlines.due(HandoverKind.TERM, LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    void aLeavingMembersHandoverIsDueThreeDaysAfterLeaving() {
        assertThat(deadlines.due(HandoverKind.MEMBER, LocalDate.of(2026, 2, 27))).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void theOwnerRollIsDueTwoMonthsAfterTheConditionAtTheMonthsEndWhereTheDayIsMissing() {
        assertThat(deadlines.rollDue(LocalDate.of(2026, 3, 15))).isEqualTo(LocalDate.of(2026, 5, 15));
        assertThat(deadlines.rollDue(LocalDate.of(2025, 12, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void theCountysNumbersChangeTheDeadlines() {
        var county = new HandoverDeadlines(S.with(GovernanceSetting.HANDOVER_TERM_DAYS, 15)
                .with(GovernanceSetting.ROLL_HANDOVER_MONTHS, 3));
        assertThat(county.due(HandoverKind.TERM, LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(county.rollDue(LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void moneyWithoutAnAmountANegativeAmountAndABlankDescriptionAreRefused() {
        List<FieldError> errors = HandoverChecklist.checkLines(List.of(
                new Line(HandoverItemKind.MONEY, "公共收益结余", null, false),
                new Line(HandoverItemKind.ACCOUNTS, "账簿", new BigDecimal("-1"), false),
                new Line(HandoverItemKind.SEAL, " ", null, false),
                new Line(HandoverItemKind.MONEY, "维修基金利息", new BigDecimal("1.005"), false)));
        assertThat(errors).extracting(FieldError::messageKey).containsExactly("handover.error.moneyAmount",
                "handover.error.amount", "handover.error.description", "handover.error.amount");
        assertThat(HandoverChecklist.checkLines(List.of(
                new Line(HandoverItemKind.MONEY, "公共收益结余", new BigDecimal("12345.67"), true)))).isEmpty();
    }

    @Test
    void theIncomingSideConfirmsOnlyWhenEveryItemIsHandedAndTheTownshipWitnessesLast() {
        List<Line> oneMissing = List.of(new Line(HandoverItemKind.SEAL, "业委会印章", null, true),
                new Line(HandoverItemKind.KEYS, "办公室钥匙", null, false));
        Confirmed none = new Confirmed(false, false, false);
        assertThat(HandoverChecklist.checkConfirm(HandoverSide.OUTGOING, oneMissing, none)).isEmpty();
        assertThat(HandoverChecklist.checkConfirm(HandoverSide.INCOMING, oneMissing, none))
                .extracting(FieldError::messageKey).containsExactly("handover.error.notHanded");
        assertThat(HandoverChecklist.checkConfirm(HandoverSide.OUTGOING, List.of(), none))
                .extracting(FieldError::messageKey).containsExactly("handover.error.empty");
        assertThat(HandoverChecklist.checkConfirm(HandoverSide.WITNESS, oneMissing, new Confirmed(true, false, false)))
                .extracting(FieldError::messageKey).containsExactly("handover.error.witnessFirst");
        assertThat(HandoverChecklist.checkConfirm(HandoverSide.WITNESS, oneMissing, new Confirmed(true, true, false)))
                .isEmpty();
        assertThat(HandoverChecklist.checkConfirm(HandoverSide.OUTGOING, oneMissing, new Confirmed(true, false, false)))
                .extracting(FieldError::messageKey).containsExactly("handover.error.confirmed");
        assertThat(HandoverChecklist.checkReplace(new Confirmed(true, false, false))).hasSize(1);
        assertThat(HandoverChecklist.checkReplace(none)).isEmpty();
    }

    @Test
    void aRepresentativeAssemblyNeedsMoreThanThreeHundredHouseholds() {
        assertThat(representative.check(AssemblyForm.REPRESENTATIVE, 301)).isEmpty();
        assertThat(representative.check(AssemblyForm.REPRESENTATIVE, 300)).get()
                .extracting(FieldError::messageKey).isEqualTo("assembly.error.representative");
        assertThat(representative.check(AssemblyForm.GENERAL, 12)).isEmpty();
    }

    @Test
    void twentyPercentOfTheOwnersForceATemporaryMeetingOneOwnerLessDoesNot() {
        assertThat(petitions.check(PetitionKind.TEMPORARY_MEETING, Proposer.OWNERS, 40, 200, 7)).isEmpty();
        assertThat(petitions.check(PetitionKind.TEMPORARY_MEETING, Proposer.OWNERS, 39, 200, 7))
                .extracting(FieldError::messageKey).containsExactly("petition.error.owners");
        // 201 owners: 40.2 rounds up to 41 signatures
        assertThat(petitions.check(PetitionKind.TEMPORARY_MEETING, Proposer.OWNERS, 40, 201, 7)).hasSize(1);
        assertThat(petitions.check(PetitionKind.TEMPORARY_MEETING, Proposer.COMMITTEE, 0, 201, 7)).isEmpty();
    }

    @Test
    void aThirdOfTheMembersOrTwentyPercentOfTheOwnersProposeARemoval() {
        assertThat(petitions.check(PetitionKind.REMOVAL, Proposer.MEMBERS, 3, 200, 9)).isEmpty();
        assertThat(petitions.check(PetitionKind.REMOVAL, Proposer.MEMBERS, 2, 200, 9))
                .extracting(FieldError::messageKey).containsExactly("petition.error.members");
        // 7 members: 7/3 = 2.33, so 3 are needed
        assertThat(petitions.check(PetitionKind.REMOVAL, Proposer.MEMBERS, 2, 200, 7)).hasSize(1);
        assertThat(petitions.check(PetitionKind.REMOVAL, Proposer.OWNERS, 40, 200, 7)).isEmpty();
        assertThat(petitions.check(PetitionKind.REMOVAL, Proposer.COMMITTEE, 0, 200, 7))
                .extracting(FieldError::messageKey).containsExactly("petition.error.proposer");
        assertThat(petitions.check(PetitionKind.TEMPORARY_MEETING, Proposer.MEMBERS, 7, 200, 7))
                .extracting(FieldError::messageKey).containsExactly("petition.error.proposer");
    }

    @Test
    void oneSettingsRecordKeepsEveryNumberWithTheRulesDefaultsAndIgnoresUnknownRows() {
        var stored = GovernanceSettings.of(Map.of("OWNERS_MIN_MEMBERS", 7, "NO_SUCH_SETTING", 1));
        assertThat(stored.ownersMinMembers()).isEqualTo(7);
        assertThat(stored.handoverTermDays()).isEqualTo(10);
        assertThat(stored.handoverMemberDays()).isEqualTo(3);
        assertThat(stored.rollHandoverMonths()).isEqualTo(2);
        assertThat(stored.representativeAssemblyHouseholds()).isEqualTo(300);
        assertThat(stored.asMap()).hasSize(GovernanceSetting.values().length).doesNotContainKey("NO_SUCH_SETTING");
        assertThat(stored.asMap(GovernanceSetting.Group.HANDOVER)).containsOnlyKeys("ROLL_HANDOVER_MONTHS",
                "HANDOVER_TERM_DAYS", "HANDOVER_MEMBER_DAYS");
    }
}
