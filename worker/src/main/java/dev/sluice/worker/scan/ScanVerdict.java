package dev.sluice.worker.scan;

/** What a virus scan found. */
public sealed interface ScanVerdict permits ScanVerdict.Clean, ScanVerdict.Infected {

    /** Nothing. */
    record Clean() implements ScanVerdict {
    }

    /** A virus, by the name of the signature that matched, as the scanner says it (such as {@code Eicar-Test-Signature}). */
    record Infected(String signature) implements ScanVerdict {
        public Infected {
            if (signature == null || signature.isBlank()) {
                throw new IllegalArgumentException("signature is required");
            }
        }
    }
}
