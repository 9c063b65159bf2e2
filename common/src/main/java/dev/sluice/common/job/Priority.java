package dev.sluice.common.job;

import java.util.Locale;

/** A job's priority; each is a topic of its own per worker pool. Declared highest first. */
public enum Priority {
    HIGH, NORMAL, LOW;

    @Override
    public String toString() {
        return wireName();
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns null when the name is not a priority. */
    public static Priority fromWire(String name) {
        for (Priority priority : values()) {
            if (priority.wireName().equals(name)) {
                return priority;
            }
        }
        return null;
    }
}
