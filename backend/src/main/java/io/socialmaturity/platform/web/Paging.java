package io.socialmaturity.platform.web;

import io.socialmaturity.platform.errors.InvalidException;

/** Page parameters as given in a query string, checked once for every list endpoint. */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 200;

    public static Paging of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0) {
            throw InvalidException.field("page", "violation.zero-or-more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw InvalidException.field("size", "violation.between", 1, MAX_SIZE);
        }
        return new Paging(p, s);
    }

    public long offset() {
        return (long) page * size;
    }
}
