package io.industrypulse.statdata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExplanationsTest {

    @Test
    void refusesStockPhrasesAndShortTexts() {
        assertThat(Explanations.problem("核实无误")).get().asString().contains("不能只写“核实无误”");
        assertThat(Explanations.problem("经核实，企业本月数据真实准确，无误。")).get().asString().contains("核实无误");
        assertThat(Explanations.problem("经核实数据无误，情况属实，确认无误")).get().asString().contains("套话");
        assertThat(Explanations.problem("  新增订单  ")).get().asString().contains("至少需要 10 个字");
    }

    @Test
    void acceptsARealReason() {
        assertThat(Explanations.problem("本月新增汽车零部件出口订单，产量比上月增加一倍")).isEmpty();
        assertThat(Explanations.problem("10月下旬设备检修停产12天，用电量同步下降")).isEmpty();
    }
}
