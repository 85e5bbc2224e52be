package io.industrypulse.investment;

import org.jspecify.annotations.Nullable;

/**
 * A project as typed in the form or a row of the ledger import: every field as text, checked by {@link
 * InvestmentService#parse}. {@code planYear} is this year's planned investment (年度计划投资).
 */
public record ProjectForm(
        @Nullable String code,
        @Nullable String name,
        @Nullable String countyCode,
        @Nullable String builder,
        @Nullable String creditCode,
        @Nullable String kind,
        @Nullable String divisionCode,
        @Nullable String content,
        @Nullable String totalInvestment,
        @Nullable String planYear,
        @Nullable String plannedStart,
        @Nullable String actualStart,
        @Nullable String plannedProduction,
        @Nullable String actualProduction,
        @Nullable String plannedCompletion,
        @Nullable String actualCompletion,
        @Nullable String stage,
        @Nullable String statCode,
        @Nullable String statMonth,
        @Nullable String leader,
        @Nullable String responsible,
        @Nullable String responsiblePhone,
        @Nullable String annualOutput,
        @Nullable String annualValueAdded) {}
