package dev.sluice.coordinator.view;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Which jobs a list call wants. Null fields match everything.
 *
 * @param limit  page size, 1 to 500 (default 50)
 * @param cursor the last id of the previous page, or null for the first page
 * @param schedulesOnly true for recurring schedules only
 */
public record JobFilter(String status, String type, String operation, String parentId, int limit, String cursor,
                        boolean schedulesOnly) {

    public JobFilter(String status, String type, String operation, String parentId, int limit, String cursor) {
        this(status, type, operation, parentId, limit, cursor, false);
    }

    /** Recurring schedules that are not deleted. */
    public static JobFilter schedules(int limit, String cursor) {
        return new JobFilter(null, null, null, null, limit, cursor, true);
    }

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public JobFilter {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    public boolean matches(JsonNode job) {
        return same(status, job, "status") && same(type, job, "type") && same(operation, job, "operation")
                && same(parentId, job, "parentId")
                && (!schedulesOnly || (job.path("schedule").isObject() && !"canceled".equals(job.path("status").asText())));
    }

    private static boolean same(String wanted, JsonNode job, String field) {
        return wanted == null || wanted.equals(job.path(field).asText(null));
    }
}
