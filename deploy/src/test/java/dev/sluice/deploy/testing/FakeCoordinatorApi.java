package dev.sluice.deploy.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.json.Json;
import dev.sluice.deploy.client.ApiException;
import dev.sluice.deploy.client.CoordinatorApi;
import dev.sluice.deploy.client.EventSubscription;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * A {@link CoordinatorApi} that answers {@link #job} from a script of responses (the last one
 * repeats), {@link #records} from a script of pages, and records what it was asked. Its event stream
 * is connected only after {@link #connectEvents()}. An upload answers {@code {"id": "file_N", ...}},
 * N counting the uploads from 1.
 */
public final class FakeCoordinatorApi implements CoordinatorApi {

    /** What one upload sent: the name and the bytes. */
    public record Upload(String name, byte[] bytes) {
    }

    private final Deque<Object> jobAnswers = new ArrayDeque<>();
    private final List<JsonNode> submitted = new ArrayList<>();
    private final List<String> canceled = new ArrayList<>();
    private final List<String> retried = new ArrayList<>();
    private final List<Upload> uploads = new ArrayList<>();
    private final Deque<JsonNode> recordPages = new ArrayDeque<>();
    private final List<String> recordRequests = new ArrayList<>();
    private Submission submission;
    private JsonNode result;
    private Consumer<JsonNode> events;
    private boolean live;
    private int jobCalls;

    /** The next answers of {@link #job}: a {@link JsonNode} or an {@link ApiException} to throw. */
    public FakeCoordinatorApi answering(Object... answers) {
        jobAnswers.addAll(List.of(answers));
        return this;
    }

    public FakeCoordinatorApi submitting(Submission submission) {
        this.submission = submission;
        return this;
    }

    public FakeCoordinatorApi withResult(JsonNode result) {
        this.result = result;
        return this;
    }

    /** The next answers of {@link #records}, in order; once they run out, pages are empty. */
    public FakeCoordinatorApi withRecordPages(JsonNode... pages) {
        recordPages.addAll(List.of(pages));
        return this;
    }

    /** Makes the subscription live, so that the watcher relies on pushed events. */
    public FakeCoordinatorApi connectEvents() {
        this.live = true;
        return this;
    }

    /** Pushes a job through the event stream, as the coordinator would. */
    public void push(JsonNode job) {
        events.accept(job);
    }

    public List<JsonNode> submitted() {
        return submitted;
    }

    public List<String> canceled() {
        return canceled;
    }

    public List<Upload> uploads() {
        return uploads;
    }

    /** Each {@link #records} call as {@code sheetId limit cursor}. */
    public List<String> recordRequests() {
        return recordRequests;
    }

    public int jobCalls() {
        return jobCalls;
    }

    @Override
    public Submission submit(JsonNode request) {
        submitted.add(request);
        return submission;
    }

    @Override
    public synchronized JsonNode job(String id) {
        jobCalls++;
        Object answer = jobAnswers.size() > 1 ? jobAnswers.poll() : jobAnswers.peek();
        if (answer instanceof ApiException e) {
            throw e;
        }
        return (JsonNode) answer;
    }

    @Override
    public JsonNode cancel(String id) {
        canceled.add(id);
        return (JsonNode) jobAnswers.peek();
    }

    @Override
    public JsonNode retry(String id) {
        retried.add(id);
        return (JsonNode) jobAnswers.peek();
    }

    public List<String> retried() {
        return retried;
    }

    @Override
    public JsonNode result(String id) {
        return result;
    }

    @Override
    public EventSubscription subscribe(String jobId, Consumer<JsonNode> onJob) {
        this.events = onJob;
        return new EventSubscription() {
            @Override
            public boolean live() {
                return live;
            }

            @Override
            public void close() {
                live = false;
            }
        };
    }

    @Override
    public JsonNode upload(String name, Path file) {
        try {
            return stored(name, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public JsonNode upload(String name, InputStream body) {
        try {
            return stored(name, body.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode stored(String name, byte[] bytes) {
        uploads.add(new Upload(name, bytes));
        return Json.MAPPER.createObjectNode().put("id", "file_" + uploads.size()).put("name", name).put("size", bytes.length);
    }

    @Override
    public long download(String fileId, Path target) {
        throw new UnsupportedOperationException("no file to download in this fake");
    }

    @Override
    public JsonNode workbook(String id) {
        throw new UnsupportedOperationException("no workbook in this fake");
    }

    @Override
    public JsonNode records(String sheetId, int limit, String cursor) {
        recordRequests.add(sheetId + " " + limit + " " + cursor);
        JsonNode page = recordPages.poll();
        return page != null ? page : Json.MAPPER.createObjectNode().putNull("nextCursor").set("items", Json.MAPPER.createArrayNode());
    }
}
