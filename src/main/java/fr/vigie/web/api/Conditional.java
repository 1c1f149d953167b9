package fr.vigie.web.api;

import io.javalin.http.Context;
import java.util.Arrays;

/** Conditional GET: the ETag and caching headers of a public answer, and 304 when the client has it. */
final class Conditional {
    static final String CACHE_CONTROL = "public, max-age=300";

    private Conditional() {}

    /**
     * Sets ETag and Cache-Control; answers 304 and returns true when If-None-Match names this tag (or
     * is *), in which case the caller sends nothing more.
     */
    static boolean notModified(Context ctx, String etag) {
        ctx.header("ETag", etag).header("Cache-Control", CACHE_CONTROL);
        String asked = ctx.header("If-None-Match");
        if (asked != null
                && Arrays.stream(asked.split(",")).map(String::strip).anyMatch(t -> t.equals(etag) || t.equals("*"))) {
            ctx.status(304);
            return true;
        }
        return false;
    }
}
