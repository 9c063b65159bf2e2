package dev.sluice.deploy.client;

/** Everything the CLI asks of a coordinator: jobs, files, and the data that jobs write. */
public interface CoordinatorApi extends JobsApi, FilesApi, DataApi {
}
