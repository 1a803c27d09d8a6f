package org.anju.lifeservice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdiction;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.lifeservice.LifeView.Service;
import org.anju.lifeservice.internal.LifeStore;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.region.Register;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life-service catalogue per company and estate (plan §16): the company serving the estate lists its
 * own and its partners' services with price, unit, hours and area served; every published item is on the
 * estate's disclosure board ({@link #publishedFor}); only published items can be booked and charged.
 */
@org.springframework.stereotype.Service
@Transactional(readOnly = true)
public class ServiceCatalogue {

    /** A catalogue item to add. */
    public record NewService(Long estateId, ServiceCategory category, String name, String provider, BigDecimal price,
                             String unit, String hours, String areaServed) {
    }

    private final LifeStore store;
    private final Jurisdictions jurisdictions;
    private final Register register;
    private final AuditLog audit;

    ServiceCatalogue(LifeStore store, Jurisdictions jurisdictions, Register register, AuditLog audit) {
        this.store = store;
        this.jurisdictions = jurisdictions;
        this.register = register;
        this.audit = audit;
    }

    /** The estate's published catalogue, for the public disclosure board: no caller checks, published only. */
    public List<Service> publishedFor(long estateId) {
        return store.published(estateId);
    }

    public PageResult<Service> list(Long estateId, ServiceCategory category, Boolean published, PageRequest page) {
        Jurisdiction j = jurisdictions.current();
        return new PageResult<>(store.services(j, estateId, category, published, page),
                store.countServices(j, estateId, category, published), page.page(), page.size());
    }

    public Service get(long id) {
        return store.service(jurisdictions.current(), id).orElseThrow(() -> new NotFoundException("service", id));
    }

    @Transactional
    public Service add(NewService n) {
        if (n.estateId() == null) {
            throw InvalidRequestException.field("estateId", "service.error.estate");
        }
        register.estate(n.estateId());
        long company = Acting.require(Role.PROPERTY_COMPANY).binding().companyId();
        if (!store.serves(company, n.estateId())) {
            throw new AccessDeniedException("not the estate's company");
        }
        List<FieldError> errors = new ArrayList<>();
        if (n.category() == null) {
            errors.add(new FieldError("category", "service.error.category"));
        }
        String name = trimmed(n.name(), 64, "name", errors);
        String provider = trimmed(n.provider(), 128, "provider", errors);
        String unit = trimmed(n.unit(), 16, "unit", errors);
        String hours = trimmed(n.hours(), 64, "hours", errors);
        String area = trimmed(n.areaServed(), 128, "areaServed", errors);
        if (n.price() == null || n.price().signum() < 0 || n.price().compareTo(new BigDecimal("100000")) > 0
                || n.price().stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("price", "service.error.price"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        if (store.serviceExists(n.estateId(), name, provider)) {
            throw InvalidRequestException.rule("name", "service.error.duplicate");
        }
        long id = store.insertService(new LifeStore.NewService(company, n.estateId(), n.category(), name, provider,
                n.price(), unit, hours, area));
        audit.record(AuditEntry.created("life-service", id, "新增生活服务 " + name, n));
        return get(id);
    }

    /** Publishes or withdraws an item (a withdrawn item leaves the board and cannot be booked). */
    @Transactional
    public Service publish(long id, Boolean published) {
        Service s = get(id);
        long company = Acting.require(Role.PROPERTY_COMPANY).binding().companyId();
        if (company != s.companyId()) {
            throw new AccessDeniedException("not the item's company");
        }
        if (published == null) {
            throw InvalidRequestException.field("published", "service.error.published");
        }
        store.publish(id, published);
        audit.record(new AuditEntry("UPDATE", "life-service", String.valueOf(id), (published ? "上架 " : "下架 ") + s.name(),
                Map.of("published", s.published()), Map.of("published", published), null));
        return get(id);
    }

    private static String trimmed(String value, int max, String field, List<FieldError> errors) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max) {
            errors.add(new FieldError(field, "service.error.text", max));
        }
        return v;
    }
}
