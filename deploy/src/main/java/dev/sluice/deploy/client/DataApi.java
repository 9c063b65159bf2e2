package dev.sluice.deploy.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The workbooks and sheets that jobs write, as the CLI reads them. Every method throws
 * {@link ApiException} with a one-line reason when the call fails.
 */
public interface DataApi {

    /** The most records one {@link #records} call returns, as the coordinator allows. */
    int MAX_PAGE = 1000;

    /** {@code GET /api/v1/workbooks/{id}}: {@code {id, name, status, jobId, createdAt, sheets: [{id, name, fields, recordCount}]}}. */
    JsonNode workbook(String id);

    /**
     * {@code GET /api/v1/sheets/{id}/records?limit=&cursor=}: one page of a sheet's records in row
     * order, {@code {items: [{id, row, values, valid, messages}], nextCursor}}.
     *
     * @param limit  records in the page, 1 to {@link #MAX_PAGE}
     * @param cursor the previous page's {@code nextCursor}, or null for the first page
     */
    JsonNode records(String sheetId, int limit, String cursor);
}
