package fr.vigie.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/**
 * The jte templates of src/main/jte, compiled to Java by the build (type-checked, HTML-escaped by
 * context: a post containing {@code <script>} shows as text). Pages are sent as UTF-8 HTML.
 */
public final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders the template (e.g. "home/home.jte") with its model, as a string. */
    public String render(String template, Object model) {
        StringOutput out = new StringOutput();
        engine.render(template, model, out);
        return out.toString();
    }

    /** Renders the template into the response, as UTF-8 HTML. */
    public void send(Context ctx, String template, Object model) {
        ctx.contentType("text/html; charset=utf-8").result(render(template, model));
    }
}
