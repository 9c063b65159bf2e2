package dev.sluice.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.json.Json;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Files through the coordinator's HTTP API, streamed both ways: an upload straight from a file on
 * disk, and a download of a JSON array that is counted as it arrives, never held.
 */
final class FileTransfer {

    /** A stored file's id, and how long its upload took, from the first byte sent to the API's answer. */
    record Upload(String fileId, long nanos) {
    }

    /**
     * A downloaded JSON array: its elements, bytes, how long it took, and the field names of its
     * first element (empty if it has none).
     */
    record Download(long elements, long bytes, long nanos, List<String> firstFields) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    FileTransfer(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** {@code POST /api/v1/files?name=NAME} with the file as the raw body; throws unless the API answers 201. */
    Upload upload(Path file, String name) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/files?name="
                        + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .header("content-type", "text/csv").POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long nanos = System.nanoTime() - start;
        if (response.statusCode() != 201) {
            throw new IOException("uploading " + file + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return new Upload(Json.tree(response.body()).get("id").asText(), nanos);
    }

    /** GETs {@code path} (such as an export's {@code fileUrl}) and counts the elements of the JSON array it holds. */
    Download countJsonArray(String path) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (Counting body = new Counting(response.body()); JsonParser json = Json.MAPPER.getFactory().createParser(body)) {
            if (response.statusCode() != 200) {
                throw new IOException("GET " + path + " answered " + response.statusCode() + ": "
                        + new String(body.readNBytes(500), StandardCharsets.UTF_8));
            }
            if (json.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException("GET " + path + " is not a JSON array");
            }
            List<String> firstFields = List.of();
            long elements = 0;
            for (JsonToken token = json.nextToken(); token != JsonToken.END_ARRAY; token = json.nextToken()) {
                if (token == null) {
                    throw new IOException("GET " + path + " ends inside the array, after " + elements + " elements");
                }
                if (elements++ == 0 && token == JsonToken.START_OBJECT) {
                    JsonNode first = Json.MAPPER.readTree(json);
                    List<String> names = new ArrayList<>();
                    first.fieldNames().forEachRemaining(names::add);
                    firstFields = names;
                } else {
                    json.skipChildren();
                }
            }
            return new Download(elements, body.count, System.nanoTime() - start, firstFields);
        }
    }

    /** Counts the bytes read through it. */
    private static final class Counting extends FilterInputStream {

        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            count += Math.max(0, n);
            return n;
        }
    }
}
