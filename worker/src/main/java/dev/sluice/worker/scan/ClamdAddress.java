package dev.sluice.worker.scan;

/**
 * Where a clamd daemon listens: {@code host:port}, an IPv6 host in brackets ({@code [::1]:3310}).
 *
 * @param host a name or address
 * @param port 1 to 65535
 */
public record ClamdAddress(String host, int port) {

    public ClamdAddress {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("a clamd address needs a host");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("a clamd port is 1 to 65535, not " + port);
        }
    }

    /** Reads {@code host:port}; throws naming {@code setting} when the text is not one. */
    public static ClamdAddress parse(String setting, String text) {
        String value = text.trim();
        int colon = value.lastIndexOf(':');
        String host = colon < 0 ? "" : value.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        try {
            return new ClamdAddress(host, Integer.parseInt(value.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + ": '" + text + "' is not a clamd address such as "
                    + "127.0.0.1:3310 (host:port)", e);
        }
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
