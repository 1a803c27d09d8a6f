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

    /** For a console page: a size other than 10, 20 or 50, or a negative page, falls back to the default. */
    public static PageRequest ofConsole(Integer page, Integer size) {
        return new PageRequest(page == null || page < 0 ? 0 : page,
                size != null && (size == 10 || size == 20 || size == 50) ? size : 20);
    }

    public long offset() {
        return (long) page * size;
    }
}
