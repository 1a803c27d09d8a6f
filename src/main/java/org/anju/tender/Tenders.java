package org.anju.tender;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anju.identity.AnjuUser;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Permission;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.tender.TenderView.Bid;
import org.anju.tender.TenderView.Detail;
import org.anju.tender.TenderView.PanelMember;
import org.anju.tender.TenderView.Score;
import org.anju.tender.TenderView.Tender;
import org.anju.tender.internal.TenderStore;
import org.anju.tender.internal.TenderStore.State;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tenders' public API. A township office or the county enters the developer's tender for an estate of its
 * jurisdiction; property companies bid until the deadline (eligibility through {@link BidderEligibility}); bids
 * stay sealed until the county opens the tender at its opening time; the county draws the panel, enters the
 * experts' scores and awards the top-ranked bid with its reasons, announced by {@link TenderAwarded}. Officials
 * read tenders of their jurisdiction (outside = 404); companies read every tender (the notice is public).
 */
@Service
@Transactional(readOnly = true)
public class Tenders {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final BigDecimal MAX_PRICE = new BigDecimal("9999.99");

    /** A tender to publish; times are Beijing time. */
    public record NewTender(Long estateId, String title, String developer, String requirements,
                            LocalDateTime deadline, LocalDateTime openingAt, Integer panelSize,
                            List<ScoringScheme.Weight> criteria) {
    }

    /** A company's bid: price in yuan per m² per month and its service proposal. */
    public record NewBid(BigDecimal price, String proposal) {
    }

    /** One expert's points for one bid on one criterion. */
    public record Points(Long bidId, Long criterionId, BigDecimal points) {
    }

    private final TenderStore store;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final BidderEligibility eligibility;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Tenders(TenderStore store, Jurisdictions jurisdictions, AuditLog audit, ApplicationEventPublisher events,
            java.util.List<BidderEligibility> eligibilities, Clock clock) {
        this.store = store;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.events = events;
        // every eligibility bean (market registration and bar, the credit black list): the first refusal wins
        this.eligibility = company -> eligibilities.stream().map(e -> e.refusal(company))
                .flatMap(java.util.Optional::stream).findFirst();
        this.clock = clock;
    }

    public PageResult<Tender> list(TenderStatus status, String text, PageRequest page) {
        var j = jurisdictions.current();
        return new PageResult<>(store.list(j, seesAll(), status, text, page), store.count(j, seesAll(), status, text),
                page.page(), page.size());
    }

    /** Every tender's notice, whoever asks (no login), newest first. */
    public PageResult<Tender> publicList(String text, PageRequest page) {
        return new PageResult<>(store.list(null, true, null, text, page), store.count(null, true, null, text),
                page.page(), page.size());
    }

    /** The tender as the caller may read it: bids sealed until opening (see {@link TenderStore#bids}). */
    public Detail get(long id) {
        Tender t = tender(id);
        long own = Jurisdictions.currentUser().filter(u -> u.role() == Role.PROPERTY_COMPANY)
                .map(u -> u.binding().companyId()).orElse(-1L);
        // after opening the prices are read out to all (唱标); a competitor's proposal stays with the officials
        List<Bid> bids = store.bids(id, own, clock.instant()).stream()
                .map(b -> own == -1L || b.companyId() == own ? b : new Bid(b.id(), b.companyId(), b.companyName(),
                        b.submittedAt(), b.digest(), b.price(), null, b.score())).toList();
        return detail(t, bids, false);
    }

    /** The published notice and, once awarded, the bids' prices and scores, the panel and the reasons: no login. */
    public Detail publicDetail(long id) {
        Tender t = store.find(null, true, id).orElseThrow(() -> new NotFoundException("tender", id));
        List<Bid> bids = t.status() == TenderStatus.AWARDED ? store.bids(id, -1, clock.instant()).stream()
                .map(b -> new Bid(b.id(), b.companyId(), b.companyName(), b.submittedAt(), b.digest(), b.price(),
                        null, null)).toList() : List.of();
        return detail(t, bids, t.status() != TenderStatus.AWARDED);
    }

