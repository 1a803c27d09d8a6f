package org.anju.stats;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.NotFoundException;
import org.anju.platform.measure.RegionMeasure;
import org.anju.region.RegionPlaces;
import org.anju.region.RegionPlaces.Place;
import org.anju.stats.AssessmentView.Breakdown;
import org.anju.stats.AssessmentView.Indicator;
import org.anju.stats.AssessmentView.Kind;
import org.anju.stats.AssessmentView.Line;
import org.anju.stats.AssessmentView.Overview;
import org.anju.stats.AssessmentView.Published;
import org.anju.stats.AssessmentView.Ranked;
import org.anju.stats.AssessmentView.Status;
import org.anju.stats.internal.AssessmentStore;
import org.anju.stats.internal.AssessmentStore.Evidence;
import org.anju.stats.internal.AssessmentStore.Score;
import org.anju.stats.internal.AssessmentStore.Year;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The township assessment (plan 保障措施(二) 考核, issue 13): the county's indicator system per year, scores computed
 * from the platform's measures ({@link RegionMeasure}, whatever beans exist) or entered by the assessors with
 * evidence, the ranking, the county's approval and publication. A township sees its own breakdown; the ranking of
 * the others only once published. Decision 0021.
 */
@Service
@Transactional(readOnly = true)
public class Assessments {

    /** Indicators that lost most, shown to the township as where to improve. */
    static final int IMPROVE = 3;

    private final AssessmentStore store;
    private final RegionPlaces places;
    private final Map<String, RegionMeasure> measures;
    private final AuditLog audit;
    private final Clock clock;

    Assessments(AssessmentStore store, RegionPlaces places, List<RegionMeasure> measures, AuditLog audit, Clock clock) {
        this.store = store;
        this.places = places;
        this.measures = measures.stream().collect(Collectors.toMap(RegionMeasure::code, Function.identity(),
                (a, b) -> a, java.util.TreeMap::new));
        this.audit = audit;
        this.clock = clock;
    }

    /** New indicator: a formula (measure, rule, target) or an entered score. */
    public record NewIndicator(String name, BigDecimal weight, Kind kind, String measureCode, ScoreRule rule,
                               BigDecimal target, String hint) {
    }

    /** The measures present at runtime. */
    public List<AssessmentView.Measure> measures() {
        return measures.values().stream()
                .map(m -> new AssessmentView.Measure(m.code(), m.messageKey(), m.unit().name())).toList();
    }

    /** The caller's role in the assessment: true for the county, false for a township (others 403). */
    public boolean callerIsCounty() {
        return caller().county();
    }

    /** The caller's township (null for the county). */
    public Long callerTownship() {
        return caller().townshipId();
    }

