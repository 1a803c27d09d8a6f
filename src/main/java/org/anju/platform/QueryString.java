package org.anju.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of a list page as an encoded query string (without page and size), for the
 * pager's links and the export link, so that a filtered list can be bookmarked and shared.
 */
public final class QueryString {

    private final Map<String, Object> params = new LinkedHashMap<>();

    /** Adds a filter; null or blank values are left out. */
    public QueryString with(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            params.put(name, value.toString().strip());
        }
        return this;
    }

    @Override
    public String toString() {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        params.forEach(b::queryParam);
        String q = b.encode().build().getQuery();
        return q == null ? "" : q;
    }
}
