package dev.sluice.worker.handlers;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.job.JobEvent;
import dev.sluice.common.spi.Batch;
import dev.sluice.common.spi.BatchContext;
import dev.sluice.common.spi.BatchFailure;
import dev.sluice.common.spi.BatchHandler;
import dev.sluice.common.spi.BatchResult;
import dev.sluice.formats.sniff.FileSniffer;
import dev.sluice.formats.sniff.Sniffed;
import dev.sluice.worker.scan.ClamdScanner;
import dev.sluice.worker.scan.ClamdSettings;
import dev.sluice.worker.scan.ScanFailure;
import dev.sluice.worker.scan.ScanVerdict;
import dev.sluice.worker.scan.VirusScanner;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Operation {@code validate}: checks a stored file by its content, never its name. A file over
 * {@code maxFileSize} fails at once, unread. Otherwise its type is told by {@link FileSniffer} (magic
 * bytes, a zip's directory, whether the head parses as JSON or CSV) and, when the job asks, the whole
 * file is streamed to the worker's {@link VirusScanner}; every check that fails is named in the
 * failure, a virus first. A failed check fails the job with {@code invalid_input}; a file that passes
 * completes it with {@code {fileId, size, detectedType, scanned, virus}} in its result. Asking for a
 * scan from a worker without a scanner fails the job (not retryable) naming the setting; the scan is
 * never skipped.
 */
public final class FileValidateHandler implements BatchHandler {

    /** {@code workbook / validate}, as the guide also writes it, validates a workbook's records. */
    private static final ValidateRecordsHandler RECORDS = new ValidateRecordsHandler();

    public static final String OPERATION = "validate";

    private final Optional<VirusScanner> scanner;

    /** A handler whose scanner is the clamd that {@link ClamdSettings#fromEnvironment()} names, if any. */
    public FileValidateHandler() {
        this(ClamdSettings.fromEnvironment().map(ClamdScanner::new));
    }

    public FileValidateHandler(Optional<VirusScanner> scanner) {
        this.scanner = scanner;
    }

    @Override
    public String operation() {
        return OPERATION;
    }

    @Override
    public BatchResult run(Batch batch, BatchContext context) throws Exception {
        if (batch.input().containsKey("sourceSheetId")) {
            return RECORDS.run(batch, context); // workbook / validate: the planner planned validate-records
        }
        ValidateInput input = Inputs.convert(batch.input(), ValidateInput.class, OPERATION).validated();
        FileMeta file = input.file();
        if (input.scanForViruses() && scanner.isEmpty()) {
            throw new BatchFailure("config.scanForViruses is true, but this worker has no virus scanner: set "
                    + ClamdSettings.ADDRESS + " (a JVM system property, or the environment variable "
                    + ClamdSettings.variable(ClamdSettings.ADDRESS) + ") to the host:port of a clamd daemon", false);
        }
        Optional<String> tooLarge = SizeCheck.problem(file.size(), input.maxFileSize());
        if (tooLarge.isPresent()) {
            throw BatchFailure.invalidInput(tooLarge.get());
        }
        List<String> problems = new ArrayList<>();
        if (input.scanForViruses()) {
            scan(context, file).ifPresent(virus -> problems.add("virus found: " + virus));
        }
        Sniffed sniffed = FileSniffer.sniff(new StoredFileBytes(context.data(), file));
        TypeCheck.problem(sniffed, input.allowedTypes()).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw BatchFailure.invalidInput(String.join("; ", problems));
        }
        Map<String, Object> verdict = new LinkedHashMap<>();
        verdict.put("fileId", file.id());
        verdict.put("size", file.size());
        verdict.put("detectedType", sniffed.type().wireName());
        verdict.put("scanned", input.scanForViruses());
        verdict.put("virus", null);
        return new BatchResult(0, 0, Map.of(JobEvent.BatchDone.RESULT, verdict));
    }

    /** The signature of the virus the scanner found in the file, or empty when it is clean. */
    private Optional<String> scan(BatchContext context, FileMeta file) throws IOException, InterruptedException,
            BatchFailure {
        VirusScanner virusScanner = scanner.orElseThrow();
        try (InputStream bytes = context.data().openFile(file, 0, file.size())) {
            ScanVerdict verdict = virusScanner.scan(bytes);
            return verdict instanceof ScanVerdict.Infected infected ? Optional.of(infected.signature())
                    : Optional.empty();
        } catch (ScanFailure e) {
            throw new BatchFailure("virus scan of file " + file.id() + " failed: " + e.getMessage(), e.retryable());
        }
    }
}
