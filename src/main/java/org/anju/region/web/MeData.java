package org.anju.region.web;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.anju.identity.AuditTrail;
import org.anju.identity.AuditTrail.Access;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.region.HouseUse;
import org.anju.region.OwnerKind;
import org.anju.region.Register;
import org.anju.region.Register.SelfAccess;
import org.anju.region.RegisterView.House;
import org.anju.region.RegisterView.OwnerPersonalData;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What an owner sees of themselves (PIPL art. 44-45: the right to know, consult and copy): their
 * record with the full ID number and phone, their houses with co-owners' names masked, and who
 * else read their record. Everything goes through {@link Register}, in the owner's jurisdiction.
 */
@Component
class MeData {

    /** The owner's record, unmasked: it is their own. */
    record Me(long id, OwnerKind kind, String name, String idNumber, String phone, List<MyHouse> houses) {
    }

    /** One house the owner holds; the other owners' names are masked (they are third parties). */
    record MyHouse(long id, String estate, String building, String section, String number, BigDecimal exclusiveArea,
                   HouseUse use, Integer builtYear, boolean hasFundAccount, List<String> coOwners) {
    }

    /** The whole download: the record, the houses and the access log, as of a moment. */
    record Export(ZonedDateTime exportedAt, Me owner, List<Access> accessLog) {
    }

    /** An owner holds a few houses; this bounds the read however the register grows. */
    private static final int MAX_HOUSE_PAGES = 10;

    private final Register register;
    private final AuditTrail trail;
    private final Jurisdictions jurisdictions;

    MeData(Register register, AuditTrail trail, Jurisdictions jurisdictions) {
        this.register = register;
        this.trail = trail;
        this.jurisdictions = jurisdictions;
    }

    /** The owner's own data; the read is audited as SELF_ACCESS (or SELF_EXPORT). */
    Me me(SelfAccess access) {
        OwnerPersonalData own = register.ownPersonalData(access);
        var owner = register.owner(own.id());
        List<MyHouse> houses = new ArrayList<>();
        for (int p = 0; p < MAX_HOUSE_PAGES; p++) {
            PageResult<House> page = register.housesOfOwner(own.id(), new PageRequest(p, PageRequest.MAX_SIZE));
            page.content().forEach(h -> houses.add(house(h, own.id())));
            if (!page.hasNext()) {
                break;
            }
        }
        return new Me(own.id(), owner.kind(), own.name(), own.idNumber(), own.phone(), houses);
    }

    /** Who else read or changed the owner's record, newest first; the owner's own reads are left out. */
    PageResult<Access> accessLog(PageRequest page) {
        long id = ownerId();
        register.owner(id);
        String self = Jurisdictions.currentUser().orElseThrow().getUsername();
        return trail.accessesByOthers("owner", String.valueOf(id), self, page);
    }

    Export export() {
        Me me = me(SelfAccess.SELF_EXPORT);
        List<Access> log = new ArrayList<>();
        for (int p = 0; p < MAX_HOUSE_PAGES * 10; p++) {
            PageResult<Access> page = accessLog(new PageRequest(p, PageRequest.MAX_SIZE));
            log.addAll(page.content());
            if (!page.hasNext()) {
                break;
            }
        }
        return new Export(ZonedDateTime.now(AuditTrail.ZONE), me, log);
    }

    /** The owner the signed-in account is; 403 for any other role, 404 if the record is gone. */
    private long ownerId() {
        if (Jurisdictions.currentUser().filter(u -> u.role() == Role.OWNER).isEmpty()) {
            throw new AccessDeniedException("OWNER");
        }
        Long id = jurisdictions.current().ownerId();
        if (id == null) {
            throw new NotFoundException("owner", -1L);
        }
        return id;
    }

    private static MyHouse house(House h, long self) {
        List<String> others = h.owners().stream().filter(o -> o.id() != self).map(o -> maskName(o.name())).toList();
        return new MyHouse(h.id(), h.estateName(), h.buildingName(), h.section(), h.number(), h.exclusiveArea(),
                h.use(), h.builtYear(), h.hasFundAccount(), others);
    }

    /** 张三丰 → 张**: the surname stays, so the owner recognises a co-owner without reading a full name. */
    static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }
}
