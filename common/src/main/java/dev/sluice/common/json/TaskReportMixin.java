package dev.sluice.common.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.sluice.common.task.TaskReport;

/** Names the variants of {@link TaskReport} on the wire by a {@code kind} field. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = TaskReport.Started.class, name = "started"),
    @JsonSubTypes.Type(value = TaskReport.Done.class, name = "done"),
    @JsonSubTypes.Type(value = TaskReport.Failed.class, name = "failed")
})
abstract class TaskReportMixin {
}
