package dev.sluice.coordinator.plan;

import dev.sluice.common.job.JobSpec;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.common.request.Quantities;
import dev.sluice.formats.sniff.FileType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks a {@code file / validate} job asks for, read from its config once, at the edge.
 *
 * @param maxFileSize    the most bytes the file may hold; null for no limit ({@code config.maxFileSize}:
 *                       a memory size such as {@code "50MB"}, or a whole number of bytes)
 * @param allowedTypes   the types its content may be, by {@link FileType} wire name; default every type
 *                       the sniffer tells ({@code csv}, {@code json}, {@code xlsx})
 * @param scanForViruses whether a virus scanner must pass the file; default false
 */
record FileChecks(Long maxFileSize, List<String> allowedTypes, boolean scanForViruses) {

    static final String MAX_FILE_SIZE = "maxFileSize";
    static final String ALLOWED_TYPES = "allowedTypes";
    static final String SCAN_FOR_VIRUSES = "scanForViruses";
    static final Set<String> KEYS = Set.of(MAX_FILE_SIZE, ALLOWED_TYPES, SCAN_FOR_VIRUSES);

    /** The types a file's content can be told to be, in the sniffer's order. */
    static final List<String> KNOWN_TYPES = Arrays.stream(FileType.values()).filter(t -> t != FileType.UNKNOWN)
            .map(FileType::wireName).toList();

    static FileChecks of(JobSpec spec) throws InvalidRequestException {
        ConfigKeys.onlyKnown(spec, KEYS);
        return new FileChecks(maxFileSize(spec.config().get(MAX_FILE_SIZE)),
                allowedTypes(spec.config().get(ALLOWED_TYPES)), ConfigKeys.bool(spec, SCAN_FOR_VIRUSES, false));
    }

    private static Long maxFileSize(Object value) throws InvalidRequestException {
        String field = "config." + MAX_FILE_SIZE;
        long bytes;
        if (value == null) {
            return null;
        } else if (value instanceof String text) {
            bytes = Quantities.memoryBytes(field, text);
        } else if (value instanceof Integer || value instanceof Long) {
            bytes = ((Number) value).longValue();
        } else {
            throw new InvalidRequestException(field, "must be a size such as \"50MB\" or a whole number of bytes, got "
                    + value);
        }
        if (bytes < 1) {
            throw new InvalidRequestException(field, "must be at least 1 byte, got " + value);
        }
        return bytes;
    }

    private static List<String> allowedTypes(Object value) throws InvalidRequestException {
        String field = "config." + ALLOWED_TYPES;
        if (value == null) {
            return KNOWN_TYPES;
        }
        if (!(value instanceof List<?> names) || names.isEmpty()) {
            throw new InvalidRequestException(field, "must be a non-empty list of types, each one of " + KNOWN_TYPES);
        }
        Set<String> types = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            if (!(names.get(i) instanceof String name) || !KNOWN_TYPES.contains(name)) {
                throw new InvalidRequestException(field + "[" + i + "]", "'" + names.get(i)
                        + "' is not a type Sluice can tell by content; use one of " + KNOWN_TYPES);
            }
            types.add(name);
        }
        return new ArrayList<>(types);
    }
}
