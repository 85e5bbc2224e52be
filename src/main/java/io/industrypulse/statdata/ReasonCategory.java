package io.industrypulse.statdata;

import io.industrypulse.i18n.Messages;

/** The reason categories of an explanation (METHODOLOGY.md 6.3): 新增订单/设备检修/停产/价格变动/口径调整/其他. */
public enum ReasonCategory {
    NEW_ORDERS("新增订单"),
    MAINTENANCE("设备检修"),
    STOPPED("停产"),
    PRICE_CHANGE("价格变动"),
    SCOPE_CHANGE("口径调整"),
    OTHER("其他");

    private final String label;

    ReasonCategory(String label) {
        this.label = label;
    }

    /** The Chinese name. */
    public String label() {
        return label;
    }

    /** The category by its name ({@code NEW_ORDERS}) or its Chinese name ({@code 新增订单}). */
    public static ReasonCategory parse(String text) {
        if (text != null) {
            String value = text.strip();
            for (ReasonCategory category : values()) {
                if (category.name().equalsIgnoreCase(value) || category.label.equals(value)) {
                    return category;
                }
            }
        }
        throw new IllegalArgumentException(Messages.get("review.error.category"));
    }
}
