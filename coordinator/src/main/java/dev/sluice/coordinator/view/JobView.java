package dev.sluice.coordinator.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/** Read side of jobs, as the API shows them. Every coordinator instance can answer for every job. */
public interface JobView {

    Optional<ObjectNode> get(String jobId);

    /** Jobs matching {@code filter}, newest first, at most {@code filter.limit()}, after {@code filter.cursor()}. */
    Page list(JobFilter filter);

    /** One page of jobs; {@code nextCursor} is null on the last page. */
    record Page(List<JsonNode> items, String nextCursor) {
    }
}
