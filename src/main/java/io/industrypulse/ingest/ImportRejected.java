package io.industrypulse.ingest;

/** A file that cannot be read at all (empty, corrupt, not a workbook, too large); nothing has been stored. */
public class ImportRejected extends RuntimeException {

    public ImportRejected(String message) {
        super(message);
    }

    public ImportRejected(String message, Throwable cause) {
        super(message, cause);
    }
}
