package io.industrypulse.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the warnings page arranges a month's warnings: county level first, enterprises folded and paged per county. */
class WarningBoardTest {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @Test
    void foldsPagesAndFilters() {
        List<Warning> warnings = new ArrayList<>();
        warnings.add(region(WarningRule.NEGATIVE_GROWTH, "130102", -1.5));
        warnings.add(region(WarningRule.BELOW_TARGET, "130104", 2.0));
        warnings.add(region(WarningRule.NEGATIVE_GROWTH, "130100", -0.2));
        // 120 shortfalls in 130104, 3 in 130102, shortfall i% each
        for (int i = 1; i <= 120; i++) {
            warnings.add(enterprise("130104", i));
        }
        for (int i = 1; i <= 3; i++) {
            warnings.add(enterprise("130102", i));
        }

        WarningBoard all = WarningBoard.of(warnings, null, null, null, 1, 1);
        assertThat(all.regionWarnings().total()).isEqualTo(3);
        assertThat(all.enterpriseCount()).isEqualTo(123);
        assertThat(all.enterpriseGroups())
                .extracting(WarningBoard.EnterpriseGroup::regionCode)
                .containsExactly("130102", "130104");
        WarningBoard.EnterpriseGroup big = all.enterpriseGroups().get(1);
        assertThat(big.rows().total()).isEqualTo(120);
        assertThat(big.rows().items()).hasSize(50);
        // the largest shortfall first
        assertThat(big.rows().items().get(0).value()).isEqualTo(120.0);

        // one county, its third page of enterprises: rows 101..120, i.e. shortfalls 20% down to 1%
        WarningBoard third = WarningBoard.of(warnings, null, "130104", "enterprise", 1, 3);
        assertThat(third.regionWarnings().total()).isZero();
        assertThat(third.enterpriseGroups()).hasSize(1);
        assertThat(third.enterpriseGroups().get(0).rows().items())
                .hasSize(20)
                .extracting(Warning::value)
                .startsWith(20.0)
                .endsWith(1.0);

        WarningBoard counties = WarningBoard.of(warnings, WarningRule.NEGATIVE_GROWTH, null, "county", 1, 1);
        assertThat(counties.enterpriseGroups()).isEmpty();
        assertThat(counties.regionWarnings().items())
                .extracting(Warning::regionCode)
                .containsExactly("130102", "130100");
        assertThat(WarningBoard.of(warnings, WarningRule.HARD_TO_REACH, null, null, 1, 1)
                        .any())
                .isFalse();
    }

    private static Warning region(WarningRule rule, String code, double value) {
        return new Warning(OCTOBER, rule, code, "县" + code, null, null, value, 0);
    }

    private static Warning enterprise(String county, int shortfall) {
        return new Warning(
                OCTOBER,
                WarningRule.TASK_SHORTFALL,
                county,
                "县" + county,
                county + "-" + shortfall,
                "企业" + shortfall,
                shortfall,
                10);
    }
}
