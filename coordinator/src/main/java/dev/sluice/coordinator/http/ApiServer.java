package dev.sluice.coordinator.http;

import dev.sluice.coordinator.view.Artifacts;
import dev.sluice.coordinator.view.ErrorView;
import dev.sluice.coordinator.view.FailurePages;
import dev.sluice.coordinator.view.LogView;

import dev.sluice.coordinator.events.EventTail;
import dev.sluice.coordinator.files.FileStorage;
import dev.sluice.coordinator.intake.RequestDecoder;
import dev.sluice.coordinator.plan.LookupContext;
import dev.sluice.coordinator.view.DataView;
import dev.sluice.coordinator.view.JobView;
import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** The coordinator's HTTP server: the job and file API, events, metrics and probes. */
public final class ApiServer implements AutoCloseable {

    private final Javalin app;

    private ApiServer(Javalin app) {
        this.app = app;
    }

    /** What the routes serve from. */
    public record Parts(RequestDecoder decoder, LookupContext lookups, RequestSender sender, JobView view,
                        FileStorage files, DataView data, ErrorView errors, LogView logs, EventTail tail,
                        MeterRegistry registry, String workbooksTopic) {
    }

    public static ApiServer start(int port, Parts parts, BooleanSupplier ready, Clock clock) {
        RequestDecoder decoder = parts.decoder();
        JobView view = parts.view();
        EventTail tail = parts.tail();
        MeterRegistry registry = parts.registry();
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.useVirtualThreads = false;
        });
        JobWaiter waiter = new JobWaiter(tail, view, Duration.ofSeconds(10));
        new JobRoutes(decoder, parts.lookups(), parts.sender(), view, waiter, clock).register(app);
        new FileRoutes(parts.files()).register(app);
        new ScheduleRoutes(view, parts.sender(), waiter, clock).register(app);
        new FailureRoutes(view, new FailurePages(parts.errors()),
                new Artifacts(parts.logs(), parts.errors(), parts.lookups()::file)).register(app);
        new DataRoutes(parts.data(), parts.sender(), parts.workbooksTopic(), clock).register(app);
        new EventRoutes(tail).register(app);
        app.get("/health/live", ctx -> ctx.result("ok"));
        app.get("/health/ready", ctx -> ctx.status(ready.getAsBoolean() ? 200 : 503).result(ready.getAsBoolean() ? "ready" : "not ready"));
        app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(registry instanceof PrometheusMeterRegistry prometheus ? prometheus.scrape() : ""));
        app.exception(ApiError.class, (error, ctx) -> Responses.error(ctx, error));
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                Responses.error(ctx, new ApiError(404, "not_found", "no such endpoint: " + ctx.method() + " " + ctx.path(), null));
            }
        });
        app.start("0.0.0.0", port);
        return new ApiServer(app);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
