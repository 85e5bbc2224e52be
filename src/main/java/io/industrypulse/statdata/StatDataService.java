package io.industrypulse.statdata;

import java.time.Year;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores and serves monthly enterprise data and the deflation inputs. Writes are all-or-nothing (one transaction) and
 * publish {@link StatDataChanged}; reads return rows ordered by period, then credit code or division.
 */
@Service
@EnableConfigurationProperties(StatisticsCalendar.class)
public class StatDataService {

    private final StatDataRepository repository;
    private final RevisionRepository revisions;
    private final WrittenMonth written;
    private final ApplicationEventPublisher events;

    StatDataService(
            StatDataRepository repository,
            RevisionRepository revisions,
            WrittenMonth written,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.revisions = revisions;
        this.written = written;
        this.events = events;
    }

    /**
     * Inserts new monthly rows in JDBC batches. A row whose period and enterprise are already stored fails the whole
     * call (nothing is stored); use {@link #replaceMonthly} to load periods again.
     *
     * @return the number of rows stored
     */
    @Transactional
    public int storeMonthly(List<MonthlyRow> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        repository.insertMonthly(rows);
        events.publishEvent(changed(rows));
        return rows.size();
    }

    /**
     * Replaces every stored row of the periods {@code from}..{@code to} by {@code rows} (which must lie in that range),
     * e.g. to load a corrected package.
     */
    @Transactional
    public int replaceMonthly(YearMonth from, YearMonth to, List<MonthlyRow> rows) {
        for (MonthlyRow row : rows) {
            if (row.period().isBefore(from) || row.period().isAfter(to)) {
                throw new IllegalArgumentException(
                        "Row of " + row.period() + " outside " + from + ".." + to + ": " + row.creditCode());
            }
        }
        repository.deleteMonthly(from, to);
        repository.insertMonthly(rows);
        events.publishEvent(new StatDataChanged(from, to));
        return rows.size();
    }

    /** Monthly rows of the years {@code from}..{@code to}, ordered by period and credit code. */
    @Transactional(readOnly = true)
    public List<MonthlyRow> monthly(Year from, Year to) {
        return repository.monthlyOfYears(from, to);
    }

    /**
     * Monthly rows of the months {@code from}..{@code to}, ordered by period and credit code. A month an import of this
     * instance has just written in full comes from memory while it is still the month's latest revision
     * ({@link WrittenMonth}).
     */
    @Transactional(readOnly = true)
    public List<MonthlyRow> monthly(YearMonth from, YearMonth to) {
        if (from.equals(to)) {
            Optional<List<MonthlyRow>> kept = written.rows(from, revisions.latestRevisionId(from));
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        return repository.monthly(from, to);
    }

    /**
     * Cumulative revenue (B203 营业收入, January..period, 万元) by credit code, only for the enterprises that have a
     * revenue for every month of that range.
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, java.math.BigDecimal> revenueCumulative(YearMonth period) {
        return repository.revenueCumulative(period);
    }

    /** One enterprise's rows of the months {@code from}..{@code to}, ordered by period. */
    @Transactional(readOnly = true)
    public List<MonthlyRow> monthlyOf(String creditCode, YearMonth from, YearMonth to) {
        return repository.monthlyOf(creditCode, from, to);
    }

    /** The months that have data, ascending. */
    @Transactional(readOnly = true)
    public List<YearMonth> periods() {
        return repository.periods();
    }

    /** Stores value-added ratios, replacing those of the same year and division. */
    @Transactional
    public void storeVaRatios(List<VaRatio> ratios) {
        if (ratios.isEmpty()) {
            return;
        }
        repository.upsertVaRatios(ratios);
        int first = ratios.stream().mapToInt(VaRatio::year).min().orElseThrow();
        int last = ratios.stream().mapToInt(VaRatio::year).max().orElseThrow();
        events.publishEvent(new StatDataChanged(YearMonth.of(first, 1), YearMonth.of(last, 12)));
    }

    /** Value-added ratios of the years {@code from}..{@code to}, ordered by year and division. */
    @Transactional(readOnly = true)
    public List<VaRatio> vaRatios(Year from, Year to) {
        return repository.vaRatios(from.getValue(), to.getValue());
    }

    /** Stores PPI values, replacing those of the same month and division. */
    @Transactional
    public void storePpi(List<Ppi> rows) {
        if (rows.isEmpty()) {
            return;
        }
        repository.upsertPpi(rows);
        YearMonth first =
                rows.stream().map(Ppi::period).min(Comparator.naturalOrder()).orElseThrow();
        YearMonth last =
                rows.stream().map(Ppi::period).max(Comparator.naturalOrder()).orElseThrow();
        events.publishEvent(new StatDataChanged(first, last));
    }

    /** PPI of the years {@code from}..{@code to}, ordered by period and division. */
    @Transactional(readOnly = true)
    public List<Ppi> ppi(Year from, Year to) {
        return repository.ppi(from.atMonth(1), to.atMonth(12));
    }

    private static StatDataChanged changed(List<MonthlyRow> rows) {
        YearMonth first = rows.get(0).period();
        YearMonth last = first;
        for (MonthlyRow row : rows) {
            if (row.period().isBefore(first)) {
                first = row.period();
            }
            if (row.period().isAfter(last)) {
                last = row.period();
            }
        }
        return new StatDataChanged(first, last);
    }
}
