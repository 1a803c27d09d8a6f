package org.anju.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A where clause built from optional filters, with named parameters for JdbcClient. */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** Adds a condition that is always applied. */
    public Where and(String sql, Map<String, ?> namedParams) {
        conditions.add("(" + sql + ")");
        params.putAll(namedParams);
        return this;
    }

    /** Adds a condition only when its value is present (not null, not blank). */
    public Where andIf(Object value, String sql, String param) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return this;
        }
        conditions.add("(" + sql + ")");
        params.put(param, value instanceof String s ? s.strip() : value);
        return this;
    }

    /** A LIKE parameter matching the text anywhere, with LIKE's wildcards escaped. */
    public static String contains(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public String sql() {
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    public Map<String, Object> params() {
        return params;
    }
}
