package dev.sluice.worker.handlers;

import dev.sluice.formats.sniff.FileType;
import dev.sluice.formats.sniff.Sniffed;
import java.util.List;
import java.util.Optional;

/** Whether a file's content, as the sniffer tells it, is one of the allowed types; if not, why. */
final class TypeCheck {

    private TypeCheck() {
    }

    /** True when {@code name} is a type the sniffer can tell: {@code csv}, {@code json} or {@code xlsx}. */
    static boolean known(String name) {
        for (FileType type : FileType.values()) {
            if (type != FileType.UNKNOWN && type.wireName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** What is wrong with {@code sniffed} given {@code allowed}; empty when it is one of them. */
    static Optional<String> problem(Sniffed sniffed, List<String> allowed) {
        String types = String.join(", ", allowed);
        if (sniffed instanceof Sniffed.Unknown unknown) {
            return Optional.of("content is not one of " + types + ": " + unknown.reason());
        }
        String type = sniffed.type().wireName();
        return allowed.contains(type) ? Optional.empty() : Optional.of("content is " + type + ", not one of " + types);
    }
}
