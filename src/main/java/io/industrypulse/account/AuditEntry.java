package io.industrypulse.account;

import io.industrypulse.i18n.Messages;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One row of the audit log as the audit page shows it. */
record AuditEntry(
        long id,
        Instant occurredAt,
        String username,
        String action,
        String entityType,
        @Nullable String entityKey,
        @Nullable String beforeJson,
        @Nullable String afterJson) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One field of the entity before and after the write ("—" where absent).
     *
     * @param changed whether the write changed it
     */
    record FieldChange(String field, String label, String before, String after, boolean changed) {}

    /** {@link #occurredAt()} in Beijing time. */
    public LocalDateTime occurredAtShown() {
        return LocalDateTime.ofInstant(occurredAt, ShownTime.ZONE);
    }

    /** The action in words (新建用户, 修改年度目标 …); the code itself for an action without a label yet. */
    public String actionLabel() {
        return label("audit.action.", action);
    }

    /** The kind of entity in words (用户, 年度目标, 对标值 …). */
    public String entityLabel() {
        return label("audit.entity.", entityType);
    }

    /**
     * The entity's fields before and after, field by field, the changed ones marked: what the page shows instead of
     * the stored JSON. A value that is an object or a list is shown as its JSON text.
     */
    public List<FieldChange> changes() {
        Map<String, String> before = fields(beforeJson);
        Map<String, String> after = fields(afterJson);
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>(names.size());
        for (String name : names) {
            String b = valueLabel(name, before.getOrDefault(name, "—"));
            String a = valueLabel(name, after.getOrDefault(name, "—"));
            changes.add(new FieldChange(name, label("audit.field.", name), b, a, !b.equals(a)));
        }
        return changes;
    }

    /**
     * A coded value in words where the code has a label (角色 CITY_ANALYST → 市级业务, 状态 STOPPED → 停产, true → 是); the
     * value itself otherwise.
     */
    private static String valueLabel(String field, String value) {
        String prefix = VALUE_LABELS.get(field);
        return prefix == null ? value : label(prefix, value);
    }

    /** The message prefix of each field whose values are codes. */
    private static final Map<String, String> VALUE_LABELS = Map.of(
            "role", "account.role.",
            "enabled", "audit.value.",
            "locked", "audit.value.",
            "adjusted", "audit.value.",
            "status", "dispatch.status.",
            "reason", "dispatch.reason.",
            "scope", "target.benchmarks.scope.");

    private static String label(String prefix, String code) {
        return Messages.orDefault(prefix + code, code);
    }

    private static Map<String, String> fields(@Nullable String json) {
        Map<String, String> fields = new TreeMap<>();
        if (json == null || json.isBlank()) {
            return fields;
        }
        JsonNode node = JSON.readTree(json);
        if (!node.isObject()) {
            fields.put("value", node.isValueNode() ? node.asString() : node.toString());
            return fields;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode value = field.getValue();
            fields.put(
                    field.getKey(), value.isNull() ? "—" : value.isValueNode() ? value.asString() : value.toString());
        }
        return fields;
    }
}
