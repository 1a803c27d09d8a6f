package org.anju.disclosure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The §11 items a board must carry (Henan Art. 39) and the 3-month freshness limit, at their edges. */
class BoardRulesTests {

    static BoardDraft complete(boolean lifts) {
        return new BoardDraft("王经理", "0393-1234567", "0393-7654321", "保洁、秩序维护、绿化、共用设施维护",
                "二级服务标准", FeeRegime.LUMP_SUM, List.of(new PricedItem("物业服务费", new BigDecimal("1.20"),
                "元/平方米·月")), lifts, lifts ? "濮阳市安达电梯维保有限公司" : null, lifts ? "0393-5550001" : null,
                "台前县消防设施维保中心", "0393-5550002", 120, 96, new BigDecimal("150.00"), "地下车库 120 个",
                "按户均摊, 每季度公示", "2026年第三季度", new BigDecimal("320000.00"), new BigDecimal("298000.50"),
                new BigDecimal("12000.00"), new BigDecimal("3000.00"), lifts ? new BigDecimal("18000.00") : null,
                List.of());
    }

    @Test
    void aCompleteBoardMissesNothing() {
        assertThat(BoardCompleteness.missing(complete(true))).isEmpty();
    }

    @Test
    void anEstateWithoutLiftsNeedsNoLiftContractorNorLiftSpending() {
        assertThat(BoardCompleteness.missing(complete(false))).isEmpty();
    }

    @Test
    void anEmptyBoardMissesEveryItem() {
        assertThat(BoardCompleteness.missing(BoardDraft.empty())).containsExactly(DisclosureItem.values());
    }

    @Test
    void aManagerWithoutPhoneAndNoFeeItemsAreMissing() {
        BoardDraft c = complete(true);
        BoardDraft d = new BoardDraft(c.managerName(), " ", c.complaintPhone(), c.serviceContent(),
                c.serviceStandard(), c.feeRegime(), List.of(), true, c.liftContractor(), c.liftContractorPhone(),
                c.fireContractor(), c.fireContractorPhone(), c.parkingSpaces(), c.parkingRented(),
                c.parkingMonthlyFee(), c.parkingNote(), c.utilityAllocation(), c.accountsPeriod(), c.feeIncome(),
                c.feeExpense(), c.commonIncome(), null, c.liftMaintenanceSpent(), List.of());
        assertThat(BoardCompleteness.missing(d)).containsExactly(DisclosureItem.MANAGER, DisclosureItem.FEES,
                DisclosureItem.ACCOUNTS);
    }

    @Test
    void aBoardPublishedExactlyThreeMonthsAgoIsStillCurrentAndOneDayMoreIsStale() {
        LocalDate today = LocalDate.of(2026, 11, 24);
        assertThat(BoardFreshness.stale(LocalDate.of(2026, 8, 24), today)).isFalse();
        assertThat(BoardFreshness.stale(LocalDate.of(2026, 8, 23), today)).isTrue();
        assertThat(BoardFreshness.stale(today, today)).isFalse();
    }

    @Test
    void atTheEndOfAShortMonthTheLimitFollowsTheCalendar() {
        // 2026-05-31 plus three months is 2026-08-31; on 2026-08-30 the limit reaches back to 2026-05-30.
        assertThat(BoardFreshness.stale(LocalDate.of(2026, 5, 30), LocalDate.of(2026, 8, 30))).isFalse();
        assertThat(BoardFreshness.stale(LocalDate.of(2026, 5, 29), LocalDate.of(2026, 8, 30))).isTrue();
        // 2026-11-30 minus three months is 2026-08-30: a board of 2026-08-31 is current
        assertThat(BoardFreshness.stale(LocalDate.of(2026, 8, 31), LocalDate.of(2026, 11, 30))).isFalse();
    }

    @Test
    void malformedDraftsAreRefusedFieldByField() {
        BoardDraft c = complete(true);
        BoardDraft d = new BoardDraft("长".repeat(33), "abc", c.complaintPhone(), c.serviceContent(),
                c.serviceStandard(), c.feeRegime(), List.of(new PricedItem("", new BigDecimal("1.234"), "元")), true,
                c.liftContractor(), c.liftContractorPhone(), c.fireContractor(), c.fireContractorPhone(), 10, 11,
                new BigDecimal("-1"), null, null, null, null, null, null, null, null, null);
        assertThat(DraftValidation.check(d)).extracting(e -> e.field()).containsExactlyInAnyOrder("managerName",
                "managerPhone", "parkingRented", "parkingMonthlyFee", "feeItems[0].name", "feeItems[0].price");
    }

    @Test
    void anItemOnTheBoardMatchesWhateverItsCaseAndSpaces() {
        assertThat(Disclosures.onBoard(complete(true), " 物业服务费 ")).isTrue();
        assertThat(Disclosures.onBoard(complete(true), "装修垃圾清运费")).isFalse();
    }
}
