package io.industrypulse.enterprise;

import java.util.List;

/**
 * One page of search results.
 *
 * @param items the enterprises on this page
 * @param page the page number, 1-based
 * @param size the page size
 * @param total the number of matching enterprises on all pages
 */
public record EnterprisePage(List<Enterprise> items, int page, int size, long total) {

    public EnterprisePage {
        items = List.copyOf(items);
    }

    /** The number of pages, at least 1. */
    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }
}
