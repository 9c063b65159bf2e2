package dev.sluice.common.spi;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.record.Workbook;
import java.util.Optional;

/** What a planner may look up: the job's id and the data it names. Reads local views only, no I/O. */
public interface PlanningContext {

    String jobId();

    Optional<FileMeta> file(String fileId);

    Optional<Workbook> workbook(String workbookId);
}
