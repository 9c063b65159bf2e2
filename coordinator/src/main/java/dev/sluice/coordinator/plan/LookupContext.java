package dev.sluice.coordinator.plan;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.record.Workbook;
import dev.sluice.common.spi.PlanningContext;
import java.util.Optional;
import java.util.function.Function;

/** A {@link PlanningContext} over the coordinator's views of files and workbooks. */
public record LookupContext(String jobId, Function<String, Optional<FileMeta>> files,
                            Function<String, Optional<Workbook>> workbooks) implements PlanningContext {

    @Override
    public Optional<FileMeta> file(String fileId) {
        return files.apply(fileId);
    }

    @Override
    public Optional<Workbook> workbook(String workbookId) {
        return workbooks.apply(workbookId);
    }

    /** The same lookups for another job. */
    public LookupContext forJob(String id) {
        return new LookupContext(id, files, workbooks);
    }
}
