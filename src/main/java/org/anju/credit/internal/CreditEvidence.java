package org.anju.credit.internal;

import java.time.LocalDate;
import java.util.List;
import org.anju.credit.CreditBook;
import org.anju.platform.measure.ProjectEvidence;
import org.anju.platform.measure.ProjectEvidenceSource;
import org.springframework.stereotype.Component;

/** The star raters see the credit grade of the project's company (plan §12: credit as rating evidence). */
@Component
class CreditEvidence implements ProjectEvidenceSource {

    private final CreditBook book;

    CreditEvidence(CreditBook book) {
        this.book = book;
    }

    @Override
    public List<ProjectEvidence> evidence(long projectId, long companyId, long estateId, LocalDate from, LocalDate to) {
        return book.standing(companyId).map(s -> List.of(new ProjectEvidence("evidence.source.credit",
                        "企业信用等级", s.grade() + " (" + s.score().stripTrailingZeros().toPlainString() + ")"
                        + (s.list().name().equals("NONE") ? "" : s.list().name().equals("RED") ? " 红榜" : " 黑榜"),
                        "/console/credit/companies/" + companyId)))
                .orElse(List.of());
    }
}
