package org.anju.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.anju.disclosure.Disclosures;
import org.anju.fund.FundUsages;
import org.anju.governance.Committees;
import org.anju.platform.PageRequest;
import org.anju.region.PublicRegisterFigures;
import org.anju.region.PublicRegisterFigures.TownshipFigure;
import org.anju.tender.Tenders;
import org.springframework.stereotype.Service;

/**
 * The portal front page's county-wide figures, computed at most once a minute: they are the same for everyone and
 * change slowly, so a short cache keeps the front page fast under load. Nothing per user is cached here.
 */
@Service
public class FrontPage {

    /** How long the figures are served before they are computed again. */
    static final Duration TTL = Duration.ofSeconds(60);

    /** What the front page shows, as of a moment. */
    public record Figures(List<TownshipFigure> townships, long estates, long houses, long boards, long committees,
                          long fundUses, long tenders, Instant asOf) {
    }

    private final PublicRegisterFigures register;
    private final Disclosures disclosures;
    private final Committees committees;
    private final FundUsages fund;
    private final Tenders tenders;
    private final Clock clock;
    private volatile Figures cached;

    FrontPage(PublicRegisterFigures register, Disclosures disclosures, Committees committees, FundUsages fund,
              Tenders tenders, Clock clock) {
        this.register = register;
        this.disclosures = disclosures;
        this.committees = committees;
        this.fund = fund;
        this.tenders = tenders;
        this.clock = clock;
    }

    public Figures figures() {
        Instant now = clock.instant();
        Figures f = cached;
        if (f == null || f.asOf().plus(TTL).isBefore(now)) {
            f = compute(now);
            cached = f;
        }
        return f;
    }

    private Figures compute(Instant now) {
        List<TownshipFigure> townships = register.perTownship();
        PageRequest one = PageRequest.of(0, 1);
        return new Figures(townships, townships.stream().mapToLong(TownshipFigure::estates).sum(),
                townships.stream().mapToLong(TownshipFigure::houses).sum(),
                disclosures.publicBoards(null, one).totalElements(),
                committees.publicFiled(null, null, one).totalElements(),
                fund.announced(null, null, one).totalElements(),
                tenders.publicList(null, one).totalElements(), now);
    }
}
