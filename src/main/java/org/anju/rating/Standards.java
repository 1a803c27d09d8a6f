package org.anju.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anju.identity.AnjuUser;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.NotFoundException;
import org.anju.rating.internal.StandardStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's star standard (plan §8: 县物业管理部门制定住宅物业服务星级标准), versioned: the county authority
 * saves a new version, rounds keep the version they opened with. Until the county saves one, the shipped default
 * ({@link DefaultStandard}) is current. Officials of the county read it.
 */
@Service
@Transactional(readOnly = true)
public class Standards {

    /** A standard as the county edits it: every field of the new version. */
    public record Draft(String title, Integer townshipWeight, List<BigDecimal> thresholds, List<ItemDraft> items) {
    }

    /** An item as edited; {@code veto} items carry no points. */
    public record ItemDraft(String section, String name, BigDecimal maxScore, String method, Boolean veto) {
    }

    /** The most items a standard may have. */
    static final int MAX_ITEMS = 80;

    private final StandardStore store;
    private final RatingAccess access;
    private final AuditLog audit;

    Standards(StandardStore store, RatingAccess access, AuditLog audit) {
        this.store = store;
        this.access = access;
        this.audit = audit;
    }

    /** The county's current standard: its latest version, or the unsaved default. */
    public RatingStandard current() {
        officials();
        return store.current(access.countyId()).orElseGet(DefaultStandard::standard);
    }

    /** Every saved version, newest first (empty while the default is current). */
    public List<RatingStandard> versions() {
        officials();
        return store.versions(access.countyId());
    }

    /** A version of the caller's county; 404 for another county's. */
    public RatingStandard get(long id) {
        officials();
        long county = access.countyId();
        return store.find(id).filter(s -> store.county(id) == county)
                .orElseThrow(() -> new NotFoundException("rating-standard", id));
    }

    @Transactional
    public RatingStandard save(Draft d) {
        AnjuUser county = access.require(Role.COUNTY_AUTHORITY);
        List<FieldError> errors = new ArrayList<>();
        String title = text(errors, "title", d.title(), 2, 128);
        List<RatingStandard.Item> items = new ArrayList<>();
        List<ItemDraft> drafts = d.items() == null ? List.of() : d.items();
        if (drafts.size() > MAX_ITEMS) {
            throw InvalidRequestException.field("items", "rating.error.items", MAX_ITEMS);
        }
        for (int i = 0; i < drafts.size(); i++) {
            ItemDraft it = drafts.get(i) == null ? new ItemDraft(null, null, null, null, null) : drafts.get(i);
            boolean veto = Boolean.TRUE.equals(it.veto());
            String p = "items[" + i + "].";
            String section = text(errors, p + "section", it.section(), 2, 32);
            String name = text(errors, p + "name", it.name(), 2, 128);
            String method = text(errors, p + "method", it.method(), 2, 500);
            BigDecimal max = veto ? BigDecimal.ZERO : it.maxScore();
            if (!veto && (max == null || max.signum() <= 0 || max.compareTo(BigDecimal.valueOf(100)) > 0
                    || max.stripTrailingZeros().scale() > 1)) {
                errors.add(new FieldError(p + "maxScore", "rating.error.maxScore"));
                max = BigDecimal.ONE;
            }
            items.add(new RatingStandard.Item(0, i + 1, section, name, max, method, veto));
        }
        List<BigDecimal> thresholds = d.thresholds() == null ? List.of() : d.thresholds().stream()
                .map(t -> t == null ? BigDecimal.ZERO : t).toList();
        RatingStandard s = new RatingStandard(0, 0, title, false, d.townshipWeight() == null ? -1 : d.townshipWeight(),
                thresholds, items, null, null);
        errors.addAll(StarScore.check(s));
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        long id = store.save(access.countyId(), s, county.getUsername());
        RatingStandard saved = store.find(id).orElseThrow();
        audit.record(AuditEntry.created("rating-standard", id, "星级标准第" + saved.version() + "版",
                Map.of("thresholds", thresholds, "items", items.size())));
        return saved;
    }

    /** The county's current standard saved as a version (the default's first save), for a round to keep. */
    long currentId(long countyId, String actor) {
        return store.current(countyId).map(RatingStandard::id)
                .orElseGet(() -> store.save(countyId, DefaultStandard.standard(), actor));
    }

    RatingStandard byId(long id) {
        return store.find(id).orElseThrow();
    }

    private void officials() {
        access.require(Role.COUNTY_AUTHORITY, Role.TOWNSHIP_OFFICE, Role.COMMUNITY);
    }

    static String text(List<FieldError> errors, String field, String value, int min, int max) {
        String v = value == null ? "" : value.strip();
        if (v.length() < min || v.length() > max) {
            errors.add(new FieldError(field, "rating.error.text", min, max));
        }
        return v;
    }
}
