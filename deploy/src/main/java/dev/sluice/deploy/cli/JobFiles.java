package dev.sluice.deploy.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.json.Json;
import dev.sluice.common.json.MalformedJsonException;
import dev.sluice.deploy.TerseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a job request from a file, or from standard input for {@code -}. */
final class JobFiles {

    private JobFiles() {
    }

    static JsonNode read(String file, InputStream stdin) {
        String name = "-".equals(file) ? "standard input" : file;
        byte[] bytes;
        try {
            bytes = "-".equals(file) ? stdin.readAllBytes() : Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new TerseException("cannot read " + name + ": no such file");
        } catch (IOException e) {
            throw new TerseException("cannot read " + name + ": " + e.getMessage());
        }
        JsonNode request;
        try {
            request = Json.tree(bytes);
        } catch (MalformedJsonException e) {
            throw new TerseException(name + " is " + e.getMessage());
        }
        if (!request.isObject()) {
            throw new TerseException(name + " must hold one JSON object, the job to create");
        }
        return request;
    }
}
