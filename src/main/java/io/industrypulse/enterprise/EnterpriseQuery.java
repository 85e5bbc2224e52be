package io.industrypulse.enterprise;

import io.industrypulse.i18n.Messages;

/**
 * A search of the registry. Blank values mean "no filter".
 *
 * @param county county code; ignored for county-bound users, who always get their own county
 * @param industry 2-digit division code
 * @param tag {@code key} (重点企业), {@code air} (涉气), {@code grade:A}..{@code grade:D}, or {@code chain:<code>}
 * @param q part of the name, or the start of the credit code
 * @param page page number, 1-based
 * @throws IllegalArgumentException naming the field for a page below 1
 */
public record EnterpriseQuery(String county, String industry, String tag, String q, int page) {

    /** Rows per page. */
    public static final int PAGE_SIZE = 20;

    public EnterpriseQuery {
        county = blankToNull(county);
        industry = blankToNull(industry);
        tag = blankToNull(tag);
        q = blankToNull(q);
        if (page < 1) {
            throw new IllegalArgumentException(Messages.get("enterprise.error.page", page));
        }
    }

    /** Everything, first page. */
    public static EnterpriseQuery all() {
        return new EnterpriseQuery(null, null, null, null, 1);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
