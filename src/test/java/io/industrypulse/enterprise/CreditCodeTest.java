package io.industrypulse.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 32100 check character, METHODOLOGY 8.2. */
class CreditCodeTest {

    private static final List<String> VALID = List.of("91310110666007217T", "914403001922038216");

    @ParameterizedTest
    @ValueSource(strings = {"91310110666007217T", "914403001922038216", "91350100M000100Y43"})
    void publishedCodesAreValid(String code) {
        assertThat(CreditCode.isValid(code)).isTrue();
        assertThat(CreditCode.problem(code)).isEmpty();
    }

    @Test
    void checkCharactersOfThePublishedExamples() {
        assertThat(CreditCode.checkCharacter("91310110666007217")).isEqualTo('T');
        assertThat(CreditCode.checkCharacter("91440300192203821")).isEqualTo('6');
        assertThat(CreditCode.withCheckCharacter("91350100M000100Y4")).isEqualTo("91350100M000100Y43");
    }

    @Test
    void everySingleCharacterChangeWithinTheCharsetBreaksTheCheck() {
        int changed = 0;
        for (String valid : VALID) {
            for (int position = 0; position < CreditCode.LENGTH; position++) {
                for (char c : CreditCode.CHARSET.toCharArray()) {
                    if (c == valid.charAt(position)) {
                        continue;
                    }
                    String mutated = valid.substring(0, position) + c + valid.substring(position + 1);
                    assertThat(CreditCode.problem(mutated))
                            .as("%s (position %d -> %s)", mutated, position + 1, c)
                            .contains(CreditCode.Problem.CHECK_CHARACTER);
                    changed++;
                }
            }
        }
        assertThat(changed).isEqualTo(2 * 18 * 30);
    }

    @Test
    void everySingleCharacterChangeOutsideTheCharsetIsRefused() {
        String outside = "IOZSVabcz-* 中";
        for (String valid : VALID) {
            for (int position = 0; position < CreditCode.LENGTH; position++) {
                for (char c : outside.toCharArray()) {
                    String mutated = valid.substring(0, position) + c + valid.substring(position + 1);
                    assertThat(CreditCode.isValid(mutated)).as(mutated).isFalse();
                    assertThat(CreditCode.problem(mutated)).contains(CreditCode.Problem.CHARSET);
                }
            }
        }
    }

    @Test
    void wrongLengthsAndNullAreRefused() {
        assertThat(CreditCode.problem(null)).contains(CreditCode.Problem.LENGTH);
        assertThat(CreditCode.problem("")).contains(CreditCode.Problem.LENGTH);
        assertThat(CreditCode.problem("91310110666007217")).contains(CreditCode.Problem.LENGTH);
        assertThat(CreditCode.problem("91310110666007217T0")).contains(CreditCode.Problem.LENGTH);
    }

    @Test
    void earlyPilotCodeFailsTheCheck() {
        // Legal but not satisfying the check (METHODOLOGY 8.2): needs the administrator's override.
        assertThat(CreditCode.problem("91350100M0001TGQXM")).contains(CreditCode.Problem.CHECK_CHARACTER);
        assertThat(CreditCode.checkCharacter("91350100M0001TGQX")).isEqualTo('1');
    }

    @Test
    void normalizeTrimsAndUpperCases() {
        assertThat(CreditCode.normalize(" 91310110666007217t ")).isEqualTo("91310110666007217T");
        assertThat(CreditCode.normalize(null)).isNull();
    }

    @Test
    void checkCharacterRefusesBadBodies() {
        assertThatThrownBy(() -> CreditCode.checkCharacter("123")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditCode.checkCharacter("9131011066600721I"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
