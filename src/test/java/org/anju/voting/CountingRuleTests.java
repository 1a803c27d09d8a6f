package org.anju.voting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.anju.voting.CountingRule.Outcome;
import org.anju.voting.Electorate.Holding;
import org.anju.voting.Tally.Weight;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Civil Code art. 278 and SPC 2020 arts. 8–9 at their edges (rules.md §1), with exact areas. */
class CountingRuleTests {

    private static Weight w(String area, long owners) {
        return new Weight(new BigDecimal(area), owners);
    }

    private static Outcome meeting(Matter matter, Weight total, Weight agree, Weight against, Weight abstain) {
        return CountingRule.decide(matter, VoteMode.MEETING, new Tally(total, agree, against, abstain));
    }

    // ---- participation: ≥ 2/3 of the area and ≥ 2/3 of the owners

    @Test
    void exactlyTwoThirdsOfAreaAndOwnersIsQuorate() {
        // 300.00 m², 9 owners; 200.00 m² and 6 owners take part, all agree
        assertThat(meeting(Matter.OTHER, w("300.00", 9), w("200.00", 6), Weight.ZERO, Weight.ZERO))
                .isEqualTo(new Outcome(true, true));
    }

    @Test
    void oneHundredthOfASquareMetreShortOfTwoThirdsIsNotQuorate() {
        assertThat(meeting(Matter.OTHER, w("300.00", 9), w("199.99", 6), Weight.ZERO, Weight.ZERO))
                .isEqualTo(new Outcome(false, false));
    }

    @Test
    void twoThirdsOfAreaWithOneOwnerShortOfTwoThirdsIsNotQuorate() {
        assertThat(meeting(Matter.OTHER, w("300.00", 9), w("250.00", 5), Weight.ZERO, Weight.ZERO).quorate())
                .isFalse();
    }

    @Test
    void twoThirdsOfAnAreaThatIsNotAMultipleOfThreeIsComparedExactly() {
        // 100.00 m²: 2/3 is 66.666…; 66.67 reaches it, 66.66 does not
        assertThat(meeting(Matter.OTHER, w("100.00", 3), w("66.67", 2), Weight.ZERO, Weight.ZERO).quorate()).isTrue();
        assertThat(meeting(Matter.OTHER, w("100.00", 3), w("66.66", 2), Weight.ZERO, Weight.ZERO).quorate()).isFalse();
    }

    // ---- ordinary matters: more than half of the participants

    @Test
    void exactlyHalfOfTheParticipatingAreaDoesNotCarryAnOrdinaryMatter() {
        // 10 participants, 100.00 m²: agree 6 owners but exactly 50.00 m²
        assertThat(meeting(Matter.HIRE_COMPANY, w("120.00", 12), w("50.00", 6), w("50.00", 4), Weight.ZERO))
                .isEqualTo(new Outcome(true, false));
    }

    @Test
    void exactlyHalfOfTheParticipatingOwnersDoesNotCarryAnOrdinaryMatter() {
        assertThat(meeting(Matter.HIRE_COMPANY, w("120.00", 12), w("60.00", 5), w("40.00", 5), Weight.ZERO).passed())
                .isFalse();
    }

    @Test
    void oneHundredthOverHalfWithAMajorityOfOwnersCarries() {
        assertThat(meeting(Matter.HIRE_COMPANY, w("120.00", 12), w("50.01", 6), w("49.99", 4), Weight.ZERO).passed())
                .isTrue();
    }

    @Test
    void abstentionsTakePartButDoNotAgree() {
        // 9 owners of 90 m² take part: 4 agree (40 m²), 5 abstain (50 m²): quorate, not carried
        Outcome o = meeting(Matter.COVENANT, w("120.00", 12), w("40.00", 4), Weight.ZERO, w("50.00", 5));
        assertThat(o).isEqualTo(new Outcome(true, false));
        // without the abstainers the same agreement would not even be quorate
        assertThat(meeting(Matter.COVENANT, w("120.00", 12), w("40.00", 4), Weight.ZERO, Weight.ZERO).quorate())
                .isFalse();
    }

    // ---- special matters (items 6–8): ≥ 3/4 of the participants

    @Test
    void exactlyThreeQuartersOfTheParticipantsCarriesASpecialMatter() {
        assertThat(meeting(Matter.RAISE_FUND, w("100.00", 8), w("60.00", 6), w("20.00", 2), Weight.ZERO))
                .isEqualTo(new Outcome(true, true));
    }

    @Test
    void oneHundredthShortOfThreeQuartersOfTheAreaFailsASpecialMatter() {
        assertThat(meeting(Matter.REBUILD, w("100.00", 8), w("59.99", 6), w("20.01", 2), Weight.ZERO).passed())
                .isFalse();
    }

    @Test
    void oneOwnerShortOfThreeQuartersFailsASpecialMatterWhateverTheArea() {
        assertThat(meeting(Matter.CHANGE_COMMON_USE, w("100.00", 8), w("70.00", 5), w("10.00", 2), w("5.00", 1))
                .passed()).isFalse();
    }

    @Test
    void aMajorityThatCarriesAnOrdinaryMatterFailsASpecialOne() {
        Weight total = w("100.00", 8);
        assertThat(meeting(Matter.USE_FUND, total, w("55.00", 5), w("25.00", 3), Weight.ZERO).passed()).isTrue();
        assertThat(meeting(Matter.RAISE_FUND, total, w("55.00", 5), w("25.00", 3), Weight.ZERO).passed()).isFalse();
    }

