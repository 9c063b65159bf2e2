package dev.sluice.deploy.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.deploy.TerseException;
import dev.sluice.deploy.client.CoordinatorApi;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code sluice upload FILE}: stores a file in the coordinator and prints its id. */
@Command(name = "upload", description = "Uploads a file to the coordinator and prints its id, "
        + "the source of a file/extract job.")
public final class UploadCommand extends ClientCommand {

    @Parameters(paramLabel = "FILE", description = "The file to upload; - reads standard input, which needs --name.")
    String file;

    @Option(names = "--name", paramLabel = "NAME",
            description = "The file's name in Sluice, such as customers.csv. Default: FILE's own name.")
    String name;

    private final InputStream stdin;

    public UploadCommand(Function<URI, CoordinatorApi> connect) {
        this(connect, System.in);
    }

    UploadCommand(Function<URI, CoordinatorApi> connect, InputStream stdin) {
        super(connect);
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        JsonNode stored = "-".equals(file) ? fromStdin() : fromFile(Path.of(file));
        out().println(stored.path("id").asText());
        return 0;
    }

    private JsonNode fromStdin() {
        if (name == null) {
            throw new ParameterException(spec.commandLine(), "--name is required when the file is read from standard input");
        }
        return api().upload(name, stdin);
    }

    private JsonNode fromFile(Path path) {
        if (Files.isDirectory(path)) {
            throw new TerseException("cannot upload " + file + ": it is a directory");
        }
        if (!Files.isReadable(path)) {
            throw new TerseException("cannot read " + file + ": " + (Files.exists(path) ? "permission denied" : "no such file"));
        }
        return api().upload(name != null ? name : path.getFileName().toString(), path);
    }
}
