package io.industrypulse.statdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.statdata.MonthlyDetail.Figures;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A month read right after its import is what the database holds, whether it comes from the rows the import kept
 * ({@link WrittenMonth}) or from the table: as stored (two decimals, credit-code order), and never a month another
 * write has changed since: a write without a revision on this instance, a newer revision from another instance, an
 * import rolled back. The writes commit, as an import does. Runs on H2 ({@link WrittenMonthH2Test}) and PostgreSQL
 * ({@link WrittenMonthPostgresTest}).
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({
    StatDataService.class,
    StatDataRepository.class,
    RevisionService.class,
    RevisionRepository.class,
    WrittenMonth.class
})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class WrittenMonthTests {

    private static final YearMonth MONTH = YearMonth.of(2031, 3);
    private static final String A = "91130102000000001X";
    private static final String B = "91130102000000002X";

    @Autowired
    StatDataService statData;

    @Autowired
    RevisionService revisions;

    @Autowired
    RevisionRepository revisionRepository;

    @Autowired
    StatDataRepository statDataRepository;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    ObjectProvider<java.time.Clock> clock;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTheMonth() {
        transaction.executeWithoutResult(s -> {
            jdbc.sql(
                            "DELETE FROM monthly_detail_pack WHERE revision_id IN (SELECT id FROM monthly_revision WHERE period = ?)")
                    .param(MONTH.atDay(1))
                    .update();
            jdbc.sql("DELETE FROM monthly_revision WHERE period = ?")
                    .param(MONTH.atDay(1))
                    .update();
            jdbc.sql("DELETE FROM monthly_report WHERE period = ?")
                    .param(MONTH.atDay(1))
                    .update();
            jdbc.sql("DELETE FROM period_lock WHERE period = ?")
                    .param(MONTH.atDay(1))
                    .update();
        });
    }

    @Test
    void aMonthImportedInFullReadsAsTheDatabaseHoldsIt() {
        // given out of credit-code order, one amount with one decimal, one enterprise without electricity
        importMonth(revisions, detail(B, "200.5", "180"), detailWithoutElectricity(A, "100.25", "0"));

        List<MonthlyRow> expected = List.of(
                new MonthlyRow(MONTH, A, new BigDecimal("100.25"), new BigDecimal("0.00"), null, null),
                new MonthlyRow(
                        MONTH, B, new BigDecimal("200.50"), new BigDecimal("180.00"), null, new BigDecimal("3.00")));
        assertThat(statData.monthly(MONTH, MONTH)).containsExactlyElementsOf(expected);
        assertThat(fromTheTable()).containsExactlyElementsOf(expected);
    }

    @Test
    void aLaterWriteWithoutARevisionIsRead() {
        importMonth(revisions, detail(A, "100", "90"), detail(B, "200", "180"));
        statData.monthly(MONTH, MONTH);

        List<MonthlyRow> corrected =
                List.of(new MonthlyRow(MONTH, A, new BigDecimal("111.00"), new BigDecimal("90.00"), null, null));
        transaction.executeWithoutResult(s -> statData.replaceMonthly(MONTH, MONTH, corrected));

        assertThat(statData.monthly(MONTH, MONTH)).containsExactlyElementsOf(corrected);
    }

    @Test
    void aNewerRevisionFromAnotherInstanceIsRead() {
        importMonth(revisions, detail(A, "100", "90"), detail(B, "200", "180"));
        statData.monthly(MONTH, MONTH);
        // another instance: its own memory of what it wrote, the same database
        RevisionService elsewhere =
                new RevisionService(revisionRepository, statDataRepository, events, new WrittenMonth(), clock);

        importMonth(elsewhere, detail(A, "150", "90"));

        assertThat(statData.monthly(MONTH, MONTH))
                .containsExactly(new MonthlyRow(
                        MONTH, A, new BigDecimal("150.00"), new BigDecimal("90.00"), null, new BigDecimal("3.00")));
    }

    @Test
    void anImportRolledBackLeavesTheMonthAsItWas() {
        importMonth(revisions, detail(A, "100", "90"));
        List<MonthlyRow> before = fromTheTable();

        transaction.executeWithoutResult(s -> {
            revisions.store(
                    new MonthlyImport(MONTH, "b.xlsx", "admin", null, Set.of(), List.of(detail(A, "999", "90"))));
            s.setRollbackOnly();
        });

        assertThat(statData.monthly(MONTH, MONTH)).containsExactlyElementsOf(before);
        assertThat(before).extracting(MonthlyRow::output).containsExactly(new BigDecimal("100.00"));
    }

    private void importMonth(RevisionService service, MonthlyDetail... rows) {
        transaction.executeWithoutResult(
                s -> service.store(new MonthlyImport(MONTH, "b.xlsx", "admin", null, Set.of(), List.of(rows))));
    }

    private List<MonthlyRow> fromTheTable() {
        return jdbc.sql("SELECT credit_code, output, output_ly, revenue, electricity FROM monthly_report"
                        + " WHERE period = ? ORDER BY credit_code")
                .param(MONTH.atDay(1))
                .query((rs, n) -> new MonthlyRow(
                        MONTH,
                        rs.getString(1),
                        rs.getBigDecimal(2),
                        rs.getBigDecimal(3),
                        rs.getBigDecimal(4),
                        rs.getBigDecimal(5)))
                .list();
    }

    private static MonthlyDetail detail(String code, String output, String outputLastYear) {
        return detail(code, output, outputLastYear, figures("3", "2"));
    }

    private static MonthlyDetail detailWithoutElectricity(String code, String output, String outputLastYear) {
        return detail(code, output, outputLastYear, null);
    }

    private static MonthlyDetail detail(
            String code, String output, String outputLastYear, @Nullable Figures electricity) {
        return new MonthlyDetail(
                code,
                "企业" + code.charAt(16),
                figures(output, outputLastYear),
                figures("1", "1"),
                figures("0", "0"),
                electricity);
    }

    private static Figures figures(String month, String monthLastYear) {
        BigDecimal m = new BigDecimal(month);
        BigDecimal ly = new BigDecimal(monthLastYear);
        return new Figures(m, m.multiply(BigDecimal.TEN), ly, ly.multiply(BigDecimal.TEN));
    }
}
