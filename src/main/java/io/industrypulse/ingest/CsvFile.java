package io.industrypulse.ingest;

import io.industrypulse.i18n.Messages;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One CSV file of a canonical package (UTF-8, header row, RFC 4180 quotes on one line). Records keep their line
 * number so that every error names file, line and column.
 */
final class CsvFile {

    final String file;
    private final Map<String, Integer> columns;
    private final List<String[]> records;
    private final List<Integer> lines;

    private CsvFile(String file, Map<String, Integer> columns, List<String[]> records, List<Integer> lines) {
        this.file = file;
        this.columns = columns;
        this.records = records;
        this.lines = lines;
    }

    static CsvFile read(Path directory, String file, String... requiredColumns) {
        List<String> text = readLines(directory.resolve(file), file);
        if (text.isEmpty() || text.get(0).isBlank()) {
            throw PackageException.ofFile(file, Messages.get("ingest.error.csvNoHeader"));
        }
        String[] header = split(stripBom(text.get(0)), file, 1);
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < header.length; c++) {
            columns.putIfAbsent(header[c].trim(), c);
        }
        for (String required : requiredColumns) {
            if (!columns.containsKey(required)) {
                throw PackageException.ofFile(file, Messages.get("ingest.error.csvMissingColumn", required));
            }
        }
        List<String[]> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (int i = 1; i < text.size(); i++) {
            String line = text.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] fields = split(line, file, i + 1);
            if (fields.length != header.length) {
                throw PackageException.atLine(
                        file, i + 1, Messages.get("ingest.error.csvFieldCount", header.length, fields.length));
            }
            records.add(fields);
            lines.add(i + 1);
        }
        return new CsvFile(file, columns, records, lines);
    }

    int size() {
        return records.size();
    }

    int line(int record) {
        return lines.get(record);
    }

    Field field(int record, String column) {
        return new Field(file, line(record), column, records.get(record)[columns.get(column)].trim());
    }

    private static List<String> readLines(Path path, String file) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            String content = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
            return content.lines().toList();
        } catch (NoSuchFileException e) {
            throw PackageException.ofFile(file, Messages.get("ingest.error.csvMissing", path));
        } catch (CharacterCodingException e) {
            throw PackageException.ofFile(file, Messages.get("ingest.error.csvEncoding"));
        } catch (IOException e) {
            throw PackageException.ofFile(file, Messages.get("ingest.error.csvUnreadable", e.getMessage()));
        }
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    static String[] split(String line, String file, int lineNumber) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    current.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        if (quoted) {
            throw PackageException.atLine(file, lineNumber, Messages.get("ingest.error.quote"));
        }
        fields.add(current.toString());
        return fields.toArray(String[]::new);
    }
}
