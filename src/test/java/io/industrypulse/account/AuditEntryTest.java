package io.industrypulse.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The audit page's field-by-field view: labels for fields and for coded values, the changed fields marked. */
class AuditEntryTest {

    @Test
    void aRoleChangeReadsInChineseFieldByField() {
        AuditEntry entry = new AuditEntry(
                1,
                Instant.parse("2026-11-30T02:00:00Z"),
                "admin",
                "USER_UPDATED",
                "USER",
                "zhang",
                "{\"username\":\"zhang\",\"role\":\"CITY_ANALYST\",\"enabled\":true}",
                "{\"username\":\"zhang\",\"role\":\"COUNTY_USER\",\"enabled\":false}");

        assertThat(entry.changes())
                .extracting(
                        AuditEntry.FieldChange::label,
                        AuditEntry.FieldChange::before,
                        AuditEntry.FieldChange::after,
                        AuditEntry.FieldChange::changed)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("用户名", "zhang", "zhang", false),
                        org.assertj.core.groups.Tuple.tuple("角色", "市级业务", "县级用户", true),
                        org.assertj.core.groups.Tuple.tuple("启用", "是", "否", true));
    }

    @Test
    void aValueWithoutALabelStaysAsItIs() {
        AuditEntry entry = new AuditEntry(
                2, Instant.now(), "admin", "X", "Y", null, null, "{\"role\":\"SOMETHING_NEW\",\"value\":6.5}");

        assertThat(entry.changes())
                .extracting(AuditEntry.FieldChange::after)
                .containsExactlyInAnyOrder("SOMETHING_NEW", "6.5");
    }
}
