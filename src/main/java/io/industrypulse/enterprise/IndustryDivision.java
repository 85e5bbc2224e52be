package io.industrypulse.enterprise;

/**
 * An industrial division (大类) of GB/T 4754-2017: one of the 41 divisions 06-46 of sections B (采矿业), C (制造业) and
 * D (电力、热力、燃气及水生产和供应业), METHODOLOGY 8.1.
 *
 * @param code two digits, e.g. {@code 39}
 * @param name the Chinese name, e.g. 计算机、通信和其他电子设备制造业
 * @param section {@code B}, {@code C} or {@code D}
 */
public record IndustryDivision(String code, String name, String section) {

    /** Whether a 2-digit division code lies in the industrial range 06-46. */
    public static boolean isIndustrial(String divisionCode) {
        if (divisionCode == null || !divisionCode.matches("\\d{2}")) {
            return false;
        }
        int division = Integer.parseInt(divisionCode);
        return division >= 6 && division <= 46;
    }
}
