package io.industrypulse.demo;

import io.industrypulse.enterprise.CreditCode;

/**
 * Unified social credit codes for generated enterprises (GB 32100, METHODOLOGY.md section 8.2), with a valid GB 11714
 * organization code inside; the check character comes from {@link CreditCode}.
 */
final class CreditCodes {

    private static final int[] ORGANIZATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private CreditCodes() {}

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
        return CreditCode.withCheckCharacter(first17);
    }
}
