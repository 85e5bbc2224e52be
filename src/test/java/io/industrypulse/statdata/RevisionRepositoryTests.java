package io.industrypulse.statdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.statdata.MonthlyDetail.Figures;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;

/**
 * The revision tables' writes read back exactly what was written, whichever way they go in (the changes by COPY on
 * PostgreSQL and JDBC batches on H2, the detail as one packed value): names with quotes, commas and line breaks, a missing electricity block as NULLs, and amounts
 * at the column's two decimals. Runs on H2 ({@link RevisionRepositoryH2Test}) and PostgreSQL ({@link
 * RevisionRepositoryPostgresTest}).
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(RevisionRepository.class)
abstract class RevisionRepositoryTests {

    private static final YearMonth PERIOD = YearMonth.of(2026, 10);

    @Autowired
    RevisionRepository repository;

    @Test
    void detailAndChangesReadBackAsWritten() {
        long id = repository.insertRevision(new MonthlyRevision(
                0, PERIOD, 1, "b204-1.xlsx", "admin", Instant.parse("2026-11-05T02:00:00Z"), null, 2, "B204-1"));
        MonthlyDetail quoted = new MonthlyDetail(
                "91130102000000001X",
                "\"恒信\", 有限公司\n(二厂)",
                figures("1234567.89"),
                figures("0.01"),
                figures("0.00"),
                null);
        MonthlyDetail plain =
                new MonthlyDetail("91130102000000002X", "示例企业", figures("5"), figures("6"), figures("7"), figures("8"));

        repository.insertDetail(id, List.of(plain, quoted));
        repository.insertChanges(
                id,
                List.of(
                        new RevisionRepository.Change(
                                "91130102000000001X", quoted.name(), "CHANGED", "output", new BigDecimal("1.50"), null),
                        new RevisionRepository.Change(
                                "91130102000000002X", "a,b", "ADDED", "sales", null, new BigDecimal("2.25"))));

        assertThat(repository.detail(id)).containsExactly(quoted, plain);
        assertThat(repository.changes(id))
                .containsExactly(
                        new RevisionRepository.Change(
                                "91130102000000001X", quoted.name(), "CHANGED", "output", new BigDecimal("1.50"), null),
                        new RevisionRepository.Change(
                                "91130102000000002X", "a,b", "ADDED", "sales", null, new BigDecimal("2.25")));
    }

    private static Figures figures(String month) {
        BigDecimal m = new BigDecimal(month).setScale(2);
        return new Figures(m, m.add(BigDecimal.TEN), m.add(BigDecimal.ONE), m.add(new BigDecimal("11.00")));
    }
}
