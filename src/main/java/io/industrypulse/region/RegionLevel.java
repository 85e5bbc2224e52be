package io.industrypulse.region;

import io.industrypulse.i18n.Messages;
import java.util.Arrays;

/** Level of an administrative division; {@link #code()} is the lower-case form of regions.csv and the database. */
public enum RegionLevel {
    PROVINCE("province"),
    CITY("city"),
    COUNTY("county");

    private final String code;

    RegionLevel(String code) {
        this.code = code;
    }

    /** The lower-case code: {@code province}, {@code city} or {@code county}. */
    public String code() {
        return code;
    }

    /**
     * @param code {@code province}, {@code city} or {@code county}, any case
     * @throws IllegalArgumentException for anything else
     */
    public static RegionLevel fromCode(String code) {
        return Arrays.stream(values())
                .filter(level -> level.code.equalsIgnoreCase(code == null ? "" : code.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(Messages.get("region.error.level", code)));
    }
}