    /** A year of the caller's county. A township sees the ranking only once published, else its own row. */
    public Overview overview(int year) {
        StatsCaller c = caller();
        Optional<Year> y = store.year(c.countyId(), year);
        List<Indicator> indicators = store.indicators(c.countyId(), year);
        Status status = y.map(Year::status).orElse(Status.OPEN);
        List<Ranked> ranking = ranking(c.countyId(), year);
        if (!c.county() && status != Status.PUBLISHED) {
            ranking = ranking.stream().filter(r -> r.townshipId() == c.townshipId()).toList();
        }
        return new Overview(c.countyId(), year, status, y.map(Year::computedAt).orElse(null),
                y.map(Year::approvedAt).orElse(null), y.map(Year::publishedAt).orElse(null),
                indicators.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add), indicators,
                ranking);
    }

    /** Adds an indicator to an open year (the county only). */
    @Transactional
    public Indicator addIndicator(int year, NewIndicator n) {
        StatsCaller c = caller().requireCounty();
        year(year);
        Year y = open(c, year);
        if (n == null || n.name() == null || n.name().isBlank() || n.name().strip().length() > 100) {
            throw InvalidRequestException.field("name", "assessment.error.name");
        }
        if (n.weight() == null || n.weight().signum() <= 0 || n.weight().compareTo(BigDecimal.valueOf(100)) > 0
                || n.weight().scale() > 2) {
            throw InvalidRequestException.field("weight", "assessment.error.weight");
        }
        if (n.kind() == null) {
            throw InvalidRequestException.field("kind", "assessment.error.kind");
        }
        String hint = n.hint() == null || n.hint().isBlank() ? null : n.hint().strip();
        if (hint != null && hint.length() > 300) {
            throw InvalidRequestException.field("hint", "assessment.error.hint");
        }
        Indicator i;
        if (n.kind() == Kind.FORMULA) {
            if (n.measureCode() == null || n.measureCode().isBlank() || n.measureCode().length() > 64) {
                throw InvalidRequestException.field("measureCode", "assessment.error.measure");
            }
            if (n.rule() == null) {
                throw InvalidRequestException.field("rule", "assessment.error.rule");
            }
            if (n.target() == null || n.target().signum() <= 0 || n.target().scale() > 2
                    || n.target().compareTo(new BigDecimal("1000000")) >= 0) {
                throw InvalidRequestException.field("target", "assessment.error.target");
            }
            i = new Indicator(0, n.name().strip(), n.weight(), Kind.FORMULA, n.measureCode().strip(), n.rule(),
                    n.target(), hint, 0);
        } else {
            i = new Indicator(0, n.name().strip(), n.weight(), Kind.ENTERED, null, null, null, hint, 0);
        }
        if (store.nameTaken(c.countyId(), year, i.name())) {
            throw InvalidRequestException.rule("name", "assessment.error.nameTaken");
        }
        long id = store.insert(y.countyId(), year, i);
        audit.record(AuditEntry.created("stats-indicator", id, "新增" + year + "年考核指标 " + i.name(), i));
        return store.indicator(c.countyId(), year, id).orElseThrow();
    }

    /** Removes an indicator of an open year with its scores (the county only). */
    @Transactional
    public void removeIndicator(int year, long id) {
        StatsCaller c = caller().requireCounty();
        Indicator i = store.indicator(c.countyId(), year, id).orElseThrow(() -> new NotFoundException("indicator", id));
        open(c, year);
        store.delete(c.countyId(), year, id);
        audit.record(new AuditEntry("DELETE", "stats-indicator", String.valueOf(id),
                "删除" + year + "年考核指标 " + i.name(), i, null, null));
    }

    /** Copies last year's indicators into a year that has none (the county only); returns how many. */
    @Transactional
    public int copyPreviousYear(int year) {
        StatsCaller c = caller().requireCounty();
        year(year);
        open(c, year);
        if (!store.indicators(c.countyId(), year).isEmpty()) {
            throw InvalidRequestException.rule("year", "assessment.error.notEmpty");
        }
        List<Indicator> last = store.indicators(c.countyId(), year - 1);
        if (last.isEmpty()) {
            throw InvalidRequestException.rule("year", "assessment.error.nothingToCopy", year - 1);
        }
        last.forEach(i -> store.insert(c.countyId(), year, i));
        audit.record(new AuditEntry("CREATE", "stats-assessment", c.countyId() + "/" + year,
                "复制" + (year - 1) + "年考核指标体系到" + year + "年", null, Map.of("indicators", last.size()), null));
        return last.size();
    }

    /**
     * Computes every formula indicator for every township of the county over the year up to today (or the year's
     * end), and opens an empty entry for every entered one. Entered scores stay. The county only, open years.
     */
    @Transactional
    public Overview compute(int year) {
        StatsCaller c = caller().requireCounty();
        year(year);
        open(c, year);
        List<Indicator> indicators = store.indicators(c.countyId(), year);
        if (indicators.isEmpty()) {
            throw InvalidRequestException.rule("year", "assessment.error.noIndicators");
        }
        computeFor(c.countyId(), year, indicators);
        store.mark(c.countyId(), year, "computed", null, c.username());
        audit.record(new AuditEntry("UPDATE", "stats-assessment", c.countyId() + "/" + year, "计算" + year + "年考核得分",
                null, Map.of("indicators", indicators.size()), null));
        return overview(year);
    }

    void computeFor(long countyId, int year, List<Indicator> indicators) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate today = LocalDate.now(clock);
        LocalDate to = LocalDate.of(year, 12, 31);
        if (to.isAfter(today)) {
            to = today;
        }
        for (Place t : places.children(countyId)) {
            for (Indicator i : indicators) {
                if (i.kind() == Kind.ENTERED) {
                    store.placeholder(i.id(), t.id(), t.name(), t.path());
                    continue;
                }
                RegionMeasure m = measures.get(i.measureCode());
                if (m == null) {
                    store.computed(i.id(), t.id(), t.name(), t.path(), null, true, null);
                    continue;
                }
                Optional<BigDecimal> value = from.isAfter(to) ? Optional.empty() : m.value(t.path(), from, to);
                store.computed(i.id(), t.id(), t.name(), t.path(), value.orElse(null), false,
                        value.map(v -> i.rule().points(v, i.target(), i.weight())).orElse(null));
            }
        }
    }

    /** The assessors (the county) enter a score of an entered indicator with its evidence. */
    @Transactional
    public Line enter(int year, long townshipId, long indicatorId, BigDecimal points, String text, Evidence file) {
        StatsCaller c = caller().requireCounty();
        Indicator i = store.indicator(c.countyId(), year, indicatorId)
                .orElseThrow(() -> new NotFoundException("indicator", indicatorId));
        Score before = store.scores(c.countyId(), year, townshipId).stream().filter(s -> s.indicatorId() == indicatorId)
                .findFirst().orElseThrow(() -> new NotFoundException("township", townshipId));
        open(c, year);
        if (i.kind() != Kind.ENTERED) {
            throw InvalidRequestException.rule("indicatorId", "assessment.error.notEntered");
        }
        if (points == null || points.signum() < 0 || points.compareTo(i.weight()) > 0 || points.scale() > 2) {
            throw InvalidRequestException.field("points", "assessment.error.points", i.weight());
        }
        if (text == null || text.isBlank() || text.strip().length() > 2000) {
            throw InvalidRequestException.field("evidenceText", "assessment.error.evidence");
        }
        if (file != null && (file.content().length > 10 * 1024 * 1024 || file.name() == null
                || file.name().length() > 200)) {
            throw InvalidRequestException.field("file", "assessment.error.file");
        }
        store.entered(indicatorId, townshipId, points.setScale(2), text.strip(), file, c.username());
        audit.record(new AuditEntry("UPDATE", "stats-score", indicatorId + "/" + townshipId,
                "录入" + year + "年考核得分 " + before.townshipName() + " " + i.name(),
                before.points() == null ? null : Map.of("points", before.points().toPlainString()),
                Map.of("points", points.setScale(2).toPlainString()), null));
        return breakdown(year, townshipId).lines().stream().filter(l -> l.indicator().id() == indicatorId)
                .findFirst().orElseThrow();
    }

    /** An entered score's evidence file; 404 outside what the caller may see. */
    public Evidence evidence(int year, long townshipId, long indicatorId) {
        breakdown(year, townshipId);
        return store.evidence(indicatorId, townshipId).orElseThrow(() -> new NotFoundException("evidence", indicatorId));
    }

    /** The county approves a computed year whose entered indicators are all scored; nothing changes after. */
    @Transactional
    public Overview approve(int year) {
        StatsCaller c = caller().requireCounty();
        Year y = store.year(c.countyId(), year).orElseThrow(() -> new NotFoundException("assessment", year));
        store.lock(c.countyId(), year);
        if (y.status() != Status.OPEN) {
            throw InvalidRequestException.rule("year", "assessment.error.notOpen");
        }
        if (y.computedAt() == null) {
            throw InvalidRequestException.rule("year", "assessment.error.notComputed");
        }
        long missing = store.unentered(c.countyId(), year);
        if (missing > 0) {
            throw InvalidRequestException.rule("year", "assessment.error.unentered", missing);
        }
        store.mark(c.countyId(), year, "approved", Status.APPROVED.name(), c.username());
        audit.record(new AuditEntry("UPDATE", "stats-assessment", c.countyId() + "/" + year, "审定" + year + "年考核结果",
                Map.of("status", "OPEN"), Map.of("status", "APPROVED"), null));
        return overview(year);
    }

    /** The county publishes an approved year: the ranking goes on the public page. */
    @Transactional
    public Overview publish(int year) {
        StatsCaller c = caller().requireCounty();
        Year y = store.year(c.countyId(), year).orElseThrow(() -> new NotFoundException("assessment", year));
        store.lock(c.countyId(), year);
        if (y.status() != Status.APPROVED) {
            throw InvalidRequestException.rule("year", "assessment.error.notApproved");
        }
        store.mark(c.countyId(), year, "published", Status.PUBLISHED.name(), c.username());
        audit.record(new AuditEntry("UPDATE", "stats-assessment", c.countyId() + "/" + year, "公布" + year + "年考核结果",
                Map.of("status", "APPROVED"), Map.of("status", "PUBLISHED"), null));
        return overview(year);
    }

    /** One township's breakdown: the county any of its townships, a township its own (else 404). */
    public Breakdown breakdown(int year, long townshipId) {
        StatsCaller c = caller();
        if (!c.county() && c.townshipId() != townshipId) {
            throw new NotFoundException("township", townshipId);
        }
        Place t = places.place(townshipId).filter(p -> p.parentId() != null && p.parentId() == c.countyId())
                .orElseThrow(() -> new NotFoundException("township", townshipId));
        Status status = store.year(c.countyId(), year).map(Year::status).orElse(Status.OPEN);
        Map<Long, Score> scores = store.scores(c.countyId(), year, townshipId).stream()
                .collect(Collectors.toMap(Score::indicatorId, s -> s));
        List<Line> lines = new ArrayList<>();
        for (Indicator i : store.indicators(c.countyId(), year)) {
            Score s = scores.get(i.id());
            boolean missing = s != null ? s.missing() : i.kind() == Kind.FORMULA && !measures.containsKey(i.measureCode());
            BigDecimal points = s == null ? null : s.points();
            BigDecimal lost = i.weight().subtract(points == null ? BigDecimal.ZERO : points).setScale(2);
            lines.add(new Line(i, s == null ? null : s.value(), missing, points, lost,
                    s == null ? null : s.evidenceText(), s == null ? null : s.evidenceName(),
                    s == null ? null : s.enteredBy(), s == null ? null : s.enteredAt()));
        }
        List<Ranked> ranking = ranking(c.countyId(), year);
        Ranked own = ranking.stream().filter(r -> r.townshipId() == townshipId).findFirst().orElse(null);
        List<Line> improve = lines.stream().filter(l -> l.lost().signum() > 0)
                .sorted(Comparator.comparing(Line::lost).reversed()).limit(IMPROVE).toList();
        return new Breakdown(year, status, townshipId, t.name(),
                own == null ? BigDecimal.ZERO.setScale(2) : own.total(), own == null ? null : own.rank(),
                ranking.size(), lines, improve);
    }

    /** The published rankings of a year, whoever asks (no login): township names and totals only. */
    public List<Published> published(int year) {
        return store.published(year).stream().map(y -> new Published(
                places.place(y.countyId()).map(Place::name).orElse(""), year, y.publishedAt(),
                ranking(y.countyId(), year))).toList();
    }

    /** Totals per township (points of unscored indicators count 0), ranked 1, 1, 3 on ties. */
    List<Ranked> ranking(long countyId, int year) {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, BigDecimal> totals = new HashMap<>();
        for (Score s : store.scores(countyId, year, null)) {
            names.putIfAbsent(s.townshipId(), s.townshipName());
            totals.merge(s.townshipId(), s.points() == null ? BigDecimal.ZERO : s.points(), BigDecimal::add);
        }
        List<Map.Entry<Long, BigDecimal>> sorted = totals.entrySet().stream()
                .sorted(Map.Entry.<Long, BigDecimal>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        List<Ranked> ranked = new ArrayList<>();
        for (int n = 0; n < sorted.size(); n++) {
            var e = sorted.get(n);
            int rank = n > 0 && sorted.get(n - 1).getValue().compareTo(e.getValue()) == 0 ? ranked.get(n - 1).rank() : n + 1;
            ranked.add(new Ranked(e.getKey(), names.get(e.getKey()), e.getValue().setScale(2), rank));
        }
        return ranked;
    }

    private StatsCaller caller() {
        return StatsCaller.current(places);
    }

    private static void year(int year) {
        if (year < 2000 || year > 2100) {
            throw InvalidRequestException.field("year", "assessment.error.year");
        }
    }

    /** Locks the year and refuses a change once approved. */
    private Year open(StatsCaller c, int year) {
        Year y = store.lock(c.countyId(), year);
        if (y.status() != Status.OPEN) {
            throw InvalidRequestException.rule("year", "assessment.error.notOpen");
        }
        return y;
    }
}
