package io.industrypulse.ingest;

import java.util.List;

/**
 * An extra CSV file written next to a canonical package, e.g. the demo city's {@code enterprise_profiles.csv}.
 *
 * @param fileName file name inside the package directory, ending in {@code .csv}
 * @param header column names
 * @param rows one list of cell values per row, in header order; {@code null} is written as an empty cell
 */
public record CsvTable(String fileName, List<String> header, List<List<String>> rows) {

    public CsvTable {
        if (!fileName.endsWith(".csv") || fileName.contains("/") || fileName.contains("\\")) {
            throw new IllegalArgumentException("Not a plain .csv file name: " + fileName);
        }
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
