package io.industrypulse.demo;

/** Unified social credit codes (GB 32100, METHODOLOGY.md section 8.2) with a valid organization code inside. */
final class CreditCodes {

    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] ORGANIZATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private CreditCodes() {}

    /** The GB 32100 check character of the first 17 characters. */
    static char checkCharacter(String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            int value = CHARSET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("Not a credit code character: " + first17.charAt(i));
            }
            sum += value * weight;
            weight = weight * 3 % 31;
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    /** Whether {@code code} is 18 characters of the GB 32100 character set with a correct check character. */
    static boolean valid(String code) {
        if (code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return checkCharacter(code.substring(0, 17)) == code.charAt(17);
    }

    /** The GB 11714 check character of an 8-character organization code body (letters A=10 .. Z=35). */
    static char organizationCheck(String body) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * ORGANIZATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /** An enterprise code: 9 (市场监管) 1 (企业), registering region, organization code, check character. */
    static String enterprise(String regionCode, String organizationBody) {
        String first17 = "91" + regionCode + organizationBody + organizationCheck(organizationBody);
        return first17 + checkCharacter(first17);
    }
}
