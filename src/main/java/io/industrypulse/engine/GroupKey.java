package io.industrypulse.engine;

/**
 * Identifies a group: {@code county} is the county index (COUNTY, COUNTY_DIVISION), {@code division} the division
 * index (DIVISION, COUNTY_DIVISION), {@code tag} the index in {@link EngineInput#tags()} (TAG); unused ones are -1.
 */
public record GroupKey(GroupKind kind, int county, int division, int tag) {

    public static final GroupKey CITY = new GroupKey(GroupKind.CITY, -1, -1, -1);

    public static GroupKey county(int county) {
        return new GroupKey(GroupKind.COUNTY, county, -1, -1);
    }

    public static GroupKey division(int division) {
        return new GroupKey(GroupKind.DIVISION, -1, division, -1);
    }

    public static GroupKey countyDivision(int county, int division) {
        return new GroupKey(GroupKind.COUNTY_DIVISION, county, division, -1);
    }

    public static GroupKey tag(int tag) {
        return new GroupKey(GroupKind.TAG, -1, -1, tag);
    }
}
