package fr.vigie.web;

import fr.vigie.VigieException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Errors as people and programs should see them: a page in the visitor's language (JSON under
 * /api/), never a stack trace. A request Vigie refuses (unknown category, bad period) says why; an
 * unexpected failure gets an incident number, and the trace goes to the server's log under it.
 */
final class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    private static final String API = "/api/";

    private final WebContext context;

    ErrorPages(WebContext context) {
        this.context = context;
    }

    void register(RoutesConfig routes) {
        routes.exception(
                RequestRefused.class,
                (e, ctx) -> send(
                        ctx,
                        400,
                        e.message(
                                ctx.path().startsWith(API)
                                        ? context.pages().texts("en")
                                        : context.pages().texts(ctx))));
        routes.exception(VigieException.class, (e, ctx) -> send(ctx, 400, e.getMessage()));
        routes.exception(
                HttpResponseException.class,
                (e, ctx) -> send(
                        ctx,
                        e.getStatus(),
                        e.getStatus() == 404 ? context.pages().texts(ctx).get("error.notFound") : e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("incident {} on {} {}", incident, ctx.method(), ctx.path(), e);
            send(ctx, 500, context.pages().texts(ctx).format("error.internal", incident));
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint ")) {
                send(ctx, 404, context.pages().texts(ctx).get("error.notFound"));
            }
        });
    }

    private void send(Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith(API)) {
            ctx.json(Map.of("status", status, "error", message));
            return;
        }
        Frame frame = context.pages().frame(ctx, status == 404 ? "error.notFound.title" : "error.title");
        context.templates().send(ctx, "error.jte", new ErrorPage(frame, status, message));
    }
}
