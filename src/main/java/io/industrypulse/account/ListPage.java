package io.industrypulse.account;

import java.util.List;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * One page of a list: cut from a list held in memory ({@link #of}: warnings, missing reports) or read with its count
 * from the database (the audit log). Pages count from 1; {@link #of} shows the last page for a page beyond it. Every
 * list of more than {@link #SIZE} rows pages (issue 11, item 5), with the layout's {@code pager} fragment.
 *
 * @param items the rows of this page
 * @param page this page's number, from 1
 * @param size rows per page
 * @param total how many rows the whole list has
 */
public record ListPage<T>(List<T> items, int page, int size, int total) {

    /** Rows per page. */
    public static final int SIZE = 50;

    /** The request attribute that asks every list of the request for all its rows (an export of the page). */
    public static final String ALL_ROWS = ListPage.class.getName() + ".ALL_ROWS";

    /** At most this many rows on one page, also when all rows are asked for (an Excel sheet holds about a million). */
    public static final int MAX_ROWS = 100_000;

    public ListPage {
        items = List.copyOf(items);
    }

    /** Page {@code page} (from 1) of {@code all}, {@code size} rows each. */
    public static <T> ListPage<T> of(List<T> all, int page, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int shown = Math.min(Math.max(page, 1), pages);
        int from = (shown - 1) * size;
        return new ListPage<>(all.subList(from, Math.min(all.size(), from + size)), shown, size, all.size());
    }

    /** Page {@code page} of {@code all}, {@link #rowsPerPage(int) SIZE} rows each. */
    public static <T> ListPage<T> of(List<T> all, int page) {
        return of(all, page, rowsPerPage(SIZE));
    }

    /**
     * The rows per page of a list whose pages hold {@code size} rows: {@link #MAX_ROWS} when the current request
     * exports the page, so that the export holds the whole list and not the page the user happened to be on.
     */
    public static int rowsPerPage(int size) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        boolean all =
                request != null && Boolean.TRUE.equals(request.getAttribute(ALL_ROWS, RequestAttributes.SCOPE_REQUEST));
        return all ? MAX_ROWS : size;
    }

    public int totalPages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }
}