    @Test
    void onlyFundRaisingRebuildingAndChangeOfUseAreSpecial() {
        assertThat(Set.of(Matter.values()).stream().filter(Matter::special))
                .containsExactlyInAnyOrder(Matter.RAISE_FUND, Matter.REBUILD, Matter.CHANGE_COMMON_USE);
    }

    // ---- objection voting (异议表决)

    @Test
    void objectorsHoldingExactlyOneThirdDoNotBlockTheFundUse() {
        Outcome o = CountingRule.decide(Matter.USE_FUND, VoteMode.OBJECTION,
                new Tally(w("300.00", 9), Weight.ZERO, w("100.00", 3), Weight.ZERO));
        assertThat(o).isEqualTo(new Outcome(true, true));
    }

    @Test
    void objectorsHoldingOneHundredthOverOneThirdOfTheAreaBlockTheFundUse() {
        assertThat(CountingRule.decide(Matter.USE_FUND, VoteMode.OBJECTION,
                new Tally(w("300.00", 9), Weight.ZERO, w("100.01", 2), Weight.ZERO)).passed()).isFalse();
    }

    @Test
    void objectorsOverOneThirdOfTheOwnersBlockTheFundUseWhateverTheirArea() {
        assertThat(CountingRule.decide(Matter.USE_FUND, VoteMode.OBJECTION,
                new Tally(w("300.00", 9), Weight.ZERO, w("40.00", 4), Weight.ZERO)).passed()).isFalse();
    }

    @Test
    void anObjectionVoteNeedsNoParticipationAndAbstentionsDoNotObject() {
        assertThat(CountingRule.decide(Matter.USE_FUND, VoteMode.OBJECTION,
                new Tally(w("300.00", 9), Weight.ZERO, Weight.ZERO, w("200.00", 6))).passed()).isTrue();
    }

    @Test
    void anObjectionVoteDecidesNothingButTheUseOfTheFund() {
        assertThatThrownBy(() -> CountingRule.decide(Matter.RAISE_FUND, VoteMode.OBJECTION,
                new Tally(w("1.00", 1), Weight.ZERO, Weight.ZERO, Weight.ZERO)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- who counts as one owner (SPC art. 9)

    @Test
    void anOwnerOfSeveralHousesCountsOnceWithTheirWholeArea() {
        Electorate e = Electorate.of(List.of(new Holding(1, new BigDecimal("80.50"), List.of(7L)),
                new Holding(2, new BigDecimal("60.25"), List.of(8L)),
                new Holding(3, new BigDecimal("99.99"), List.of(7L))));
        assertThat(e.total()).isEqualTo(w("240.74", 2));
        assertThat(e.voters().get(0).houseIds()).containsExactly(1L, 3L);
        assertThat(e.voters().get(0).area()).isEqualByComparingTo("180.49");
    }

    @Test
    void theDevelopersUnsoldHousesCountAsOneOwner() {
        Electorate e = Electorate.of(List.of(new Holding(1, new BigDecimal("90.00"), List.of()),
                new Holding(2, new BigDecimal("90.00"), List.of(5L)),
                new Holding(3, new BigDecimal("120.00"), List.of()),
                new Holding(4, new BigDecimal("70.00"), List.of())));
        assertThat(e.total()).isEqualTo(w("370.00", 2));
        Electorate.Voter developer = e.voters().get(0);
        assertThat(developer.developer()).isTrue();
        assertThat(developer.houseIds()).containsExactly(1L, 3L, 4L);
        assertThat(developer.area()).isEqualByComparingTo("280.00");
    }

    @Test
    void coOwnersOfAHouseAreItsOneOwnerAndJoinTheirOtherHouses() {
        // house 1 owned by 7 and 8 together, house 2 by 8 alone, house 3 by 9
        Electorate e = Electorate.of(List.of(new Holding(1, new BigDecimal("50.00"), List.of(7L, 8L)),
                new Holding(2, new BigDecimal("40.00"), List.of(8L)),
                new Holding(3, new BigDecimal("30.00"), List.of(9L))));
        assertThat(e.voters()).hasSize(2);
        assertThat(e.voters().get(0).ownerIds()).containsExactly(7L, 8L);
        assertThat(e.voters().get(0).area()).isEqualByComparingTo("90.00");
    }

    @Test
    void aMultiHouseOwnerDecidesTheCountByTheirWholeArea() {
        // three voters: A holds two houses (130 m²), B and C one each (60 m², 60 m²); total 250 m², 3 owners
        Electorate e = Electorate.of(List.of(new Holding(1, new BigDecimal("65.00"), List.of(1L)),
                new Holding(2, new BigDecimal("65.00"), List.of(1L)),
                new Holding(3, new BigDecimal("60.00"), List.of(2L)),
                new Holding(4, new BigDecimal("60.00"), List.of(3L))));
        Tally t = new Tally.Counter(e.total()).add(e.voters().get(0).area(), Choice.AGREE)
                .add(e.voters().get(1).area(), Choice.AGAINST).tally();
        // 2 of 3 owners and 190 of 250 m² take part; A alone has 130 of 190 m² but only 1 of 2 owners
        assertThat(CountingRule.decide(Matter.OTHER, VoteMode.MEETING, t)).isEqualTo(new Outcome(true, false));
        assertThat(t.participating()).isEqualTo(w("190.00", 2));
    }

    @Test
    void anEmptyRollCarriesNothing() {
        assertThat(meeting(Matter.OTHER, Weight.ZERO, Weight.ZERO, Weight.ZERO, Weight.ZERO))
                .isEqualTo(new Outcome(false, false));
    }
}
