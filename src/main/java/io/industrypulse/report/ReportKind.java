package io.industrypulse.report;

import java.util.Locale;

/** The documents the platform writes each month. */
public enum ReportKind {
    /** 月度工业经济运行情况分析: five sections, 总体情况 to 下步工作建议. */
    ANALYSIS,
    /** 调度会材料: the two pages a leader reads out at the dispatch meeting. */
    BRIEF;

    /** The code in URLs, the archive and message keys: {@code analysis}, {@code brief}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of a code, or empty for an unknown one. */
    public static java.util.Optional<ReportKind> of(String code) {
        for (ReportKind kind : values()) {
            if (kind.code().equals(code)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
