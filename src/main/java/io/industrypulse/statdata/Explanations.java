package io.industrypulse.statdata;

import io.industrypulse.i18n.Messages;
import java.util.List;
import java.util.Optional;

/**
 * What an explanation of a soft flag must be (METHODOLOGY.md 6.1/6.3): at least {@value #MIN_LENGTH} characters and a
 * real reason, not "核实无误" or a similar stock phrase alone.
 */
public final class Explanations {

    /** The least number of characters, not counting spaces. */
    public static final int MIN_LENGTH = 10;

    /** Stock phrases that say nothing; what remains after removing them and punctuation must say something. */
    private static final List<String> STOCK = List.of(
            "经核实", "已核实", "核实", "无误", "数据", "准确", "真实", "属实", "情况", "正常", "确认", "企业", "填报", "报送", "没有问题", "无问题",
            "不存在问题", "经查", "确实", "如此", "本月", "一致", "可靠", "有效", "经", "已", "均", "是", "的");

    /** Fewer than this many characters left after removing stock phrases: only a stock phrase. */
    private static final int SUBSTANCE = 4;

    private Explanations() {}

    /** Why the text is refused, or empty when it is acceptable. */
    public static Optional<String> problem(String text) {
        String value = text == null ? "" : text.strip();
        String compact = value.replaceAll("\\s+", "");
        String rest = compact.replaceAll("[\\p{P}\\p{S}]", "");
        for (String phrase : STOCK) {
            rest = rest.replace(phrase, "");
        }
        if (!compact.isEmpty() && rest.codePointCount(0, rest.length()) < SUBSTANCE) {
            return Optional.of(Messages.get("review.error.stockPhrase"));
        }
        if (compact.codePointCount(0, compact.length()) < MIN_LENGTH) {
            return Optional.of(Messages.get("review.error.tooShort", MIN_LENGTH));
        }
        return Optional.empty();
    }
}
