package dev.sluice.coordinator.plan.extract;

import dev.sluice.common.file.FileMeta;
import dev.sluice.formats.sniff.FileType;
import dev.sluice.formats.sniff.JsonShape;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link ContentObserver} learned of a file's content while it uploaded, read back from the
 * file's index. Files uploaded before it existed have none.
 *
 * @param type           the type by content
 * @param shape          for json, how it is laid out; else null
 * @param reason         for an unknown type, why it is none of csv, json and xlsx; else null
 * @param sheetParts     for xlsx, the sheet parts in its zip directory (one per tab); else 0
 * @param startsLikeJson whether its first byte that is not whitespace is {@code [} or {@code {}
 */
record ContentIndex(FileType type, JsonShape shape, String reason, int sheetParts, boolean startsLikeJson) {

    static final String KEY = "content";
    /** NDJSON ranges are cut at this granularity, as CSV's are. */
    static final int RANGE_BYTES = 512 * 1024;

    static Optional<ContentIndex> of(FileMeta file) {
        if (!(file.index().get(KEY) instanceof Map<?, ?> content)) {
            return Optional.empty();
        }
        FileType type = FileType.valueOf(((String) content.get("type")).toUpperCase(Locale.ROOT));
        JsonShape shape = content.get("shape") instanceof String name ? JsonShape.valueOf(name.toUpperCase(Locale.ROOT)) : null;
        int sheetParts = content.get("sheetParts") instanceof Number n ? n.intValue() : 0;
        return Optional.of(new ContentIndex(type, shape, (String) content.get("reason"), sheetParts,
                Boolean.TRUE.equals(content.get("startsLikeJson"))));
    }

    /** What the content is, for messages: {@code csv}, {@code json (an array)}, or unknown with its reason. */
    String describe() {
        return switch (type) {
            case UNKNOWN -> "none of csv, json and xlsx: " + reason;
            case JSON -> "json (" + shape.name().toLowerCase(Locale.ROOT) + ")";
            default -> type.wireName();
        };
    }
}
