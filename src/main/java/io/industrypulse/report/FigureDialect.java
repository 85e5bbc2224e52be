package io.industrypulse.report;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Table cells of figures in one attribute, formatted by {@link FigureText}:
 *
 * <ul>
 *   <li>{@code <td class="num cum" fig:num="${r.cumGrowth}">} writes the value with one decimal (or "—") and keeps the
 *       exact value in {@code data-value} for sorting and the Excel link;
 *   <li>{@code <td class="mark nb-target" fig:mark="${r.notBelowTarget}">} writes ✓, ✗ or "—", adds the class {@code
 *       yes} or {@code no}, and {@code data-value} 1, 0 or empty.
 * </ul>
 *
 * One expression per cell, where a fragment per cell cost a fragment insertion and three or four expressions: the
 * ranking page rendered half again as fast (issue 18).
 */
@Component
class FigureDialect extends AbstractProcessorDialect {

    private final FigureText fig;

    FigureDialect(FigureText fig) {
        // after the standard processors, so a th:class on the same cell has set the class this one extends
        super("Figures", "fig", StandardDialect.PROCESSOR_PRECEDENCE + 100);
        this.fig = fig;
    }

    @Override
    public Set<IProcessor> getProcessors(String prefix) {
        return Set.of(new Cell(prefix, "num"), new Cell(prefix, "mark"));
    }

    private final class Cell extends AbstractAttributeTagProcessor {

        private final boolean mark;

        Cell(String prefix, String attribute) {
            super(TemplateMode.HTML, prefix, null, false, attribute, true, StandardDialect.PROCESSOR_PRECEDENCE, true);
            this.mark = attribute.equals("mark");
        }

        @Override
        protected void doProcess(
                ITemplateContext context,
                IProcessableElementTag tag,
                AttributeName attributeName,
                String attributeValue,
                IElementTagStructureHandler structure) {
            Object value = StandardExpressions.getExpressionParser(context.getConfiguration())
                    .parseExpression(context, attributeValue)
                    .execute(context);
            if (mark) {
                Boolean yes = (Boolean) value;
                if (yes != null) {
                    String classes = tag.getAttributeValue("class");
                    String added = yes ? "yes" : "no";
                    structure.setAttribute("class", classes == null ? added : classes + " " + added);
                }
                structure.setAttribute("data-value", yes == null ? "" : yes ? "1" : "0");
                structure.setBody(yes == null ? FigureText.NONE : yes ? "✓" : "✗", false);
            } else {
                @Nullable Number number = (Number) value;
                if (number != null) {
                    structure.setAttribute("data-value", number.toString());
                }
                structure.setBody(fig.decimals(number, 1), false);
            }
        }
    }
}
