package io.industrypulse.environment;

import org.jspecify.annotations.Nullable;

/**
 * A row of the list as a user enters it (the form, or an import row): every field as typed. Shares in percent
 * (allowed load 70 = 70%); the emission base in kg a day; the production base in 万元 a day, blank for the default.
 */
public record ListedForm(
        @Nullable String creditCode,
        @Nullable String industryCode,
        @Nullable String grade,
        @Nullable String guarantee,
        @Nullable String allowedLoad,
        @Nullable String so2,
        @Nullable String nox,
        @Nullable String pm,
        @Nullable String voc,
        @Nullable String dailyBase,
        @Nullable String upwindFrom,
        @Nullable String upwindTo,
        @Nullable String measureYellow,
        @Nullable String measureOrange,
        @Nullable String measureRed) {

    /** The form of a stored row, to edit it. */
    static ListedForm of(ListedEnterprise e) {
        return new ListedForm(
                e.creditCode(),
                e.industryCode(),
                e.grade().name(),
                e.guarantee() == null ? "" : e.guarantee().name(),
                e.allowedLoad() == null
                        ? ""
                        : e.allowedLoad().movePointRight(2).stripTrailingZeros().toPlainString(),
                e.emissionBase().so2().stripTrailingZeros().toPlainString(),
                e.emissionBase().nox().stripTrailingZeros().toPlainString(),
                e.emissionBase().pm().stripTrailingZeros().toPlainString(),
                e.emissionBase().voc().stripTrailingZeros().toPlainString(),
                e.dailyBase() == null ? "" : e.dailyBase().stripTrailingZeros().toPlainString(),
                e.upwindFrom() == null ? "" : e.upwindFrom().toString(),
                e.upwindTo() == null ? "" : e.upwindTo().toString(),
                e.measureYellow(),
                e.measureOrange(),
                e.measureRed());
    }
}
