package org.anju.platform;

/**
 * A validated page request: page from 0, size 1 to 100 (the console offers 10, 20 and 50).
 * Out-of-range values are refused with a field error rather than silently corrected.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0) {
            throw InvalidRequestException.field("page", "error.page.negative");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw InvalidRequestException.field("size", "error.page.size");
        }
        return new PageRequest(p, s);
    }

    public long offset() {
        return (long) page * size;
    }
}
