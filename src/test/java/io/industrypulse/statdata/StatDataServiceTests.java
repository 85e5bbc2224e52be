package io.industrypulse.statdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Runs on H2 ({@link StatDataServiceH2Test}) and PostgreSQL ({@link StatDataServicePostgresTest}). */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({StatDataService.class, StatDataRepository.class, RevisionRepository.class, WrittenMonth.class})
@RecordApplicationEvents
abstract class StatDataServiceTests {

    private static final YearMonth JAN_2026 = YearMonth.of(2026, 1);

    @Autowired
    StatDataService service;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void storesAndReadsMonthlyRowsInOrder() {
        MonthlyRow b = row(JAN_2026, "91130102000000002X", "200.00", "180.50", null, null);
        MonthlyRow a = row(JAN_2026, "91130102000000001X", "100.25", "0.00", "95.10", "3.21");
        MonthlyRow earlier = row(YearMonth.of(2025, 12), "91130102000000001X", "99.00", "90.00", "98.00", "3.00");

        assertThat(service.storeMonthly(List.of(b, a, earlier))).isEqualTo(3);

        assertThat(service.monthly(Year.of(2026), Year.of(2026))).containsExactly(a, b);
        assertThat(service.monthly(Year.of(2025), Year.of(2026))).containsExactly(earlier, a, b);
        assertThat(service.monthly(YearMonth.of(2025, 12), YearMonth.of(2025, 12)))
                .containsExactly(earlier);
        assertThat(service.monthlyOf("91130102000000001X", YearMonth.of(2025, 1), JAN_2026))
                .containsExactly(earlier, a);
        assertThat(service.periods()).containsExactly(YearMonth.of(2025, 12), JAN_2026);
        assertThat(events.stream(StatDataChanged.class))
                .containsExactly(new StatDataChanged(YearMonth.of(2025, 12), JAN_2026));
    }

    @Test
    void aDuplicateRowStoresNothing() {
        service.storeMonthly(List.of(row(JAN_2026, "91130102000000001X", "1.00", "1.00", "1.00", "1.00")));
        List<MonthlyRow> again = List.of(
                row(YearMonth.of(2026, 2), "91130102000000001X", "1.00", "1.00", "1.00", "1.00"),
                row(JAN_2026, "91130102000000001X", "2.00", "2.00", "2.00", "2.00"));

        assertThatThrownBy(() -> service.storeMonthly(again)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void replaceMonthlyReplacesThePeriods() {
        service.storeMonthly(List.of(
                row(JAN_2026, "91130102000000001X", "1.00", "1.00", "1.00", "1.00"),
                row(YearMonth.of(2026, 2), "91130102000000001X", "1.00", "1.00", "1.00", "1.00")));
        MonthlyRow corrected = row(JAN_2026, "91130102000000002X", "5.00", "4.00", "5.00", "0.50");

        service.replaceMonthly(JAN_2026, JAN_2026, List.of(corrected));

        assertThat(service.monthly(Year.of(2026), Year.of(2026)))
                .extracting(MonthlyRow::creditCode, MonthlyRow::period)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("91130102000000002X", JAN_2026),
                        org.assertj.core.groups.Tuple.tuple("91130102000000001X", YearMonth.of(2026, 2)));
    }

    @Test
    void storesThirtyThreeThousandRowsQuickly() {
        List<MonthlyRow> rows = new ArrayList<>();
        for (int month = 0; month < 22; month++) {
            for (int e = 0; e < 1_500; e++) {
                rows.add(row(
                        YearMonth.of(2025, 1).plusMonths(month),
                        String.format("9113010200%07dX", e),
                        "1234.56",
                        "1100.00",
                        "1200.00",
                        "55.50"));
            }
        }
        long start = System.nanoTime();
        service.storeMonthly(rows);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println(getClass().getSimpleName() + ": stored " + rows.size() + " rows in " + millis + " ms");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM monthly_report")
                        .query(Long.class)
                        .single())
                .isEqualTo(33_000L);
        assertThat(service.monthly(Year.of(2025), Year.of(2026))).hasSize(33_000);
        assertThat(millis).isLessThan(15_000);
    }

    @Test
    void storesRatiosAndPpiReplacingTheSameKeys() {
        service.storeVaRatios(List.of(
                new VaRatio(2026, "39", new BigDecimal("0.2000")), new VaRatio(2025, "39", new BigDecimal("0.1950"))));
        service.storeVaRatios(List.of(new VaRatio(2026, "39", new BigDecimal("0.2013"))));
        service.storePpi(List.of(
                new Ppi(JAN_2026, "39", new BigDecimal("98.60")),
                new Ppi(JAN_2026, "31", new BigDecimal("96.00")),
                new Ppi(YearMonth.of(2025, 1), "31", new BigDecimal("94.10"))));
        service.storePpi(List.of(new Ppi(JAN_2026, "31", new BigDecimal("96.50"))));

        assertThat(service.vaRatios(Year.of(2025), Year.of(2026)))
                .containsExactly(
                        new VaRatio(2025, "39", new BigDecimal("0.1950")),
                        new VaRatio(2026, "39", new BigDecimal("0.2013")));
        assertThat(service.ppi(Year.of(2026), Year.of(2026)))
                .containsExactly(
                        new Ppi(JAN_2026, "31", new BigDecimal("96.50")),
                        new Ppi(JAN_2026, "39", new BigDecimal("98.60")));
        assertThat(events.stream(StatDataChanged.class)).hasSize(4);
    }

    private static MonthlyRow row(
            YearMonth period, String code, String output, String outputLy, String revenue, String electricity) {
        return new MonthlyRow(
                period,
                code,
                new BigDecimal(output),
                new BigDecimal(outputLy),
                revenue == null ? null : new BigDecimal(revenue),
                electricity == null ? null : new BigDecimal(electricity));
    }
}
