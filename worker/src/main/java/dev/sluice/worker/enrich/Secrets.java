package dev.sluice.worker.enrich;

import dev.sluice.common.enrich.EnrichmentService;
import dev.sluice.common.enrich.ServiceAuth;
import dev.sluice.common.spi.BatchFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Reads the secret of a service's auth header on the worker, from its environment variable or file,
 * each time a batch starts (so a rotated secret file is picked up). A missing secret fails the batch
 * for good, naming where it was looked for; the value itself is never put into a message.
 */
final class Secrets {

    private final Function<String, String> environment;

    Secrets(Function<String, String> environment) {
        this.environment = environment;
    }

    /** The auth header's value, or null when the service needs none. */
    String headerValue(EnrichmentService service) throws BatchFailure {
        ServiceAuth auth = service.auth();
        if (!auth.required()) {
            return null;
        }
        String secret = auth.secretEnv() != null ? environment.apply(auth.secretEnv()) : file(service, auth.secretFile());
        if (secret == null || secret.isBlank()) {
            throw missing(service, "is not set or empty");
        }
        secret = secret.strip();
        return auth.scheme() == null ? secret : auth.scheme() + " " + secret;
    }

    private static String file(EnrichmentService service, String path) throws BatchFailure {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw missing(service, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static BatchFailure missing(EnrichmentService service, String problem) {
        ServiceAuth auth = service.auth();
        String where = auth.secretEnv() != null ? "environment variable " + auth.secretEnv() : "file " + auth.secretFile();
        return new BatchFailure("the secret of enrichment service " + service.name() + " (" + where + ") " + problem
                + " on this worker", false);
    }
}
