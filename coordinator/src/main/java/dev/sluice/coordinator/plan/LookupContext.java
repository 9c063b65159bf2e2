package dev.sluice.coordinator.plan;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.record.Workbook;
import dev.sluice.common.spi.PlanningContext;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A {@link PlanningContext} over the coordinator's views of files and workbooks, and whether a job
 * exists (for dependencies).
 */
public record LookupContext(String jobId, Function<String, Optional<FileMeta>> files,
                            Function<String, Optional<Workbook>> workbooks, Predicate<String> jobs)
        implements PlanningContext {

    /** True when a job of that id exists. */
    public boolean jobExists(String id) {
        return jobs.test(id);
    }

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
        return new LookupContext(id, files, workbooks, jobs);
    }
}
