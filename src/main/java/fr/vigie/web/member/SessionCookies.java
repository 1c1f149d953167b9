package fr.vigie.web.member;

import fr.vigie.member.MemberService;
import fr.vigie.member.Session;
import fr.vigie.store.Store;
import fr.vigie.web.Pages;
import fr.vigie.web.WebContext;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The member space's cookies: the session cookie (HttpOnly, SameSite=Lax, Path=/, Secure over
 * https) resolved on every page so that the layout shows who is signed in, and the short-lived
 * pre-session cookie of the sign-in form (double-submit CSRF token).
 */
final class SessionCookies {
    static final String SESSION = "vigie_session";
    static final String SIGN_IN = "vigie_signin";
    /** The ctx attribute holding the request's {@link Session}. */
    static final String SESSION_ATTRIBUTE = "vigie.member.session";
    /** How long the sign-in form's token stays valid. */
    static final int SIGN_IN_SECONDS = 15 * 60;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebContext context;
    private final Function<Store, MemberService> service;

    SessionCookies(WebContext context, Function<Store, MemberService> service) {
        this.context = context;
        this.service = service;
    }

    /** Before every page (not assets nor the API): resolves the session cookie, if any. */
    void resolve(Context ctx) {
        String token = ctx.cookie(SESSION);
        if (token == null
                || token.isBlank()
                || ctx.path().startsWith("/static/")
                || ctx.path().startsWith("/api/")) {
            return;
        }
        Optional<Session> session =
                context.stores().read(store -> service.apply(store).session(token));
        if (session.isEmpty()) {
            drop(ctx, SESSION);
            return;
        }
        var user = session.get().user();
        ctx.attribute(SESSION_ATTRIBUTE, session.get());
        ctx.attribute(Pages.SIGNED_IN, user.displayName() == null ? user.email() : user.displayName());
        ctx.attribute(Pages.CSRF, session.get().csrfToken());
    }

    static @Nullable Session session(Context ctx) {
        return ctx.attribute(SESSION_ATTRIBUTE);
    }

    static void setSession(Context ctx, Session session) {
        ctx.cookie(cookie(ctx, SESSION, session.token(), -1, SameSite.LAX));
        drop(ctx, SIGN_IN);
    }

    /** A fresh token for the sign-in form, also set in its cookie (double submit). */
    static String newSignInToken(Context ctx) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ctx.cookie(cookie(ctx, SIGN_IN, token, SIGN_IN_SECONDS, SameSite.STRICT));
        return token;
    }

    /** @throws ForbiddenResponse when the form's token is not the sign-in cookie's */
    static void checkSignInToken(Context ctx, String message) {
        String expected = ctx.cookie(SIGN_IN);
        if (expected == null || expected.isEmpty() || !sameText(expected, ctx.formParam("csrf"))) {
            throw new ForbiddenResponse(message);
        }
    }

    /** @throws ForbiddenResponse when the form's token is not the session's */
    static void checkCsrf(Context ctx, Session session, String message) {
        String presented = ctx.formParam("csrf");
        if (presented == null || !session.csrfMatches(presented)) {
            throw new ForbiddenResponse(message);
        }
    }

    static void drop(Context ctx, String name) {
        ctx.cookie(cookie(ctx, name, "", 0, SameSite.LAX));
    }

    private static boolean sameText(String expected, @Nullable String presented) {
        return presented != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    private static Cookie cookie(Context ctx, String name, String value, int maxAge, SameSite sameSite) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath("/");
        cookie.setMaxAge(maxAge);
        cookie.setHttpOnly(true);
        cookie.setSecure("https".equalsIgnoreCase(ctx.scheme()));
        cookie.setSameSite(sameSite);
        return cookie;
    }
}
