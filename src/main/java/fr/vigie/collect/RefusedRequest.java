package fr.vigie.collect;

/**
 * The platform answered a request with a client error (4xx other than 429): connectors read the
 * status and the body's error code to tell a missing, suspended or deleted account from a fault.
 */
public final class RefusedRequest extends CollectFailure {
    private final int status;
    private final String body;

    public RefusedRequest(String endpoint, int status, String body) {
        super(endpoint + ": HTTP " + status + " " + excerpt(body));
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    /** The response body as text (a JSON error object on every platform Vigie speaks to). */
    public String body() {
        return body;
    }

    private static String excerpt(String text) {
        String stripped = text.strip();
        return stripped.length() > 200 ? stripped.substring(0, 200) + "…" : stripped;
    }
}
