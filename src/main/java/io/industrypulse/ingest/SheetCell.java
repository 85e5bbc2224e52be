package io.industrypulse.ingest;

/**
 * One cell as read from a workbook, before interpretation: its column (0-based), its kind and its text. A number's
 * text is its plain decimal form as stored in the file; a formula's cached result is read as if it were the value
 * (formulas are never evaluated), and a formula without a cached result has kind {@link Kind#FORMULA_WITHOUT_VALUE}.
 */
record SheetCell(int column, Kind kind, String text) {

    enum Kind {
        NUMBER,
        TEXT,
        BOOLEAN,
        ERROR,
        FORMULA_WITHOUT_VALUE
    }

    boolean isBlank() {
        return kind == Kind.TEXT && text.isBlank();
    }
}
