package dev.sluice.common.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.json.Json;
import dev.sluice.common.json.MalformedJsonException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The enrichment services of a deployment, by name, read from the JSON file that the setting
 * {@value #SETTING} (a Java system property) or the environment variable {@value #ENV} names.
 * Coordinators read it to refuse jobs that name no configured service; workers read it to call the
 * services. Both roles must see the same file. Without the setting there are no HTTP services, and
 * only the built-in {@value #LOOKUP} enrichment is available.
 */
public final class EnrichmentServices {

    /** The system property that names the services file; it wins over {@link #ENV}. */
    public static final String SETTING = "sluice.enrichment.services";
    /** The environment variable that names the services file. */
    public static final String ENV = "SLUICE_ENRICHMENT_SERVICES";
    /** The built-in enrichment from a reference sheet; no file may define a service of this name. */
    public static final String LOOKUP = "lookup";
    /**
     * The most records a {@value #LOOKUP} reference sheet may have: each worker holds its key → fields
     * map in memory.
     */
    public static final int MAX_LOOKUP_RECORDS = 100_000;

    public static final EnrichmentServices NONE = new EnrichmentServices(Map.of(), "no services file");

    private final Map<String, EnrichmentService> byName;
    private final String origin;

    private EnrichmentServices(Map<String, EnrichmentService> byName, String origin) {
        this.byName = Map.copyOf(byName);
        this.origin = origin;
    }

    /**
     * The services of the file this process is configured with, or {@link #NONE}.
     *
     * @throws IllegalStateException when the file cannot be read or is not a valid services file
     */
    public static EnrichmentServices configured() {
        return named(System.getProperty(SETTING), System.getenv(ENV));
    }

    /** The services of the file the system property names, or else the environment variable, or {@link #NONE}. */
    static EnrichmentServices named(String property, String environment) {
        String named = property != null && !property.isBlank() ? property : environment;
        return named == null || named.isBlank() ? NONE : load(Path.of(named));
    }

    /** Reads a services file; a mistake in it is an {@link IllegalStateException} naming the file and the key. */
    public static EnrichmentServices load(Path file) {
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the enrichment services file " + file + " (" + SETTING
                    + "): " + e, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the enrichment services file " + file + " is wrong: " + e.getMessage(), e);
        }
    }

    /**
     * Parses a services file: {@code {"services": {"<name>": {...}}}}.
     *
     * @throws IllegalArgumentException naming the key that is wrong
     */
    public static EnrichmentServices parse(byte[] json, String origin) {
        JsonNode root;
        try {
            root = Json.tree(json);
        } catch (MalformedJsonException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        JsonNode services = root.get("services");
        if (!root.isObject() || root.size() != 1 || services == null || !services.isObject()) {
            throw new IllegalArgumentException("must be an object with one key, services: {\"<name>\": {...}}");
        }
        Map<String, EnrichmentService> byName = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = services.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getKey().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}") || LOOKUP.equals(entry.getKey())) {
                throw new IllegalArgumentException("services." + entry.getKey() + ": a service name is 1 to 64 letters, "
                        + "digits, '.', '_' or '-', and not '" + LOOKUP + "' (built in)");
            }
            byName.put(entry.getKey(), ServiceFileReader.read(entry.getKey(), entry.getValue()));
        }
        return new EnrichmentServices(byName, origin);
    }

    public Optional<EnrichmentService> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The configured services' names, sorted; {@value #LOOKUP} is not among them. */
    public Set<String> names() {
        return new java.util.TreeSet<>(byName.keySet());
    }

    public Collection<EnrichmentService> all() {
        return byName.values();
    }

    /** Where the services came from, such as the file's path, for messages. */
    public String origin() {
        return origin;
    }
}
