package io.industrypulse.region;

import java.util.Objects;

/**
 * One administrative division.
 *
 * @param code GB/T 2260 six-digit code: a province {@code PP0000}, a city {@code PPCC00}, a county {@code PPCCxx}
 * @param name the Chinese name, e.g. 浦东新区
 * @param level province, city or county
 * @param parentCode the code of the enclosing division, {@code null} for a root
 * @param sortOrder display order among siblings (then by code)
 */
public record Region(String code, String name, RegionLevel level, String parentCode, int sortOrder) {

    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
    }

    /** A region with sort order 0. */
    public Region(String code, String name, RegionLevel level, String parentCode) {
        this(code, name, level, parentCode, 0);
    }
}
