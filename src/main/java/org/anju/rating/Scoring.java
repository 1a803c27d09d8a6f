package org.anju.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.anju.identity.AnjuUser;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.rating.RatingView.Detail;
import org.anju.rating.RatingView.Entry;
import org.anju.rating.RatingView.Round;
import org.anju.rating.RatingView.Section;
import org.anju.rating.RatingView.Sheet;
import org.anju.rating.internal.RatingStore;
import org.anju.tender.ExpertPool;
import org.anju.tender.PanelDraw;
import org.anju.tender.TenderView.Expert;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The score sheets of a round (plan §8: the company self-assesses, the township reviews on site, an expert panel
 * drawn at random from the county's pool scores): the company on its own projects only, the township in its own
 * area, the experts' sheets entered on their behalf by the county or the township, which is recorded. When the
 * last expert's sheet is in, the final score, sections and star are computed ({@link StarScore}).
 */
@Service
@Transactional
public class Scoring {

    /** A sheet: points by item id, the veto items the rater records, a note and the evidence named. */
    public record SheetInput(Map<Long, BigDecimal> points, List<Long> vetoes, String note, String evidence) {
    }

    private final RatingStore store;
    private final Rounds rounds;
    private final Standards standards;
    private final RatingAccess access;
    private final ExpertPool experts;
    private final AuditLog audit;
    private final Clock clock;

    Scoring(RatingStore store, Rounds rounds, Standards standards, RatingAccess access, ExpertPool experts,
            AuditLog audit, Clock clock) {
        this.store = store;
        this.rounds = rounds;
        this.standards = standards;
        this.access = access;
        this.experts = experts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The company's self-assessment of its own project, until the township has reviewed it. */
    public Detail selfAssess(long roundId, long projectId, SheetInput in) {
        AnjuUser company = access.require(Role.PROPERTY_COMPANY);
        Entry e = open(roundId, projectId);
        if (e.stage() != EntryStage.PENDING && e.stage() != EntryStage.SELF_ASSESSED) {
            throw InvalidRequestException.rule("stage", "rating.error.reviewed");
        }
        sheet(e, "SELF", 0, in, false, company);
        store.stage(e.id(), EntryStage.PENDING, EntryStage.SELF_ASSESSED);
        return rounds.detail(roundId, projectId);
    }

    /** The township's on-site review; after the company's self-assessment, or without it once it is due. */
    public Detail review(long roundId, long projectId, SheetInput in) {
        AnjuUser township = access.require(Role.TOWNSHIP_OFFICE);
        Entry e = open(roundId, projectId);
        Round r = rounds.get(roundId);
        boolean due = !LocalDate.now(clock).isBefore(r.selfDue());
        boolean allowed = e.stage() == EntryStage.SELF_ASSESSED || (e.stage() == EntryStage.PENDING && due)
                || (e.stage() == EntryStage.REVIEWED
                    && store.panel(e.id()).stream().noneMatch(RatingView.PanelMember::scored));
        if (!allowed) {
            throw InvalidRequestException.rule("stage", "rating.error.notSelfAssessed");
        }
        sheet(e, "TOWNSHIP", 0, in, true, township);
        if (e.stage() != EntryStage.REVIEWED) {
            store.stage(e.id(), e.stage(), EntryStage.REVIEWED);
        }
        return rounds.detail(roundId, projectId);
    }

    /** Draws the project's panel from the county's pool, leaving out experts conflicted with its company. */
    public Detail drawPanel(long roundId, long projectId) {
        access.require(Role.COUNTY_AUTHORITY);
        Entry e = open(roundId, projectId);
        if (e.stage() != EntryStage.REVIEWED) {
            throw InvalidRequestException.rule("stage", "rating.error.notReviewed");
        }
        if (!store.panel(e.id()).isEmpty()) {
            throw InvalidRequestException.rule("panel", "rating.error.panelDrawn");
        }
        List<Expert> pool = experts.experts().stream().filter(Expert::active).toList();
        Set<Long> conflicted = new HashSet<>();
        pool.stream().filter(x -> x.conflicts().stream().anyMatch(c -> c.companyId() == e.companyId()))
                .forEach(x -> conflicted.add(x.id()));
        Round r = rounds.get(roundId);
        long seed = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        List<Long> drawn = PanelDraw.draw(pool.stream().map(Expert::id).toList(), conflicted, r.panelSize(), seed);
        if (drawn.isEmpty()) {
            throw InvalidRequestException.rule("panel", "rating.error.poolTooSmall", r.panelSize());
        }
        Map<Long, String> names = new LinkedHashMap<>();
        drawn.forEach(id -> pool.stream().filter(x -> x.id() == id).findFirst()
                .ifPresent(x -> names.put(id, x.name())));
        store.panel(e.id(), seed, names);
        audit.record(new AuditEntry("DRAW", "rating-entry", String.valueOf(e.id()), "随机抽取评定专家: "
                + e.estateName(), null, Map.of("experts", drawn, "seed", seed, "conflicted", conflicted), null));
        return rounds.detail(roundId, projectId);
    }

    /** One expert's sheet, entered by the county or the township on the expert's behalf. */
    public Detail expertScore(long roundId, long projectId, long expertId, SheetInput in) {
        AnjuUser clerk = access.require(Role.COUNTY_AUTHORITY, Role.TOWNSHIP_OFFICE);
        Entry e = open(roundId, projectId);
        if (e.stage() != EntryStage.REVIEWED && e.stage() != EntryStage.SCORED) {
            throw InvalidRequestException.rule("stage", "rating.error.notReviewed");
        }
        if (store.panel(e.id()).stream().noneMatch(m -> m.expertId() == expertId)) {
            throw InvalidRequestException.field("expertId", "rating.error.notOnPanel");
        }
        sheet(e, "EXPERT", expertId, in, true, clerk);
        if (store.panel(e.id()).stream().allMatch(RatingView.PanelMember::scored)) {
            compute(e, standards.byId(rounds.get(roundId).standardId()));
            store.stage(e.id(), EntryStage.REVIEWED, EntryStage.SCORED);
        }
        return rounds.detail(roundId, projectId);
    }

    private void sheet(Entry e, String phase, long expertId, SheetInput in, boolean mayVeto, AnjuUser who) {
        RatingStandard s = standards.byId(rounds.get(e.roundId()).standardId());
        Map<Long, BigDecimal> points = in.points() == null ? Map.of() : in.points();
        List<FieldError> errors = new ArrayList<>(StarScore.check(s, points));
        List<Long> vetoes = in.vetoes() == null || !mayVeto ? List.of() : in.vetoes().stream().distinct().toList();
        if (vetoes.stream().anyMatch(v -> v == null || s.vetoes().stream().noneMatch(i -> i.id() == v))) {
            errors.add(new FieldError("vetoes", "rating.error.unknownVeto"));
        }
        String note = optional(errors, "note", in.note());
        String evidence = optional(errors, "evidence", in.evidence());
        if (!vetoes.isEmpty() && note == null) {
            errors.add(new FieldError("note", "rating.error.vetoNote"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        BigDecimal total = StarScore.total(points);
        store.saveSheet(new RatingStore.NewSheet(e.id(), phase, expertId, total, note, evidence, who.getUsername(),
                points, vetoes));
        audit.record(new AuditEntry("SCORE", "rating-entry", String.valueOf(e.id()), "星级评分 " + phase + ": "
                + e.estateName(), null, Map.of("total", total, "expertId", expertId, "vetoes", vetoes), null));
    }

    /** Computes and stores the final score, sections and star from the township and expert sheets. */
    void compute(Entry e, RatingStandard s) {
        List<Sheet> sheets = store.sheets(e.id());
        Sheet township = sheets.stream().filter(x -> x.phase().equals("TOWNSHIP")).findFirst().orElseThrow();
        List<Sheet> expertSheets = sheets.stream().filter(x -> x.phase().equals("EXPERT")).toList();
        boolean vetoed = sheets.stream().filter(x -> !x.phase().equals("SELF"))
                .anyMatch(x -> x.points().stream().anyMatch(RatingView.Points::vetoed));
        BigDecimal score = StarScore.combine(township.total(), expertSheets.stream().map(Sheet::total).toList(),
                s.townshipWeight());
        int star = StarScore.star(score, s.thresholds(), vetoed);
        List<Section> sections = new ArrayList<>();
        for (String section : s.sections()) {
            Set<Long> ids = new HashSet<>();
            s.scored().stream().filter(i -> i.section().equals(section)).forEach(i -> ids.add(i.id()));
            if (ids.isEmpty()) {
                continue;
            }
            BigDecimal max = s.scored().stream().filter(i -> ids.contains(i.id())).map(RatingStandard.Item::maxScore)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            sections.add(new Section(section, StarScore.combine(sum(township, ids),
                    expertSheets.stream().map(x -> sum(x, ids)).toList(), s.townshipWeight()), max));
        }
        store.result(e.id(), score, star == 0 ? null : star, vetoed, sections);
    }

    private static BigDecimal sum(Sheet sheet, Set<Long> items) {
        return sheet.points().stream().filter(p -> items.contains(p.itemId()) && !p.vetoed())
                .map(RatingView.Points::points).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(1, RoundingMode.HALF_UP);
    }

    /** The entry in an open round inside the caller's view (404 outside). */
    private Entry open(long roundId, long projectId) {
        Entry e = rounds.entry(roundId, projectId);
        if (rounds.get(roundId).status() != RoundStatus.OPEN) {
            throw InvalidRequestException.rule("status", "rating.error.published");
        }
        return e;
    }

    private static String optional(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > 2000) {
            errors.add(new FieldError(field, "rating.error.text", 0, 2000));
        }
        return value.strip();
    }
}
