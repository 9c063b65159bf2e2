package dev.sluice.common.job;

import java.util.Locale;

/** What a job works on; the guide's {@code type} field. */
public enum JobType {
    FILE, WORKBOOK, SHEET, CUSTOM, PIPELINE;

    @Override
    public String toString() {
        return wireName();
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns null when the name is not a type. */
    public static JobType fromWire(String name) {
        for (JobType type : values()) {
            if (type.wireName().equals(name)) {
                return type;
            }
        }
        return null;
    }
}
