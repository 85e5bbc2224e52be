package io.industrypulse.ingest;

/**
 * Bad input in a canonical package. The message names the file, the line and the column, in Chinese, e.g.
 * {@code monthly.csv 第 12 行 output 列: 不是数字 "abc"}; nothing has been written when it is thrown.
 */
public class PackageException extends RuntimeException {

    public PackageException(String message) {
        super(message);
    }

    static PackageException at(String file, int line, String column, String problem) {
        return new PackageException(file + " 第 " + line + " 行 " + column + " 列: " + problem);
    }

    static PackageException atLine(String file, int line, String problem) {
        return new PackageException(file + " 第 " + line + " 行: " + problem);
    }
}
