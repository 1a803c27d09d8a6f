package org.anju.workforce.internal;

import java.util.HashMap;
import java.util.Map;
import org.anju.identity.Jurisdiction;

/**
 * Which rows held by a region (a course, a selection) the caller may see: officials those held inside their region
 * or by a region above it; estate-bound callers (committee, company, owner) those held by a region containing one of
 * their estates.
 */
final class Reach {

    private Reach() {
    }

    static Jurisdiction.Condition of(Jurisdiction j, String regionPathColumn) {
        return switch (j.scope()) {
            case REGION -> new Jurisdiction.Condition("(" + regionPathColumn + " like :j_path or :j_top like "
                    + regionPathColumn + " || '%')", Map.of("j_path", j.regionPath() + "%", "j_top", j.regionPath()));
            case ESTATES, HOUSES -> {
                if (j.estateIds().isEmpty()) {
                    yield Jurisdiction.Condition.NOTHING;
                }
                Map<String, Object> params = new HashMap<>();
                params.put("j_estates", j.estateIds());
                yield new Jurisdiction.Condition("exists (select 1 from reg_estate re where re.id in (:j_estates)"
                        + " and re.region_path like " + regionPathColumn + " || '%')", params);
            }
            case NONE -> Jurisdiction.Condition.NOTHING;
        };
    }
}
