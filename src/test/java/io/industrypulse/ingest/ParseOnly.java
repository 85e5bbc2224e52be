package io.industrypulse.ingest;

import java.nio.file.Path;

/**
 * {@code ParseOnly FILE MAX_ROWS}: reads a workbook with the import's reader and parser only (no database) and prints
 * the problems, one a line. Run in a JVM with a small heap by {@link MonthlyImportTest} to show that reading is
 * bounded in memory.
 */
public final class ParseOnly {

    private ParseOnly() {}

    public static void main(String[] args) {
        MonthlySheetParser parser = new MonthlySheetParser(Integer.parseInt(args[1]));
        try {
            WorkbookStream.read(Path.of(args[0]), parser);
            parser.finish();
            parser.problems().forEach(p -> System.out.println(p.describe()));
            System.out.println("rows: " + parser.rows().size());
        } catch (ImportRejected | WorkbookStream.StopReading e) {
            System.out.println("refused: " + e.getMessage());
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.println("max heap MB: " + runtime.maxMemory() / 1024 / 1024);
    }
}
