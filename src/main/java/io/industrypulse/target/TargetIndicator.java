package io.industrypulse.target;

import io.industrypulse.i18n.Messages;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * What an annual target (人代会目标) is about (issue: targets per region and indicator). Growth indicators are percent
 * with one decimal; the 小升规 net increase is a number of enterprises. Only {@link #VA_GROWTH} drives the engine's
 * evaluation (classes, 两个不低于, required growth); the others are kept and shown for the dispatch meeting.
 */
public enum TargetIndicator {
    /** 规上工业增加值增速 (%). */
    VA_GROWTH("规上工业增加值增速", true),
    /** 规上工业总产值增速 (%). */
    OUTPUT_GROWTH("规上工业总产值增速", true),
    /** 工业投资增速 (%). */
    INVESTMENT_GROWTH("工业投资增速", true),
    /** 技改投资增速 (%). */
    RENOVATION_INVESTMENT_GROWTH("技改投资增速", true),
    /** 小升规净增 (家): enterprises entering the above-size scope minus those leaving it. */
    UPGRADE_NET_INCREASE("小升规净增", false);

    /** The largest net increase a person may type (家); a sanity bound, not a rule of the method. */
    static final BigDecimal MAX_NET_INCREASE = BigDecimal.valueOf(10_000);

    private final String chineseName;
    private final boolean growth;

    TargetIndicator(String chineseName, boolean growth) {
        this.chineseName = chineseName;
        this.growth = growth;
    }

    public String chineseName() {
        return chineseName;
    }

    /** A growth rate in percent; otherwise a count of enterprises. */
    public boolean growth() {
        return growth;
    }

    /** The indicator of a code ({@code VA_GROWTH}) or Chinese name (规上工业增加值增速). */
    public static Optional<TargetIndicator> of(String codeOrName) {
        if (codeOrName == null) {
            return Optional.empty();
        }
        String s = codeOrName.strip();
        return Arrays.stream(values())
                .filter(i -> i.name().equals(s) || i.chineseName.equals(s))
                .findFirst();
    }

    /**
     * Checks a target value typed by a person.
     *
     * @throws IllegalArgumentException naming the field
     */
    public void check(BigDecimal value, String field) {
        if (growth) {
            TargetService.checkGrowth(value, field);
            return;
        }
        if (value == null || value.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(Messages.get("target.error.netIncreaseInteger", field));
        }
        if (value.abs().compareTo(MAX_NET_INCREASE) > 0) {
            throw new IllegalArgumentException(Messages.get("target.error.netIncreaseRange", field, MAX_NET_INCREASE));
        }
    }
}
