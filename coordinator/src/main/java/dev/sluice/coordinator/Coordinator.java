package dev.sluice.coordinator;

import dev.sluice.coordinator.events.EventTail;
import dev.sluice.coordinator.files.FileSettings;
import dev.sluice.coordinator.files.FileStorage;
import dev.sluice.coordinator.files.FileView;
import dev.sluice.coordinator.files.StoreFileView;
import dev.sluice.coordinator.plan.LookupContext;
import dev.sluice.coordinator.plan.csv.CsvIndexObserver;
import dev.sluice.coordinator.plan.extract.ContentObserver;
import dev.sluice.coordinator.records.RecordsView;
import dev.sluice.coordinator.view.DataView;
import dev.sluice.coordinator.view.ErrorView;
import dev.sluice.coordinator.view.LogView;
import dev.sluice.coordinator.http.ApiServer;
import dev.sluice.coordinator.http.RequestSender;
import dev.sluice.coordinator.intake.RequestDecoder;
import dev.sluice.coordinator.metrics.BacklogMonitor;
import dev.sluice.coordinator.metrics.JobMetrics;
import dev.sluice.coordinator.plan.Planners;
import dev.sluice.coordinator.streams.CoordinatorTopology;
import dev.sluice.coordinator.streams.Stores;
import dev.sluice.coordinator.view.JobView;
import dev.sluice.coordinator.view.StoreJobView;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One coordinator instance: the Streams application that decides, the view and event tail that
 * read, the HTTP API, and the metrics. Instances are interchangeable; Kafka holds their state.
 */
public final class Coordinator {

    private static final Logger LOG = LoggerFactory.getLogger(Coordinator.class);

    private final KafkaStreams streams;
    private final Admin admin;
    private final EventTail tail;
    private final RequestSender sender;
    private final ApiServer api;
    private final ScheduledExecutorService duties;
    private final JobView view;
    private final FileStorage files;
    private final RecordsView records;
    private final CompletableFuture<Void> ended;

    private Coordinator(KafkaStreams streams, Admin admin, EventTail tail, RequestSender sender, ApiServer api,
                        ScheduledExecutorService duties, JobView view, FileStorage files, RecordsView records,
                        CompletableFuture<Void> ended) {
        this.ended = ended;
        this.records = records;
        this.streams = streams;
        this.admin = admin;
        this.tail = tail;
        this.sender = sender;
        this.api = api;
        this.duties = duties;
        this.view = view;
        this.files = files;
    }

    /** Creates missing topics, starts the Streams application and, unless the port is -1, the HTTP API. */
    public static Coordinator start(CoordinatorSettings settings, MeterRegistry registry, Clock clock) throws Exception {
        return start(settings, FileSettings.defaults(), registry, clock);
    }

    /** As {@link #start(CoordinatorSettings, MeterRegistry, Clock)}, storing uploaded files as {@code fileSettings} say. */
    public static Coordinator start(CoordinatorSettings settings, FileSettings fileSettings, MeterRegistry registry,
                                    Clock clock) throws Exception {
        Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers()));
        try {
            TopicSetup.ensure(admin, settings);
        } catch (Exception e) {
            admin.close(java.time.Duration.ofSeconds(5));
            throw new IllegalStateException("could not set up Sluice's topics on Kafka at " + settings.bootstrapServers()
                    + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() + " (is Kafka reachable?)" : e.getMessage()), e);
        }
        RequestDecoder decoder = new RequestDecoder(Planners.discover(Coordinator.class.getClassLoader()), settings.pools());
        KafkaStreams streams = new KafkaStreams(CoordinatorTopology.build(settings, decoder), StreamsProperties.of(settings));
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("a coordinator stream thread died; replacing it", e);
            return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        new KafkaStreamsMetrics(streams).bindTo(registry);
        CompletableFuture<Void> ended = new CompletableFuture<>();
        StreamsProperties.startAndAwait(streams, java.time.Duration.ofSeconds(120), ended);
        JobView view = new StoreJobView(() -> store(streams, Stores.JOB_VIEW));
        EventTail tail = new EventTail(settings.bootstrapServers(), settings.topics().jobEvents());
        JobMetrics jobMetrics = new JobMetrics(registry);
        tail.subscribe(null, jobMetrics::onEvent);
        ScheduledExecutorService duties = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "sluice-coordinator-duties");
            thread.setDaemon(true);
            return thread;
        });
        BacklogMonitor backlog = new BacklogMonitor(admin, settings.topics(), settings.pools(), registry);
        duties.scheduleWithFixedDelay(() -> quietly("backlog", backlog::refresh), 0, 5, TimeUnit.SECONDS);
        duties.scheduleWithFixedDelay(() -> quietly("job gauges", () -> jobMetrics.refresh(view)), 1, 15, TimeUnit.SECONDS);
        RequestSender sender = new RequestSender(settings.bootstrapServers(), settings.topics().jobRequests());
        StoreFileView fileView = new StoreFileView(() -> store(streams, Stores.FILE_META));
        FileStorage files = FileStorage.connect(settings.bootstrapServers(), settings.topics(), fileSettings,
                fileView, clock, List.of(name -> new CsvIndexObserver(), name -> new ContentObserver()));
        RecordsView records = RecordsView.start(settings.bootstrapServers(), settings.topics().records(),
                settings.stateDir().resolve(settings.applicationId() + ".records-view"), java.time.Duration.ofSeconds(120));
        DataView data = new DataView(() -> store(streams, Stores.WORKBOOKS), () -> records, records::awaitCovered);
        LookupContext lookups = new LookupContext(null, fileView::get, data::workbook, id -> view.get(id).isPresent());
        ApiServer api = settings.httpPort() < 0 ? null : ApiServer.start(settings.httpPort(),
                new ApiServer.Parts(decoder, lookups, sender, view, files, data,
                        new ErrorView(() -> store(streams, Stores.ERRORS)), new LogView(() -> store(streams, Stores.LOGS)),
                        tail, registry, settings.topics().workbooks()),
                () -> streams.state() == KafkaStreams.State.RUNNING, clock);
        return new Coordinator(streams, admin, tail, sender, api, duties, view, files, records, ended);
    }

    private static ReadOnlyKeyValueStore<String, byte[]> store(KafkaStreams streams, String name) {
        return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.keyValueStore()));
    }

    /** Completes when the coordinator has stopped: normally after {@link #shutdown}, exceptionally when it failed. */
    public CompletableFuture<Void> terminated() {
        return ended;
    }

    /** The HTTP API's port, or -1 when it serves none. */
    public int httpPort() {
        return api == null ? -1 : api.port();
    }

    public JobView view() {
        return view;
    }

    /** Every stored file's meta; where its chunks are, for planning reads of them. */
    public FileView files() {
        return files;
    }

    public CompletableFuture<Void> shutdown() {
        return CompletableFuture.runAsync(() -> {
            if (api != null) {
                api.close();
            }
            duties.shutdownNow();
            quietly("event tail", tail::close);
            sender.close();
            files.close();
            // Leaving the group lets another instance take the partitions at once, not after a session timeout.
            streams.close(new KafkaStreams.CloseOptions().leaveGroup(true).timeout(java.time.Duration.ofSeconds(30)));
            records.close();
            admin.close();
        });
    }

    private interface Duty {
        void run() throws Exception;
    }

    private static void quietly(String what, Duty duty) {
        try {
            duty.run();
        } catch (Exception e) {
            LOG.warn("{} failed: {}", what, e.toString());
        }
    }
}
