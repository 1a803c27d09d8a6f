package org.anju.rating;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anju.identity.AnjuUser;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.rating.RatingView.BoardRating;
import org.anju.rating.RatingView.Flag;
import org.anju.rating.RatingView.Guidance;
import org.anju.rating.internal.GuidanceStore;
import org.anju.rating.internal.GuidanceStore.RatedFee;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The government guidance fee (plan §9; rules.md §4, 发改价格〔2003〕1864号 Art. 7): per star and with or without
 * lift, a base price and a float range for a fee item, entered by the county (发改委 and 住建局 through the county
 * authority's account) with an effective date; every row is kept. The check compares every rated project's fee
 * items with the range of its star and flags those above it to the township and the county, keeping the history.
 */
@Service
@Transactional(readOnly = true)
public class FeeGuidance {

    /** A guidance row to add; {@code feeItem} null = the property service fee. */
    public record NewRow(Integer star, Boolean withLift, String feeItem, BigDecimal basePrice,
                         BigDecimal floatPercent, LocalDate effectiveOn, String note) {
    }

    /** The table in force today and every row ever entered. */
    public record Table(List<Guidance> current, PageResult<Guidance> history) {
    }

    /** The fee item guided when a row names none. */
    public static final String SERVICE_FEE = "物业服务费";

    private final GuidanceStore store;
    private final RatingAccess access;
    private final AuditLog audit;
    private final Clock clock;

    FeeGuidance(GuidanceStore store, RatingAccess access, AuditLog audit, Clock clock) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The county's table: officials of the county and companies serving in it read it. */
    public Table table(PageRequest page) {
        access.require(Role.COUNTY_AUTHORITY, Role.TOWNSHIP_OFFICE, Role.COMMUNITY);
        long county = access.countyId();
        return new Table(store.current(county, LocalDate.now(clock)),
                new PageResult<>(store.history(county, page), store.countHistory(county), page.page(), page.size()));
    }

    @Transactional
    public List<Guidance> add(List<NewRow> rows) {
        AnjuUser county = access.require(Role.COUNTY_AUTHORITY);
        long countyId = access.countyId();
        List<FieldError> errors = new ArrayList<>();
        if (rows == null || rows.isEmpty() || rows.size() > 40) {
            errors.add(new FieldError("rows", "rating.error.rows"));
        }
        List<GuidanceStore.NewGuidance> valid = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; rows != null && i < rows.size() && i < 40; i++) {
            NewRow r = rows.get(i);
            String p = "rows[" + i + "].";
            if (r == null) {
                errors.add(new FieldError(p + "star", "rating.error.star"));
                continue;
            }
            if (r.star() == null || r.star() < 1 || r.star() > 5) {
                errors.add(new FieldError(p + "star", "rating.error.star"));
            }
            if (r.basePrice() == null || r.basePrice().signum() <= 0 || r.basePrice().compareTo(BigDecimal.valueOf(100)) > 0
                    || r.basePrice().stripTrailingZeros().scale() > 2) {
                errors.add(new FieldError(p + "basePrice", "rating.error.basePrice"));
            }
            if (r.floatPercent() == null || r.floatPercent().signum() < 0
                    || r.floatPercent().compareTo(BigDecimal.valueOf(100)) > 0
                    || r.floatPercent().stripTrailingZeros().scale() > 2) {
                errors.add(new FieldError(p + "floatPercent", "rating.error.floatPercent"));
            }
            if (r.effectiveOn() == null || r.effectiveOn().isBefore(today.minusYears(1))
                    || r.effectiveOn().isAfter(today.plusYears(2))) {
                errors.add(new FieldError(p + "effectiveOn", "rating.error.effectiveOn"));
            }
            String item = r.feeItem() == null || r.feeItem().isBlank() ? SERVICE_FEE
                    : Standards.text(errors, p + "feeItem", r.feeItem(), 2, 64);
            String note = r.note() == null || r.note().isBlank() ? null
                    : Standards.text(errors, p + "note", r.note(), 1, 200);
            valid.add(new GuidanceStore.NewGuidance(countyId, r.star() == null ? 0 : r.star(),
                    Boolean.TRUE.equals(r.withLift()), item, r.basePrice(), r.floatPercent(), r.effectiveOn(), note,
                    county.getUsername()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        List<Long> ids = valid.stream().map(store::add).toList();
        audit.record(AuditEntry.created("rating-fee-guidance", ids.get(0), "录入物业服务收费指导价 " + ids.size() + " 条",
                Map.of("ids", ids)));
        check(countyId);
        return store.current(countyId, today);
    }

    /** Runs the check for the caller's county (county only); returns the open flags after it. */
    @Transactional
    public long checkNow() {
        access.require(Role.COUNTY_AUTHORITY);
        return check(access.countyId());
    }

    /**
     * Flags every rated project's fee above the range of its star in force today, clears flags no longer above it,
     * and returns how many are open. A changed price above the range closes the old flag and opens a new one.
     */
    @Transactional
    public long check(long countyId) {
        String path = access.pathOf(countyId);
        LocalDate today = LocalDate.now(clock);
        List<Guidance> table = store.current(countyId, today);
        Map<String, BigDecimal> open = store.openFlags(path);
        Set<String> above = new HashSet<>();
        for (RatedFee f : store.ratedFees(path, today)) {
            Optional<Guidance> g = table.stream().filter(x -> x.star() == f.star() && x.withLift() == f.withLift()
                    && x.feeItem().equals(f.feeItem())).findFirst();
            if (g.isEmpty()) {
                continue;
            }
            FeeRange range = new FeeRange(g.get().basePrice(), g.get().floatPercent());
            if (!range.above(f.unitPrice())) {
                continue;
            }
            String key = f.projectId() + "/" + f.feeItem();
            above.add(key);
            BigDecimal flagged = open.get(key);
            if (flagged != null && flagged.compareTo(f.unitPrice()) == 0) {
                continue;
            }
            if (flagged != null) {
                store.clear(f.projectId(), f.feeItem(), today);
            }
            store.flag(f, range, g.get().id(), today);
        }
        open.keySet().stream().filter(k -> !above.contains(k)).forEach(k -> {
            int slash = k.indexOf('/');
            store.clear(Long.parseLong(k.substring(0, slash)), k.substring(slash + 1), today);
        });
        return above.size();
    }

    /** Flags inside the caller's jurisdiction (county and township); {@code open} null = all, with the history. */
    public PageResult<Flag> flags(Boolean open, PageRequest page) {
        access.require(Role.COUNTY_AUTHORITY, Role.TOWNSHIP_OFFICE);
        var in = access.entries();
        return new PageResult<>(store.flags(in, open, page), store.countFlags(in, open), page.page(), page.size());
    }

    /**
     * For the disclosure board, whoever asks: the project's valid star and the ranges of that star for the estate
     * (with or without lift). Empty star = not rated; the board then shows no range.
     */
    public BoardRating board(long projectId) {
        LocalDate today = LocalDate.now(clock);
        return store.validStar(projectId, today).map(v -> {
            int star = (Integer) v[0];
            boolean lift = (Boolean) v[3];
            List<Guidance> g = store.current((Long) v[2], today).stream()
                    .filter(x -> x.star() == star && x.withLift() == lift).toList();
            return new BoardRating(star, (LocalDate) v[1], g);
        }).orElseGet(() -> new BoardRating(null, null, List.of()));
    }

    /** {@link #board(long)} for the project serving the estate today (the disclosure board knows the estate). */
    public BoardRating forEstate(long estateId) {
        return store.servingProject(estateId, LocalDate.now(clock)).map(this::board)
                .orElseGet(() -> new BoardRating(null, null, List.of()));
    }
}
