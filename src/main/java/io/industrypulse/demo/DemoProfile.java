package io.industrypulse.demo;

import io.industrypulse.enterprise.AboveSizeEntry;
import io.industrypulse.enterprise.IndustrialChain;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the demo city knows about an enterprise beyond the canonical {@code enterprises.csv} row of the same credit
 * code.
 *
 * @param creditCode unified social credit code (GB 32100), the key into the canonical package
 * @param industryClass GB/T 4754-2017 4-digit class (小类) within the enterprise's division
 * @param tags labels such as {@link #KEY_ENTERPRISE 重点企业}, {@code 专精特新}, {@code 高新技术企业}
 * @param airPolluting 涉气企业: in the key air-pollution industries of the emergency-reduction guide
 * @param pollutionGrade environmental performance grade A/B/C/D, only for air-polluting enterprises
 * @param winterLimited whether its output is limited during heavy-pollution months (grades C and D only)
 * @param chainCodes codes of the industrial chains ({@link IndustrialChain}) it belongs to
 * @param entryKind how it entered the above-size scope; the month is {@code above_size_since}
 * @param productionStart first month of production of a {@link AboveSizeEntry#NEW_PRODUCTION} enterprise
 * @param exitPeriod first month it no longer reports (退规); its monthly rows stop before this month
 * @param exitReason why it left, e.g. {@code 规模变小退出调查范围}, {@code 停产关闭}
 * @param contactName the enterprise's statistics contact (synthetic)
 * @param contactPhone the contact's phone (synthetic, random digits)
 */
public record DemoProfile(
        String creditCode,
        String industryClass,
        List<String> tags,
        boolean airPolluting,
        @Nullable String pollutionGrade,
        boolean winterLimited,
        List<String> chainCodes,
        AboveSizeEntry entryKind,
        @Nullable YearMonth productionStart,
        @Nullable YearMonth exitPeriod,
        @Nullable String exitReason,
        String contactName,
        String contactPhone) {

    public static final String KEY_ENTERPRISE = "重点企业";
    public static final String SPECIALIZED = "专精特新";
    public static final String HIGH_TECH = "高新技术企业";

    public DemoProfile {
        tags = List.copyOf(tags);
        chainCodes = List.copyOf(chainCodes);
    }

    /** 重点企业. */
    public boolean keyEnterprise() {
        return tags.contains(KEY_ENTERPRISE);
    }
}
