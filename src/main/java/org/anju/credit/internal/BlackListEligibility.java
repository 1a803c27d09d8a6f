package org.anju.credit.internal;

import java.util.Optional;
import org.anju.credit.CreditBook;
import org.anju.credit.CreditList;
import org.anju.tender.BidderEligibility;
import org.springframework.stereotype.Component;

/** A black-listed company (黑榜) is refused in tenders (plan §12; Shangqiu: barred from bidding). */
@Component
class BlackListEligibility implements BidderEligibility {

    private final CreditBook book;

    BlackListEligibility(CreditBook book) {
        this.book = book;
    }

    @Override
    public Optional<String> refusal(long companyId) {
        return book.standing(companyId).filter(s -> s.list() == CreditList.BLACK)
                .map(s -> "credit.error.blackListed");
    }
}
