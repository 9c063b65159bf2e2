package dev.sluice.coordinator.plan.extract;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.formats.sniff.FileType;
import dev.sluice.formats.sniff.JsonShape;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the format an extract reads a file in: by its content as {@link ContentIndex} found it at
 * upload, or as {@code config.format} names it. Content that is certainly one format (a zip holding a
 * workbook, JSON whose head parses) refuses another named format; a guess (csv, or unknown content)
 * gives way to the named one, whose reader then reports what is wrong with the file. Config keys that
 * only another format reads are refused by name.
 */
public final class FormatChoice {

    private FormatChoice() {
    }

    public static ExtractFormat of(JobSpec spec, FileMeta file) throws InvalidRequestException {
        Optional<ContentIndex> content = ContentIndex.of(file);
        ExtractFormat asked = asked(spec);
        ExtractFormat chosen = asked == null ? byContent(content.orElse(null), file) : checked(asked, content.orElse(null), file);
        refuseOtherFormatsKeys(spec, chosen, file);
        return chosen;
    }

    private static ExtractFormat asked(JobSpec spec) throws InvalidRequestException {
        Object value = spec.config().get(ExtractFormat.CONFIG_KEY);
        if (value == null) {
            return null;
        }
        return ExtractFormat.named(value instanceof String name ? name : "").orElseThrow(() -> new InvalidRequestException(
                "config." + ExtractFormat.CONFIG_KEY, "must be csv, xlsx or json, got " + value));
    }

    /** Without a named format: what the content is; csv for content that is none of them, as before there were others. */
    private static ExtractFormat byContent(ContentIndex content, FileMeta file) throws InvalidRequestException {
        if (content == null) {
            return ExtractFormat.CSV;
        }
        return switch (content.type()) {
            case XLSX -> ExtractFormat.XLSX;
            case JSON -> {
                refuseObject(content, file);
                yield ExtractFormat.JSON;
            }
            case CSV -> ExtractFormat.CSV;
            case UNKNOWN -> content.startsLikeJson() ? ExtractFormat.JSON : ExtractFormat.CSV;
        };
    }

    private static ExtractFormat checked(ExtractFormat asked, ContentIndex content, FileMeta file) throws InvalidRequestException {
        if (content == null) {
            return asked;
        }
        boolean certain = content.type() == FileType.XLSX || content.type() == FileType.JSON;
        boolean same = content.type().wireName().equals(asked.wireName());
        if ((certain && !same) || (asked == ExtractFormat.XLSX && !same)) {
            throw new InvalidRequestException("config." + ExtractFormat.CONFIG_KEY, "is " + asked.wireName() + ", but "
                    + describe(file) + " is " + content.describe() + " by its content; leave config.format out to read it as it is");
        }
        if (asked == ExtractFormat.JSON) {
            refuseObject(content, file);
        }
        return asked;
    }

    private static void refuseObject(ContentIndex content, FileMeta file) throws InvalidRequestException {
        if (content.shape() == JsonShape.OBJECT) {
            throw new InvalidRequestException("source", describe(file) + " holds one JSON object over several lines;"
                    + " a JSON import is an array of objects ([{...}, {...}]) or one object per line (NDJSON)");
        }
    }

    private static void refuseOtherFormatsKeys(JobSpec spec, ExtractFormat chosen, FileMeta file) throws InvalidRequestException {
        for (String key : spec.config().keySet()) {
            if (chosen.keys().contains(key)) {
                continue;
            }
            List<String> owners = Arrays.stream(ExtractFormat.values()).filter(f -> f.keys().contains(key))
                    .map(ExtractFormat::wireName).toList();
            if (!owners.isEmpty()) {
                throw new InvalidRequestException("config." + key, "applies to " + String.join(" and ", owners)
                        + " files only; " + describe(file) + " is read as " + chosen.wireName());
            }
        }
    }

    private static String describe(FileMeta file) {
        return "file " + file.id() + " (" + file.name() + ")";
    }
}
