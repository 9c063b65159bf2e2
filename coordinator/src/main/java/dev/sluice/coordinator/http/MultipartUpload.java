package dev.sluice.coordinator.http;

import dev.sluice.common.file.FileMeta;
import dev.sluice.coordinator.files.FileSettings;
import io.javalin.http.Context;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;

/**
 * The {@code file} part of a multipart/form-data upload. Jetty parses the form and keeps a part in
 * memory only up to {@link FileSettings#SPOOL_THRESHOLD}, spilling the rest to the spool dir, from
 * where it streams into Kafka. The config is set per request rather than through Javalin's
 * {@code jetty.multipartConfig}, which Javalin keeps in a JVM-wide static.
 */
final class MultipartUpload {

    /** The request attribute through which Jetty 11 reads a request's multipart config. */
    private static final String JETTY_MULTIPART_CONFIG = "org.eclipse.jetty.multipartConfig";
    private static final String PART = "file";

    interface Store {
        FileMeta store(String name, InputStream body) throws IOException;
    }

    private final FileSettings settings;

    MultipartUpload(FileSettings settings) {
        this.settings = settings;
    }

    FileMeta store(Context ctx, Store store) throws IOException {
        Part part = part(ctx);
        try (InputStream body = part.getInputStream()) {
            String name = ctx.queryParam("name") != null ? ctx.queryParam("name") : part.getSubmittedFileName();
            return store.store(name, body);
        } finally {
            part.delete();
        }
    }

    private Part part(Context ctx) throws IOException {
        long max = settings.maxFileSize();
        ctx.req().setAttribute(JETTY_MULTIPART_CONFIG, new MultipartConfigElement(settings.spoolDir().toString(),
                max, max + FileSettings.SPOOL_THRESHOLD, FileSettings.SPOOL_THRESHOLD));
        Part part;
        try {
            part = ctx.req().getPart(PART);
        } catch (IllegalStateException e) {
            if (String.valueOf(e.getMessage()).contains("exceeds")) {
                throw FileRoutes.tooLarge(max);
            }
            throw ApiError.badRequest(PART, "the multipart body cannot be read: " + e.getMessage());
        } catch (ServletException | IOException e) {
            throw ApiError.badRequest(PART, "the multipart body cannot be read: " + e.getMessage());
        }
        if (part == null) {
            throw ApiError.badRequest(PART, "the multipart form has no part named 'file'; send the file as that part");
        }
        return part;
    }
}
