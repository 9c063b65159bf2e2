package dev.sluice.deploy.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.deploy.client.ApiException;
import dev.sluice.deploy.client.EventSubscription;
import dev.sluice.deploy.client.JobsApi;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * A {@link JobsApi} that answers {@link #job} from a script of responses (the last one repeats),
 * and records what it was asked. Its event stream is connected only after {@link #connectEvents()}.
 */
public final class FakeJobsApi implements JobsApi {

    private final Deque<Object> jobAnswers = new ArrayDeque<>();
    private final List<JsonNode> submitted = new ArrayList<>();
    private final List<String> canceled = new ArrayList<>();
    private Submission submission;
    private JsonNode result;
    private Consumer<JsonNode> events;
    private boolean live;
    private int jobCalls;

    /** The next answers of {@link #job}: a {@link JsonNode} or an {@link ApiException} to throw. */
    public FakeJobsApi answering(Object... answers) {
        jobAnswers.addAll(List.of(answers));
        return this;
    }

    public FakeJobsApi submitting(Submission submission) {
        this.submission = submission;
        return this;
    }

    public FakeJobsApi withResult(JsonNode result) {
        this.result = result;
        return this;
    }

    /** Makes the subscription live, so that the watcher relies on pushed events. */
    public FakeJobsApi connectEvents() {
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
}