    @Transactional
    public Tender create(NewTender n) {
        if (n == null || n.estateId() == null) {
            throw InvalidRequestException.field("estateId", "tender.error.estate");
        }
        store.estatePath(jurisdictions.current(), n.estateId())
                .orElseThrow(() -> new NotFoundException("estate", n.estateId()));
        AnjuUser user = Jurisdictions.currentUser().filter(u -> u.can(Permission.REGISTER_WRITE))
                .filter(u -> u.role() == Role.TOWNSHIP_OFFICE || u.role() == Role.COUNTY_AUTHORITY)
                .orElseThrow(() -> new AccessDeniedException("TOWNSHIP_OFFICE"));
        List<FieldError> errors = new ArrayList<>();
        String title = text(errors, "title", n.title(), 2, 128);
        String developer = text(errors, "developer", n.developer(), 2, 128);
        String requirements = text(errors, "requirements", n.requirements(), 10, 4000);
        Instant now = clock.instant();
        Instant deadline = n.deadline() == null ? null : n.deadline().atZone(ZONE).toInstant();
        Instant opening = n.openingAt() == null ? null : n.openingAt().atZone(ZONE).toInstant();
        if (deadline == null || !deadline.isAfter(now) || n.deadline().getYear() > 2100) {
            errors.add(new FieldError("deadline", "tender.error.deadline"));
        }
        if (opening == null || deadline != null && opening.isBefore(deadline) || n.openingAt().getYear() > 2100) {
            errors.add(new FieldError("openingAt", "tender.error.openingAt"));
        }
        if (n.panelSize() == null || n.panelSize() < 3 || n.panelSize() > 9 || n.panelSize() % 2 == 0) {
            errors.add(new FieldError("panelSize", "tender.error.panelSize"));
        }
        errors.addAll(ScoringScheme.check(n.criteria()));
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        long id = store.insert(new TenderStore.NewTender(n.estateId(), title, developer, requirements, deadline,
                opening, n.panelSize(), user.getUsername()), n.criteria());
        audit.record(AuditEntry.created("tender", id, "发布前期物业招标: " + title, Map.of("estateId", n.estateId(),
                "deadline", deadline.toString(), "openingAt", opening.toString())));
        return tender(id);
    }

