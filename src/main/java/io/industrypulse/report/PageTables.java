package io.industrypulse.report;

import io.industrypulse.i18n.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * The tables a page shows, read back from its rendered HTML: every {@code table.data} becomes one {@link ExcelTable}
 * with the page's title and the heading above the table, the period chosen in the header and the table's
 * {@code data-unit}. Reading the page itself, rather than building each export anew from the services, makes every
 * table exportable and keeps each exported cell equal to the cell on the screen (issue 16, item 5).
 *
 * <p>A cell becomes a number when it reads as one the way {@link FigureText} writes numbers ("5.3", "-0.4", "+1.2",
 * "1,234.5", "80.0%"); a whole number without separators only in a cell marked {@code num} (the house class of
 * numeric cells), since codes read the same (130102, 3911); "—" becomes an empty cell.
 */
final class PageTables {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?%?");
    private static final int SHEET_NAME_LENGTH = 31;

    private PageTables() {}

    /** A page's title and its exported tables. */
    record Read(String title, List<ExcelTable> tables) {}

    /**
     * Every exported table of {@code html}, in the page's order; when {@code only} is given, the table with that id,
     * or the {@code only}-th (a number, from 0).
     */
    static Read read(String html, @Nullable String only) {
        Document page = Jsoup.parse(html);
        String title = pageTitle(page);
        Element chosen = page.selectFirst(".period-picker option[selected]");
        List<String> periodNote =
                chosen == null ? List.of() : List.of(Messages.get("report.export.period", chosen.text()));
        List<ExcelTable> tables = new ArrayList<>();
        Set<String> sheetNames = new HashSet<>();
        String heading = null;
        int index = 0;
        // a whole page's main part, or an htmx fragment's body
        Element content = page.selectFirst("main") != null ? page.selectFirst("main") : page.body();
        for (Element element : content.select("h2, h3, h4, table.data")) {
            if (!element.tagName().equals("table")) {
                heading = element.text();
                continue;
            }
            int position = index++;
            if (only != null && !only.equals(element.id()) && !only.equals(String.valueOf(position))) {
                continue;
            }
            Element caption = element.selectFirst("caption");
            String section = caption != null ? caption.text() : heading;
            List<String> notes = new ArrayList<>(periodNote);
            if (!element.attr("data-unit").isBlank()) {
                notes.add(Messages.get("report.export.unit", element.attr("data-unit")));
            }
            List<List<Cell>> header = grid(element.select("> thead > tr"));
            List<List<Cell>> body = grid(bodyRows(element, header.isEmpty()));
            if (header.isEmpty() && !body.isEmpty()) {
                header = List.of(body.get(0));
                body = body.subList(1, body.size());
            }
            int columns = Math.max(width(header), width(body));
            tables.add(new ExcelTable(
                    sheetName(
                            section == null || section.isBlank() || section.equals(title) ? title : section,
                            sheetNames),
                    section == null || section.isBlank() || section.equals(title)
                            ? title
                            : Messages.get("report.export.title", title, section),
                    notes,
                    headers(header, columns),
                    body.stream().map(row -> cells(row, columns)).toList(),
                    1));
        }
        return new Read(title, tables);
    }

    /** The page's own heading (a county page names the county and the period), else the document title's first part. */
    private static String pageTitle(Document page) {
        Element heading = page.selectFirst("main h1, main h2, body > h2, body > h3");
        if (heading != null && !heading.text().isBlank()) {
            return heading.text();
        }
        String title = page.title();
        int dash = title.lastIndexOf(" - ");
        return dash > 0 ? title.substring(0, dash) : title;
    }

    private static Elements bodyRows(Element table, boolean headerInBody) {
        Elements rows = table.select("> tbody > tr, > tfoot > tr, > tr");
        if (rows.isEmpty() && headerInBody) {
            return table.select("tr");
        }
        return rows;
    }

    /**
     * A cell's text, whether the page marks it as a number ({@code class="num"}), and whether it is covered by a
     * span from another cell (a header's label spans its columns; a data cell's value is written once).
     */
    private record Cell(String text, boolean num, boolean covered) {}

    /** The rows' cells with every colspan and rowspan spread over the cells it covers. */
    private static List<List<Cell>> grid(Elements rows) {
        List<List<Cell>> grid = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            while (grid.size() <= r) {
                grid.add(new ArrayList<>());
            }
            int c = 0;
            for (Element cell : rows.get(r).select("> th, > td")) {
                List<Cell> row = grid.get(r);
                while (c < row.size() && row.get(c) != null) {
                    c++;
                }
                int across = span(cell, "colspan");
                int down = span(cell, "rowspan");
                for (int dr = 0; dr < down && r + dr < rows.size(); dr++) {
                    while (grid.size() <= r + dr) {
                        grid.add(new ArrayList<>());
                    }
                    List<Cell> target = grid.get(r + dr);
                    for (int dc = 0; dc < across; dc++) {
                        while (target.size() <= c + dc) {
                            target.add(null);
                        }
                        target.set(c + dc, new Cell(cell.text(), cell.hasClass("num"), dc > 0 || dr > 0));
                    }
                }
                c += across;
            }
        }
        return grid;
    }

    private static int span(Element cell, String attribute) {
        try {
            return Math.max(
                    1, Math.min(Integer.parseInt(cell.attr(attribute).isBlank() ? "1" : cell.attr(attribute)), 100));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static int width(List<List<Cell>> rows) {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }

    /** One header per column: the labels of a multi-row header joined top to bottom ("一季度 增速"). */
    private static List<String> headers(List<List<Cell>> header, int columns) {
        List<String> labels = new ArrayList<>(columns);
        for (int c = 0; c < columns; c++) {
            StringBuilder label = new StringBuilder();
            for (List<Cell> row : header) {
                String text = c < row.size() && row.get(c) != null ? row.get(c).text() : "";
                if (!text.isBlank() && !label.toString().endsWith(text)) {
                    label.append(label.isEmpty() ? "" : " ").append(text);
                }
            }
            labels.add(label.toString());
        }
        return labels;
    }

    private static List<Object> cells(List<Cell> row, int columns) {
        List<Object> cells = new ArrayList<>(columns);
        for (int c = 0; c < columns; c++) {
            Cell cell = c < row.size() ? row.get(c) : null;
            cells.add(cell == null || cell.covered() ? null : value(cell.text(), cell.num()));
        }
        return cells;
    }

    /** A cell's value: a number when the page writes one, nothing for "—", else the text. */
    static @Nullable Object value(String text, boolean num) {
        String shown = text.strip();
        if (shown.isEmpty() || shown.equals(FigureText.NONE)) {
            return null;
        }
        if (!NUMBER.matcher(shown).matches()) {
            return shown;
        }
        boolean percent = shown.endsWith("%");
        if (!num && !percent && !shown.contains(".") && !shown.contains(",")) {
            return shown;
        }
        return new ExcelTable.Figure(
                new BigDecimal(shown.replace(",", "").replace("%", "").replace("+", "")), percent);
    }

    /** A worksheet name Excel accepts: no []:*?/\, at most 31 characters, not used before in the workbook. */
    private static String sheetName(String wanted, Set<String> used) {
        String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
        if (base.isEmpty()) {
            base = "Sheet";
        }
        String name = base.length() > SHEET_NAME_LENGTH ? base.substring(0, SHEET_NAME_LENGTH) : base;
        for (int n = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = "(" + n + ")";
            name = (base.length() > SHEET_NAME_LENGTH - suffix.length()
                            ? base.substring(0, SHEET_NAME_LENGTH - suffix.length())
                            : base)
                    + suffix;
        }
        return name;
    }
}
