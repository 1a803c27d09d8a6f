package org.anju.credit.internal;

import java.time.LocalDate;
import org.anju.casework.CaseClosed;
import org.anju.credit.CreditBook;
import org.anju.credit.CreditBook.Fact;
import org.anju.credit.CreditSource;
import org.anju.credit.InspectionFindingReported;
import org.anju.disclosure.UndisclosedChargeRecorded;
import org.anju.market.ContractEnded;
import org.anju.market.TerminationKind;
import org.anju.rating.CompanyCommended;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Other modules' facts become credit events (plan §12), after their transactions commit, from the persisted event
 * publication: a closed complaint (late, unsatisfied, or on time and satisfied), an inspection's result, a contract's
 * end, a commendation, a charge outside the disclosure board. Each fact is recorded once per source record and rule,
 * so a redelivered event changes nothing.
 */
@Component
class CreditFacts {

    private final CreditBook book;

    CreditFacts(CreditBook book) {
        this.book = book;
    }

    @ApplicationModuleListener
    void on(CaseClosed c) {
        book.recordComplaint(c);
    }

    @ApplicationModuleListener
    void on(InspectionFindingReported f) {
        String rule = switch (f.outcome()) {
            case "SERIOUS" -> "INSPECTION_SERIOUS";
            case "MINOR" -> "INSPECTION_MINOR";
            default -> "INSPECTION_CLEAN";
        };
        book.record(new Fact(f.companyId(), f.projectId(), f.estateId(), f.regionPath(), null, f.finishedOn(),
                CreditSource.INSPECTION, "inspection:" + f.inspectionId(), rule,
                "双随机抽查 " + f.inspectionId() + (f.problems() == 0 ? " 未发现问题" : " 发现问题 " + f.problems() + " 项")));
    }

    @ApplicationModuleListener
    void on(ContractEnded e) {
        String ref = "contract:" + e.contractId();
        if (e.overstayDays() > 0) {
            book.record(new Fact(e.companyId(), e.projectId(), e.estateId(), null, null, e.leftOn(),
                    CreditSource.CONTRACT, ref, "CONTRACT_OVERSTAYED",
                    "合同 " + e.contractId() + " 终止后逾期 " + e.overstayDays() + " 日退出"));
        } else if (e.terminationKind() != TerminationKind.DISMISSAL && e.handoverPassed()) {
            book.record(new Fact(e.companyId(), e.projectId(), e.estateId(), null, null, e.leftOn(),
                    CreditSource.CONTRACT, ref, "CONTRACT_COMPLETED", "合同 " + e.contractId() + " 终止后按期退出, 承接查验合格"));
        }
        if (e.terminationKind() == TerminationKind.DISMISSAL) {
            book.record(new Fact(e.companyId(), e.projectId(), e.estateId(), null, null, e.terminatesOn(),
                    CreditSource.CONTRACT, ref, "CONTRACT_DISMISSED", "合同 " + e.contractId() + " 被业主大会解聘"));
        }
    }

    @ApplicationModuleListener
    void on(CompanyCommended c) {
        book.record(new Fact(c.companyId(), c.projectId(), null, null, null, c.date(), CreditSource.COMMENDATION,
                "commendation:" + c.commendationId(), "COMMENDATION", "表彰: " + c.title()));
    }

    @ApplicationModuleListener
    void on(UndisclosedChargeRecorded v) {
        if (v.companyId() == null) {
            return;
        }
        book.record(new Fact(v.companyId(), null, v.estateId(), null, null, v.chargedOn(), CreditSource.DISCLOSURE,
                "violation:" + v.violationId(), "UNDISCLOSED_CHARGE", "收取公示以外的费用: " + v.item()));
    }
}
