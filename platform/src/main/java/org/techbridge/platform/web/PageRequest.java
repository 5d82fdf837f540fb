package org.techbridge.platform.web;

/** A page of a list: {@code page} from 0, {@code size} from 1 to 100 (default 20). */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;

    public static PageRequest of(String page, String size) {
        Integer p = Params.integer(page, "page", 0, 1_000_000);
        Integer s = Params.integer(size, "size", 1, MAX_SIZE);
        return new PageRequest(p == null ? 0 : p, s == null ? 20 : s);
    }

    public int offset() {
        return page * size;
    }
}
