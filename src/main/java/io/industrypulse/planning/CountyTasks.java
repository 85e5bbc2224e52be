package io.industrypulse.planning;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A county's tasks for one month, down to each enterprise (任务落实到企业末端, METHODOLOGY 3.2). The requirement is the
 * comparable value added the county must produce in the month on its plan: the month's estimated base times (1 +
 * required growth of the remaining months). It is allocated to the enterprises with a last-year base in that month, in
 * proportion to that base, largest-remainder to the cent. An adjusted task is kept and the others re-balance
 * proportionally, so the tasks keep adding up to the requirement; only when the adjusted tasks alone exceed it does
 * {@code difference} show what is left over.
 *
 * @param countyCode the county (GB/T 2260)
 * @param countyName its name
 * @param period the month (YYYY-MM)
 * @param requiredGrowth required growth of the remaining months (%) when the month was still to come; {@code null}
 *     when undefined (no remaining months or no remaining base, DESIGN.md section 5)
 * @param requirement the county's task, 万元 (comparable value added)
 * @param total sum of the enterprises' tasks, 万元
 * @param difference {@code total - requirement}, 万元; zero when the tasks add up
 * @param dataArrived the month's data are in: actual figures below
 * @param actual the county's comparable value added of the month, 万元, when the data are in
 * @param shortfall {@code requirement - actual}, 万元, when positive, else zero; when the data are in
 * @param tasks one task per enterprise with a last-year base in the month
 */
public record CountyTasks(
        String countyCode,
        String countyName,
        YearMonth period,
        @Nullable Double requiredGrowth,
        BigDecimal requirement,
        BigDecimal total,
        BigDecimal difference,
        boolean dataArrived,
        @Nullable BigDecimal actual,
        @Nullable BigDecimal shortfall,
        List<EnterpriseTask> tasks) {

    public CountyTasks {
        tasks = List.copyOf(tasks);
    }

    /**
     * The tasks as an enterprise user sees them (DESIGN.md section 1): its own task only, and the requirement, total
     * and actual over that one task, so that no other enterprise's figure shows through the county's totals.
     */
    public CountyTasks narrowedTo(String creditCode) {
        List<EnterpriseTask> own =
                tasks.stream().filter(t -> t.creditCode().equals(creditCode)).toList();
        BigDecimal task = own.stream().map(EnterpriseTask::task).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal ownActual = dataArrived
                ? own.stream()
                        .map(t -> t.actual() == null ? BigDecimal.ZERO : t.actual())
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                : null;
        return new CountyTasks(
                countyCode,
                countyName,
                period,
                requiredGrowth,
                task,
                task,
                BigDecimal.ZERO,
                dataArrived,
                ownActual,
                ownActual == null ? null : task.subtract(ownActual).max(BigDecimal.ZERO),
                own);
    }

    /** Whether the enterprises' tasks add up to the county's requirement to the cent. */
    public boolean balanced() {
        return difference.signum() == 0;
    }

    /**
     * One enterprise's task.
     *
     * @param creditCode the enterprise (unified social credit code)
     * @param name its name
     * @param lastYearBase its value added of the same month last year, 万元, the weight of its share
     * @param task comparable value added to produce, 万元
     * @param adjusted set by the county user rather than allocated
     * @param grossOutput gross output (current prices) to reach, 万元: task / value-added ratio × PPI / 100
     * @param actual its comparable value added of the month, 万元, once reported
     * @param achieved actual >= task, once reported
     */
    public record EnterpriseTask(
            String creditCode,
            String name,
            BigDecimal lastYearBase,
            BigDecimal task,
            boolean adjusted,
            BigDecimal grossOutput,
            @Nullable BigDecimal actual,
            @Nullable Boolean achieved) {

        /** How much the enterprise fell short of its task, zero when achieved or not yet reported. */
        public BigDecimal shortfall() {
            return actual == null || actual.compareTo(task) >= 0 ? BigDecimal.ZERO : task.subtract(actual);
        }
    }
}
