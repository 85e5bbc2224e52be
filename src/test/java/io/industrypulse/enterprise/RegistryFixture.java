package io.industrypulse.enterprise;

import io.industrypulse.account.Department;
import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import io.industrypulse.region.Region;
import io.industrypulse.region.RegionLevel;
import io.industrypulse.region.RegionService;
import java.time.YearMonth;
import java.util.List;

/**
 * A small test city in a fictional province 99 (no real GB/T 2260 code): two counties A and B, two chains, four
 * enterprises (two per county).
 */
final class RegistryFixture {

    static final String PROVINCE = "990000";
    static final String CITY = "990100";
    static final String A = "990102";
    static final String B = "990121";

    static final UserScope ADMIN = new UserScope("admin", Role.CITY_ADMIN, CITY);
    static final UserScope ANALYST = new UserScope("analyst", Role.CITY_ANALYST, CITY);
    static final UserScope LEADER = new UserScope("leader", Role.LEADER, CITY);
    static final UserScope DEPARTMENT = new UserScope("dept", Role.DEPARTMENT_USER, CITY, null, Department.STATISTICS);
    static final UserScope ECOLOGY = new UserScope("eco", Role.DEPARTMENT_USER, CITY, null, Department.ECOLOGY);
    static final UserScope COUNTY_A = new UserScope("county-a", Role.COUNTY_USER, A);
    static final UserScope COUNTY_B = new UserScope("county-b", Role.COUNTY_USER, B);

    /** Enterprises 1 and 2 are in county A, 3 and 4 in county B. */
    static String code(int n) {
        return CreditCode.withCheckCharacter("91990102MA" + String.format("%07d", n));
    }

    static UserScope enterpriseUser(int n) {
        return new UserScope("ent-" + n, Role.ENTERPRISE_USER, n <= 2 ? A : B, code(n), null);
    }

    static final String NAME_1 = "甲区电子科技有限公司";
    static final String NAME_2 = "甲区食品有限公司";
    static final String NAME_3 = "乙县钢铁有限公司";
    static final String NAME_4 = "乙县水务有限公司";

    private RegistryFixture() {}

    static void load(RegionService regions, EnterpriseService enterprises) {
        regions.saveAll(List.of(
                new Region(B, "乙县", RegionLevel.COUNTY, CITY, 2),
                new Region(A, "甲区", RegionLevel.COUNTY, CITY, 1),
                new Region(CITY, "测试市", RegionLevel.CITY, PROVINCE, -1),
                new Region(PROVINCE, "测试省", RegionLevel.PROVINCE, null, -1)));
        enterprises.saveChains(
                List.of(new IndustrialChain("T-ELEC", "电子信息", 1), new IndustrialChain("T-STEEL", "精品钢材", 2)));
        enterprises.registerAll(List.of(
                new EnterpriseRegistration(
                        code(1),
                        NAME_1,
                        A,
                        "3911",
                        YearMonth.of(2020, 1),
                        AboveSizeEntry.INITIAL,
                        null,
                        null,
                        true,
                        null,
                        false,
                        List.of("T-ELEC"),
                        "张三",
                        "0571-12345678",
                        "甲区科技路1号"),
                EnterpriseRegistration.of(code(2), NAME_2, A, "1311", YearMonth.of(2024, 3)),
                new EnterpriseRegistration(
                        code(3),
                        NAME_3,
                        B,
                        "3110",
                        YearMonth.of(2018, 1),
                        AboveSizeEntry.INITIAL,
                        YearMonth.of(2025, 1),
                        "规模变小退出调查范围",
                        false,
                        PollutionGrade.B,
                        true,
                        List.of("T-STEEL"),
                        null,
                        null,
                        null),
                EnterpriseRegistration.of(code(4), NAME_4, B, "46", null)));
    }
}
