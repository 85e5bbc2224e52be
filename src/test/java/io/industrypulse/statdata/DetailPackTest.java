package io.industrypulse.statdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.industrypulse.statdata.MonthlyDetail.Figures;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A revision's packed detail reads back as the {@code NUMERIC(18,2)} and {@code VARCHAR(200)} columns it replaces
 * held it: in credit-code order, amounts at two decimals rounded half-up (away from zero, as PostgreSQL and H2 round
 * a numeric on assignment), at most 18 digits, names at most 200 characters.
 */
class DetailPackTest {

    @Test
    void rowsReadBackInCreditCodeOrderWithTwoDecimals() {
        MonthlyDetail later = new MonthlyDetail(
                "91130102MA0000002B",
                "石家庄示例机械制造有限公司",
                figures("1234567.8", "-0.01", "0", "9999999999999999.99"),
                figures("5", "6", "7", "8"),
                figures("0", "0", "0", "0"),
                null);
        MonthlyDetail earlier = new MonthlyDetail(
                "91130102MA0000001A",
                "\"恒信\", 有限公司\n(二厂)",
                figures("-9999999999999999.99", "100", "2.5", "3.25"),
                figures("1", "2", "3", "4"),
                figures("0.1", "0.2", "0.3", "0.4"),
                figures("12.34", "56.78", "0", "1"));

        List<MonthlyDetail> read = DetailPack.unpack(DetailPack.FORMAT, DetailPack.pack(List.of(later, earlier)));

        assertThat(read)
                .extracting(MonthlyDetail::creditCode)
                .containsExactly(earlier.creditCode(), later.creditCode());
        assertThat(read.get(0).name()).isEqualTo("\"恒信\", 有限公司\n(二厂)");
        assertThat(read.get(0).output().month()).isEqualTo(new BigDecimal("-9999999999999999.99"));
        assertThat(read.get(0).electricity())
                .isEqualTo(new Figures(
                        new BigDecimal("12.34"),
                        new BigDecimal("56.78"),
                        new BigDecimal("0.00"),
                        new BigDecimal("1.00")));
        assertThat(read.get(1).output())
                .isEqualTo(new Figures(
                        new BigDecimal("1234567.80"),
                        new BigDecimal("-0.01"),
                        new BigDecimal("0.00"),
                        new BigDecimal("9999999999999999.99")));
        assertThat(read.get(1).export().cumulativeLastYear()).isEqualTo(new BigDecimal("0.00"));
        assertThat(read.get(1).electricity()).isNull();
    }

    @Test
    void amountsAreRoundedHalfUpToTwoDecimals() {
        MonthlyDetail row = new MonthlyDetail(
                "91130102MA0000001A",
                "示例",
                figures("1.005", "-1.005", "2.004", "-2.0049"),
                figures("0.995", "0", "0", "0"),
                figures("0", "0", "0", "0"),
                null);

        MonthlyDetail read = DetailPack.unpack(DetailPack.FORMAT, DetailPack.pack(List.of(row)))
                .get(0);

        assertThat(read.output())
                .isEqualTo(new Figures(
                        new BigDecimal("1.01"),
                        new BigDecimal("-1.01"),
                        new BigDecimal("2.00"),
                        new BigDecimal("-2.00")));
        assertThat(read.sales().month()).isEqualTo(new BigDecimal("1.00"));
    }

    @Test
    void noRowsPackAndReadBackAsNone() {
        assertThat(DetailPack.unpack(DetailPack.FORMAT, DetailPack.pack(List.of())))
                .isEmpty();
    }

    @Test
    void whatTheColumnsRefusedIsRefused() {
        assertThatThrownBy(() -> DetailPack.pack(List.of(new MonthlyDetail(
                        "91130102MA0000001A",
                        "示例",
                        figures("10000000000000000", "0", "0", "0"),
                        figures("0", "0", "0", "0"),
                        figures("0", "0", "0", "0"),
                        null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("18 digits");
        String name200 = "厂".repeat(200);
        assertThat(DetailPack.unpack(DetailPack.FORMAT, DetailPack.pack(List.of(named(name200))))
                        .get(0)
                        .name())
                .isEqualTo(name200);
        assertThatThrownBy(() -> DetailPack.pack(List.of(named(name200 + "厂"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("200");
    }

    @Test
    void anotherFormatIsNotReadAsThisOne() {
        byte[] packed = DetailPack.pack(List.of(named("示例")));

        assertThatThrownBy(() -> DetailPack.unpack(DetailPack.FORMAT + 1, packed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("format");
    }

    private static MonthlyDetail named(String name) {
        return new MonthlyDetail(
                "91130102MA0000001A",
                name,
                figures("1", "2", "3", "4"),
                figures("0", "0", "0", "0"),
                figures("0", "0", "0", "0"),
                null);
    }

    private static Figures figures(String month, String cumulative, String monthLastYear, String cumulativeLastYear) {
        return new Figures(
                new BigDecimal(month),
                new BigDecimal(cumulative),
                new BigDecimal(monthLastYear),
                new BigDecimal(cumulativeLastYear));
    }
}
