package io.industrypulse.ingest;

import io.industrypulse.i18n.Messages;

/**
 * Bad input in a canonical package, naming the file and, where known, the line and the column, e.g.
 * {@code monthly.csv 第 12 行 output 列: 不是数字 “abc”}; nothing has been written when it is thrown.
 */
public class PackageException extends RuntimeException {

    private final String file;
    private final int line;
    private final String column;
    private final String problem;

    private PackageException(String file, int line, String column, String problem, String message) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** A problem of the file as a whole (missing, not UTF-8, no header, no rows). */
    static PackageException ofFile(String file, String problem) {
        return new PackageException(file, 0, "", problem, Messages.get("ingest.error.packageFile", file, problem));
    }

    static PackageException at(String file, int line, String column, String problem) {
        return new PackageException(
                file, line, column, problem, Messages.get("ingest.error.packageAt", file, line, column, problem));
    }

    static PackageException atLine(String file, int line, String problem) {
        return new PackageException(
                file, line, "", problem, Messages.get("ingest.error.packageAtLine", file, line, problem));
    }

    /** The problem as a row of the import's problem list: a format problem where a line is named, else a file one. */
    ImportProblem toProblem() {
        return new ImportProblem(file, line, column, line > 0 ? ImportProblem.FORMAT : ImportProblem.FILE, problem);
    }
}
