package io.industrypulse.enterprise;

import io.industrypulse.i18n.Messages;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Input refused: nothing was written. Each problem names a field and a message code of {@code i18n/enterprise}
 * whose text names the field ("统一社会信用代码：校验位错误"); {@link #getMessage()} is the Chinese text.
 */
public class EnterpriseValidationException extends RuntimeException {

    /**
     * One problem.
     *
     * @param field the form field (a component of {@link EnterpriseForm}), e.g. {@code creditCode}
     * @param code the message code, e.g. {@code enterprise.error.creditCode.check}
     * @param message the Chinese message naming the field, e.g. 统一社会信用代码：校验位错误
     * @param row for bulk registration the 1-based row, else 0
     */
    public record FieldProblem(String field, String code, String message, int row) {}

    private final List<FieldProblem> problems;

    public EnterpriseValidationException(List<FieldProblem> problems) {
        super(problems.stream()
                .map(p -> p.row() > 0 ? Messages.get("enterprise.error.atRow", p.row(), p.message()) : p.message())
                .collect(Collectors.joining(Messages.get("enterprise.error.separator"))));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
