package dev.sluice.common.enrich;

/**
 * How a worker authenticates to an enrichment service: one request header whose value is a secret
 * read on the worker, from an environment variable or a file. The secret's value is never part of
 * this definition, of a job, of a log line or of an error message; only where to find it is.
 *
 * @param header     the header's name, such as {@code Authorization}; null when the service needs none
 * @param scheme     put before the secret with a space, such as {@code Bearer}; null for the bare secret
 * @param secretEnv  the environment variable that holds the secret; exactly one of this and {@code secretFile}
 * @param secretFile the file that holds the secret (trailing whitespace is dropped), such as a mounted
 *                   Kubernetes secret
 */
public record ServiceAuth(String header, String scheme, String secretEnv, String secretFile) {

    /** A service without authentication. */
    public static final ServiceAuth NONE = new ServiceAuth(null, null, null, null);

    public ServiceAuth {
        if (header == null && (scheme != null || secretEnv != null || secretFile != null)) {
            throw new IllegalArgumentException("authScheme, secretEnv and secretFile need an authHeader");
        }
        if (header != null && (secretEnv == null) == (secretFile == null)) {
            throw new IllegalArgumentException("authHeader needs exactly one of secretEnv and secretFile");
        }
    }

    /** True when calls carry the header. */
    public boolean required() {
        return header != null;
    }
}
