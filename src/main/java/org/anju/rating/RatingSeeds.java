package org.anju.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.anju.rating.RatingView.Entry;
import org.anju.rating.internal.EvidenceStore;
import org.anju.rating.internal.GuidanceStore;
import org.anju.rating.internal.RatingStore;
import org.anju.rating.internal.StandardStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes demo ratings without a signed-in user (the demo data and the benchmarks): the default standard, fee
 * guidance rows, rounds, full score sheets computed with the same arithmetic as the API, publication and an
 * answered objection. Not for production paths.
 */
@Component
@Transactional
public class RatingSeeds {

    private static final String ACTOR = "demo";

    private final StandardStore standards;
    private final RatingStore store;
    private final GuidanceStore guidance;
    private final Scoring scoring;
    private final FeeGuidance fees;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final EvidenceStore evidence;

    RatingSeeds(StandardStore standards, RatingStore store, GuidanceStore guidance, Scoring scoring,
                FeeGuidance fees, org.springframework.context.ApplicationEventPublisher events,
                EvidenceStore evidence) {
        this.events = events;
        this.evidence = evidence;
        this.standards = standards;
        this.store = store;
        this.guidance = guidance;
        this.scoring = scoring;
        this.fees = fees;
    }

    /** Saves the default standard as the county's first version. */
    public long standard(long countyId) {
        return standards.save(countyId, DefaultStandard.standard(), ACTOR);
    }

    public void guidance(long countyId, int star, boolean withLift, String base, String floatPercent,
                         LocalDate effectiveOn, String note) {
        guidance.add(new GuidanceStore.NewGuidance(countyId, star, withLift, FeeGuidance.SERVICE_FEE,
                new BigDecimal(base), new BigDecimal(floatPercent), effectiveOn, note, ACTOR));
    }

    /** Opens a round holding every project serving in the county on {@code servingOn}; returns its id. */
    public long round(long countyId, String countyPath, long standardId, String title, LocalDate openedOn,
                      LocalDate selfDue, LocalDate servingOn) {
        long id = store.insertRound(new RatingStore.NewRound(countyId, countyPath, standardId, title, openedOn,
                selfDue, 3, 5, ACTOR));
        store.addEntries(id, countyPath, servingOn);
        return id;
    }

    /** The company's self-assessment of the estate's project, around {@code quality} % of each item. */
    public void selfAssess(long roundId, long estateId, int quality, long seed) {
        entry(roundId, estateId).ifPresent(e -> {
            RatingStandard s = standards.find(store.round(roundId).standardId()).orElseThrow();
            sheet(e, s, "SELF", 0, quality, null, new SplittableRandom(seed));
            store.stage(e.id(), EntryStage.PENDING, EntryStage.SELF_ASSESSED);
        });
    }

    /** A file of evidence on the estate's project, for the item at that position (null: the whole project). */
    public void evidence(long roundId, long estateId, Integer itemPosition, String fileName, byte[] data) {
        entry(roundId, estateId).ifPresent(e -> {
            Long item = itemPosition == null ? null : standards.find(store.round(roundId).standardId()).orElseThrow()
                    .items().stream().filter(i -> i.position() == itemPosition).map(RatingStandard.Item::id)
                    .findFirst().orElse(null);
            EvidenceFiles.Checked f = EvidenceFiles.check(List.of(new EvidenceFiles.Upload(fileName, data)), 0).get(0);
            evidence.add(e.id(), item, f.fileName(), f.contentType(), f.data(), ACTOR);
        });
    }

    /**
     * Every sheet of the estate's project (self, township, the panel), scored around {@code quality} % of each item,
     * with the veto item of that position recorded by the township when {@code vetoPosition} is set; approved.
     */
    public void rate(long roundId, long estateId, Map<Long, String> panel, int quality, Integer vetoPosition,
                     long seed) {
        entry(roundId, estateId).ifPresent(e -> {
            SplittableRandom random = new SplittableRandom(seed);
            RatingStandard s = standards.find(store.round(roundId).standardId()).orElseThrow();
            sheet(e, s, "SELF", 0, Math.min(100, quality + 6), null, random);
            Long veto = vetoPosition == null ? null : s.items().stream().filter(i -> i.position() == vetoPosition)
                    .map(RatingStandard.Item::id).findFirst().orElse(null);
            sheet(e, s, "TOWNSHIP", 0, quality, veto, random);
            store.panel(e.id(), seed, panel);
            panel.keySet().forEach(x -> sheet(e, s, "EXPERT", x, quality, null, random));
            scoring.compute(e, s);
            store.stage(e.id(), EntryStage.PENDING, EntryStage.SCORED);
            store.approve(e.id(), ACTOR, store.round(roundId).openedOn().plusDays(40));
        });
    }

    public void publish(long roundId, LocalDate on, LocalDate objectionUntil, long countyId) {
        store.publishRound(roundId, on, objectionUntil);
        fees.check(countyId);
    }

    /** An objection to the estate's published star, answered by the county keeping the star. */
    public void objection(long roundId, long estateId, String role, String reason, String answer) {
        entry(roundId, estateId).ifPresent(e -> {
            long id = store.object(e.id(), ACTOR, role, reason);
            store.answer(e.id(), id, "MAINTAINED", null, answer, ACTOR);
        });
    }

    /** A commendation of the estate's rated company for that project, announced as {@link CompanyCommended}. */
    public void commend(long roundId, long estateId, long countyId, String title, String reason, LocalDate on) {
        entry(roundId, estateId).ifPresent(e -> {
            long id = guidance.commend(countyId, e.companyId(), e.companyName(), e.projectId(), title, reason, on,
                    ACTOR);
            events.publishEvent(new CompanyCommended(id, e.companyId(), e.projectId(), on, title));
        });
    }

    private java.util.Optional<Entry> entry(long roundId, long estateId) {
        return store.entries(roundId, new org.anju.identity.Jurisdiction.Condition("x.estate_id = :estate",
                Map.of("estate", estateId)), null, null, new org.anju.platform.PageRequest(0, 1)).stream().findFirst();
    }

    private void sheet(Entry e, RatingStandard s, String phase, long expert, int quality, Long veto,
                       SplittableRandom random) {
        Map<Long, BigDecimal> points = new HashMap<>();
        for (RatingStandard.Item i : s.scored()) {
            double share = Math.max(0, Math.min(100, quality - 4 + random.nextInt(9))) / 100.0;
            points.put(i.id(), i.maxScore().multiply(BigDecimal.valueOf(share)).setScale(1, RoundingMode.HALF_UP));
        }
        store.saveSheet(new RatingStore.NewSheet(e.id(), phase, expert, StarScore.total(points),
                veto == null ? null : "现场核查发现: 2025年8月该项目地下车库消防通道堵塞导致火灾蔓延, 造成1人重伤",
                phase.equals("SELF") ? "服务档案、巡查记录、维保合同、满意度调查表 (纸质材料已报送)" : null, ACTOR,
                points, veto == null ? List.of() : List.of(veto)));
    }
}
