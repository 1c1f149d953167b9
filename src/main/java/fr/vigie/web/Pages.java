package fr.vigie.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * What a page handler needs from a request: the visitor's language (French by default; ?lang=en
 * switches and a cookie remembers it) and the frame of the layout.
 */
public final class Pages {
    static final String LANGUAGE_COOKIE = "lang";
    /** Set by the member space for a signed-in request: the display name and the CSRF token. */
    public static final String SIGNED_IN = "vigie.signedIn";

    public static final String CSRF = "vigie.csrf";

    private final Messages messages;

    public Pages(Messages messages) {
        this.messages = messages;
    }

    /** The request's language: ?lang= (remembered in a cookie), else the cookie, else French. */
    public String language(Context ctx) {
        String asked = ctx.queryParam("lang");
        if (asked != null && Messages.LANGUAGES.contains(asked)) {
            Cookie cookie = new Cookie(LANGUAGE_COOKIE, asked);
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            cookie.setSameSite(SameSite.LAX);
            ctx.cookie(cookie);
            return asked;
        }
        String remembered = ctx.cookie(LANGUAGE_COOKIE);
        return remembered != null && Messages.LANGUAGES.contains(remembered) ? remembered : Messages.DEFAULT_LANGUAGE;
    }

    public Texts texts(Context ctx) {
        return messages.texts(language(ctx));
    }

    /** The texts of a language, whatever the request asks (the API answers in English). */
    public Texts texts(String language) {
        return messages.texts(language);
    }

    /** The frame of a page titled with the text of titleKey. */
    public Frame frame(Context ctx, String titleKey) {
        Texts t = texts(ctx);
        String signedIn = ctx.attribute(SIGNED_IN);
        String csrf = ctx.attribute(CSRF);
        return new Frame(t, t.get(titleKey), pathWithoutLanguage(ctx), signedIn, csrf == null ? "" : csrf);
    }

    /** The path and query of the request without its lang parameter, for the language switch. */
    static String pathWithoutLanguage(Context ctx) {
        String query = ctx.queryParamMap().entrySet().stream()
                .filter(e -> !e.getKey().equals("lang"))
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? ctx.path() : ctx.path() + "?" + query;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