    /**
     * A company bids (or revises its bid) before the deadline. Refused: after the deadline (422, saying when it
     * was), an ineligible company (422 with the reason), any role but a property company (403).
     */
    @Transactional
    public Bid bid(long id, NewBid b) {
        tender(id);
        AnjuUser user = Jurisdictions.currentUser().filter(u -> u.role() == Role.PROPERTY_COMPANY)
                .filter(u -> u.binding().companyId() != null)
                .orElseThrow(() -> new AccessDeniedException("PROPERTY_COMPANY"));
        long company = user.binding().companyId();
        State s = store.state(id);
        Instant now = clock.instant();
        if (s.status() != TenderStatus.OPEN || !BidWindow.accepts(s.deadline(), now)) {
            throw InvalidRequestException.rule("deadline", "tender.error.late",
                    LocalDateTime.ofInstant(s.deadline(), ZONE).toString().replace('T', ' '));
        }
        eligibility.refusal(company).ifPresent(reason -> {
            throw InvalidRequestException.rule("companyId", reason);
        });
        List<FieldError> errors = new ArrayList<>();
        if (b == null || b.price() == null || b.price().signum() <= 0 || b.price().compareTo(MAX_PRICE) > 0
                || b.price().stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("price", "tender.error.price"));
        }
        String proposal = text(errors, "proposal", b == null ? null : b.proposal(), 10, 8000);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        String name = jurisdictions.current().label();
        String digest = digest(id + "|" + company + "|" + b.price().toPlainString() + "|" + proposal);
        long bidId = store.bid(id, company, name == null || name.isBlank() ? "#" + company : name, b.price(),
                proposal, digest, now, user.getUsername()).orElseThrow(() -> InvalidRequestException.rule("deadline",
                "tender.error.late", LocalDateTime.ofInstant(s.deadline(), ZONE).toString().replace('T', ' ')));
        audit.record(new AuditEntry("BID", "tender", String.valueOf(id), "投标 (密封, 摘要 " + digest.substring(0, 12)
                + ")", null, Map.of("bidId", bidId, "digest", digest), null));
        return store.bids(id, company, now).stream().filter(x -> x.id() == bidId).findFirst().orElseThrow();
    }

    /** The county opens the tender from its opening time: the bids become readable. */
    @Transactional
    public Detail open(long id) {
        tender(id);
        requireCounty();
        State s = store.state(id);
        Instant now = clock.instant();
        if (s.status() != TenderStatus.OPEN) {
            throw InvalidRequestException.rule("status", "tender.error.notOpen");
        }
        if (!BidWindow.mayOpen(s.openingAt(), now)) {
            throw InvalidRequestException.rule("openingAt", "tender.error.tooEarly",
                    LocalDateTime.ofInstant(s.openingAt(), ZONE).toString().replace('T', ' '));
        }
        store.opened(id, now);
        audit.record(new AuditEntry("OPEN", "tender", String.valueOf(id), "开标", null, null, null));
        return get(id);
    }

    /** The county draws the panel at random from its pool, leaving out experts conflicted with any bidder. */
    @Transactional
    public Detail drawPanel(long id) {
        tender(id);
        requireCounty();
        State s = store.state(id);
        if (s.status() != TenderStatus.OPENED) {
            throw InvalidRequestException.rule("status", "tender.error.notOpened");
        }
        if (!store.panel(id).isEmpty()) {
            throw InvalidRequestException.rule("panel", "tender.error.panelDrawn");
        }
        long seed = random.nextLong();
        List<Long> drawn = PanelDraw.draw(store.pool(s.estatePath()), store.conflicted(store.bidders(id)),
                s.panelSize(), seed);
        if (drawn.isEmpty()) {
            throw InvalidRequestException.rule("panel", "tender.error.poolTooSmall", s.panelSize());
        }
        store.panel(id, seed, drawn);
        audit.record(new AuditEntry("DRAW", "tender", String.valueOf(id), "抽取评标专家 (种子 " + seed + ")", null,
                Map.of("experts", drawn), null));
        return get(id);
    }

    /** The county clerk enters one expert's whole score sheet: every bid on every criterion, 0 to its weight. */
    @Transactional
    public Detail score(long id, long panelMemberId, List<Points> sheet) {
        Detail d = get(id);
        requireCounty();
        if (d.tender().status() != TenderStatus.OPENED) {
            throw InvalidRequestException.rule("status", "tender.error.notOpened");
        }
        if (d.panel().stream().noneMatch(p -> p.id() == panelMemberId)) {
            throw InvalidRequestException.field("panelMemberId", "tender.error.panelMember");
        }
        Map<Long, Integer> weights = new HashMap<>();
        d.criteria().forEach(c -> weights.put(c.id(), c.weight()));
        Set<Long> bids = new HashSet<>(d.bids().stream().map(Bid::id).toList());
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Score> scores = new ArrayList<>();
        List<Points> points = sheet == null ? List.of() : sheet;
        for (int i = 0; i < points.size(); i++) {
            Points p = points.get(i);
            String at = "scores[" + i + "]";
            if (p == null || p.bidId() == null || !bids.contains(p.bidId()) || p.criterionId() == null
                    || !weights.containsKey(p.criterionId()) || !seen.add(p.bidId() + "/" + p.criterionId())) {
                errors.add(new FieldError(at, "tender.error.scoreCell"));
            } else if (p.points() == null || p.points().signum() < 0
                    || p.points().compareTo(BigDecimal.valueOf(weights.get(p.criterionId()))) > 0
                    || p.points().stripTrailingZeros().scale() > 2) {
                errors.add(new FieldError(at + ".points", "tender.error.points", weights.get(p.criterionId())));
            } else {
                scores.add(new Score(panelMemberId, p.bidId(), p.criterionId(), p.points()));
            }
        }
        if (errors.isEmpty() && scores.size() != bids.size() * weights.size()) {
            errors.add(new FieldError("scores", "tender.error.sheetIncomplete"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        store.scores(panelMemberId, scores, actor());
        audit.record(new AuditEntry("SCORE", "tender", String.valueOf(id), "录入专家评分 (评委 " + panelMemberId + ")",
                null, Map.of("scores", scores.size()), null));
        return get(id);
    }

    /**
     * The county awards the tender to the top-ranked bid once every expert has scored, with its reasons; the
     * result is public and {@link TenderAwarded} is published.
     */
    @Transactional
    public Detail award(long id, Long bidId, String reason) {
        Detail d = get(id);
        requireCounty();
        if (d.tender().status() != TenderStatus.OPENED) {
            throw InvalidRequestException.rule("status", "tender.error.notOpened");
        }
        List<FieldError> errors = new ArrayList<>();
        String why = text(errors, "reason", reason, 2, 2000);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        if (d.panel().isEmpty() || d.panel().stream().anyMatch(p -> !p.scored()) || d.bids().isEmpty()) {
            throw InvalidRequestException.rule("scores", "tender.error.notScored");
        }
        Bid top = Ranking.rank(d.bids()).get(0);
        if (bidId == null || top.id() != bidId) {
            throw InvalidRequestException.rule("bidId", "tender.error.notTop", top.companyName());
        }
        Instant now = clock.instant();
        store.awarded(id, bidId, why, now);
        audit.record(new AuditEntry("AWARD", "tender", String.valueOf(id), "定标: " + top.companyName(), null,
                Map.of("bidId", bidId, "score", String.valueOf(top.score())), why));
        events.publishEvent(new TenderAwarded(id, d.tender().estateId(), top.companyId(), bidId, top.price(), now));
        return get(id);
    }

    private Detail detail(Tender t, List<Bid> bids, boolean hideScores) {
        Map<String, Object> award = store.award(t.id());
        List<PanelMember> panel = store.panel(t.id());
        List<Score> scores = hideScores ? List.of() : store.scores(t.id());
        boolean sealed = bids.stream().anyMatch(b -> b.price() == null) || t.status() == TenderStatus.OPEN;
        List<Score> complete = scores.stream().filter(s -> panel.stream()
                .anyMatch(p -> p.id() == s.panelMemberId() && p.scored())).toList();
        int scoredMembers = (int) panel.stream().filter(PanelMember::scored).count();
        Map<Long, BigDecimal> totals = Ranking.scores(complete, scoredMembers);
        List<Bid> scored = bids.stream().map(b -> new Bid(b.id(), b.companyId(), b.companyName(), b.submittedAt(),
                b.digest(), b.price(), b.proposal(), sealed ? null : totals.get(b.id()))).toList();
        List<Bid> ordered = sealed ? scored : Ranking.rank(scored);
        return new Detail(t, (String) award.get("requirements"), store.criteria(t.id()), ordered, sealed, panel,
                (Long) award.get("seed"), scores, (Long) award.get("bid"), (String) award.get("reason"),
                (Instant) award.get("at"));
    }

    private Tender tender(long id) {
        return store.find(jurisdictions.current(), seesAll(), id).orElseThrow(() -> new NotFoundException("tender", id));
    }

    private static boolean seesAll() {
        return Jurisdictions.currentUser().filter(u -> u.role() == Role.PROPERTY_COMPANY).isPresent();
    }

    private static void requireCounty() {
        if (Jurisdictions.currentUser().filter(u -> u.role() == Role.COUNTY_AUTHORITY).isEmpty()) {
            throw new AccessDeniedException("COUNTY_AUTHORITY");
        }
    }

    static String actor() {
        return Jurisdictions.currentUser().map(AnjuUser::getUsername).orElse("system");
    }

    static String text(List<FieldError> errors, String field, String value, int min, int max) {
        String s = value == null ? "" : value.strip();
        if (s.length() < min || s.length() > max) {
            errors.add(new FieldError(field, "tender.error.length", min, max));
        }
        return s;
    }

    static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
