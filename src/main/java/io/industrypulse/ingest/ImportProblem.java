package io.industrypulse.ingest;

import io.industrypulse.i18n.Messages;

/**
 * One reason an import was rejected, in Chinese, naming where it is.
 *
 * @param sheet the sheet name, empty for the file as a whole
 * @param row the 1-based row as Excel shows it, 0 for the file or sheet as a whole
 * @param column the column letter (e.g. {@code C}), empty when the whole row is meant
 * @param rule the rule broken: {@code H1}..{@code H6} of METHODOLOGY.md 6.3, {@code 格式} (format), {@code 文件} (file);
 *     the simple tables ({@link TableKind}) also {@code 表头} (header), {@code 必填} (required), {@code 取值} (value
 *     out of range or not allowed), {@code 引用} (unknown code), {@code 重复} (duplicate key)
 * @param message what is wrong
 */
public record ImportProblem(String sheet, int row, String column, String rule, String message) {

    public static final String FORMAT = "格式";
    public static final String FILE = "文件";
    public static final String HEADER = "表头";
    public static final String REQUIRED = "必填";
    public static final String RANGE = "取值";
    public static final String REFERENCE = "引用";
    public static final String DUPLICATE = "重复";

    /** Where and what, e.g. {@code B204-1 第 5 行 C 列 [H1]: 不得为负数}. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (!sheet.isEmpty()) {
            text.append(sheet).append(' ');
        }
        if (row > 0) {
            text.append(Messages.get("ingest.problem.row", row));
        }
        if (!column.isEmpty()) {
            text.append(Messages.get("ingest.errors.inColumn", column));
        }
        return text.append('[').append(rule).append("]: ").append(message).toString();
    }
}
