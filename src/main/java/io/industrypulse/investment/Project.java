package io.industrypulse.investment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * A project of the ledger (项目清单台账). Amounts in 万元.
 *
 * @param code the ledger's project code (项目编号), its key
 * @param name the project's name
 * @param countyCode the county it is built in (GB/T 2260)
 * @param builder the builder's name (建设单位)
 * @param creditCode the builder's credit code when it is in the registry; {@code null} for one not registered yet
 * @param kind INDUSTRIAL (工业投资) or RENOVATION (技术改造)
 * @param divisionCode the GB/T 4754 industry division (06-46)
 * @param content what is built (建设内容)
 * @param totalInvestment planned total investment, 万元
 * @param plannedStart the planned start of construction
 * @param actualStart the day construction started, once it did
 * @param plannedProduction the planned start of production
 * @param actualProduction the day production started, once it did
 * @param plannedCompletion the planned completion
 * @param actualCompletion the day it was completed, once it was
 * @param stage PLANNING, ATTRACTING, SIGNED, CONSTRUCTION, COMPLETED, PRODUCTION or SUSPENDED
 * @param statCode the project's code in the fixed-asset investment statistics (入统项目编码), once it entered
 * @param statMonth the month it entered the statistics (入统月份)
 * @param leader the responsible leader (包联领导)
 * @param responsible the responsible person (责任人)
 * @param responsiblePhone the responsible person's phone number
 * @param annualOutput expected output of a year in production, 万元
 * @param annualValueAdded expected value added of a year in production, 万元
 * @param updatedBy the user who last changed it
 * @param updatedAt when it was last changed
 */
public record Project(
        String code,
        String name,
        String countyCode,
        String builder,
        @Nullable String creditCode,
        ProjectKind kind,
        String divisionCode,
        String content,
        BigDecimal totalInvestment,
        @Nullable LocalDate plannedStart,
        @Nullable LocalDate actualStart,
        @Nullable LocalDate plannedProduction,
        @Nullable LocalDate actualProduction,
        @Nullable LocalDate plannedCompletion,
        @Nullable LocalDate actualCompletion,
        ProjectStage stage,
        @Nullable String statCode,
        @Nullable YearMonth statMonth,
        @Nullable String leader,
        @Nullable String responsible,
        @Nullable String responsiblePhone,
        @Nullable BigDecimal annualOutput,
        @Nullable BigDecimal annualValueAdded,
        String updatedBy,
        Instant updatedAt) {

    /** The date it goes (or went) into production: the actual one, else the planned one. */
    public @Nullable LocalDate production() {
        return actualProduction != null ? actualProduction : plannedProduction;
    }
}
