package io.industrypulse.ingest;

/** GB 32100-2015 unified social credit code: 18 characters, the last a check character (METHODOLOGY 11 item 11). */
final class CreditCode {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private CreditCode() {}

    static boolean isValid(String code) {
        if (code.length() != 18) {
            return false;
        }
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            int value = CHARSET.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * weight;
            weight = weight * 3 % 31;
        }
        return CHARSET.charAt((31 - sum % 31) % 31) == code.charAt(17);
    }
}
