package io.industrypulse.ingest;

import io.industrypulse.i18n.Messages;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** One cell of a package file, with where it came from, and the parsers that report errors at that place. */
record Field(String file, int line, String column, String value) {

    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("uuuu-MM");

    PackageException error(String problem) {
        return PackageException.at(file, line, column, problem);
    }

    String text() {
        if (value.isEmpty()) {
            throw error(Messages.get("ingest.error.blank"));
        }
        return value;
    }

    String optionalText() {
        return value;
    }

    BigDecimal number() {
        try {
            return new BigDecimal(text());
        } catch (NumberFormatException e) {
            throw error(Messages.get("ingest.error.notNumber", value));
        }
    }

    BigDecimal amount() {
        BigDecimal amount = number();
        if (amount.signum() < 0) {
            throw error(Messages.get("ingest.error.negative", value));
        }
        return amount;
    }

    int year() {
        try {
            int year = Integer.parseInt(text());
            if (year < 1900 || year > 9999) {
                throw error(Messages.get("ingest.error.notYear", value));
            }
            return year;
        } catch (NumberFormatException e) {
            throw error(Messages.get("ingest.error.notYear", value));
        }
    }

    YearMonth period() {
        try {
            return YearMonth.parse(text(), PERIOD);
        } catch (DateTimeParseException e) {
            throw error(Messages.get("ingest.error.notPeriod", value));
        }
    }

    String division() {
        if (!text().matches("\\d{2}")) {
            throw error(Messages.get("ingest.error.notDivision", value));
        }
        return value;
    }

    String regionCode() {
        if (!text().matches("\\d{6}")) {
            throw error(Messages.get("ingest.error.notRegionCode", value));
        }
        return value;
    }
}
