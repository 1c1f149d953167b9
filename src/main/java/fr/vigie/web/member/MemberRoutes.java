package fr.vigie.web.member;

import fr.vigie.member.Action;
import fr.vigie.member.MemberService;
import fr.vigie.member.NotPermitted;
import fr.vigie.member.PasswordHasher;
import fr.vigie.member.Permissions;
import fr.vigie.member.Session;
import fr.vigie.member.SignInResult;
import fr.vigie.store.Store;
import fr.vigie.web.ErrorPage;
import fr.vigie.web.WebContext;
import fr.vigie.web.WebRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The member space, /espace-membre: sign-in and sign-out, the member's dashboard (its territory's
 * accounts and KPI values), the administrator's users page. Every POST checks the form's CSRF token;
 * a visitor is sent to the sign-in form, a user lacking the permission gets a 403 page.
 */
public final class MemberRoutes implements WebRoutes {
    static final String HOME = "/espace-membre";
    static final String SIGN_IN = HOME + "/connexion";
    private static final DateTimeFormatter RETRY_TIME =
            DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/Paris"));

    private final WebContext context;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final SessionCookies cookies;

    public MemberRoutes(WebContext context) {
        this(context, PasswordHasher.recommended(), Clock.systemUTC());
    }

    /** @param hasher the password hasher (tests pass a tiny cost) */
    public MemberRoutes(WebContext context, PasswordHasher hasher, Clock clock) {
        this.context = context;
        this.hasher = hasher;
        this.clock = clock;
        this.cookies = new SessionCookies(context, store -> new MemberService(store, hasher, clock));
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before(cookies::resolve);
        routes.exception(NotPermitted.class, (e, ctx) -> forbidden(ctx, e.getMessage()));
        routes.get(SIGN_IN, ctx -> signInForm(ctx, "", null));
        routes.post(SIGN_IN, this::signIn);
        routes.post(HOME + "/deconnexion", ctx -> {
            Session session = SessionCookies.session(ctx);
            if (session != null) {
                checkCsrf(ctx, session);
                context.stores().read(store -> {
                    service(store).signOut(session.token());
                    return null;
                });
            }
            SessionCookies.drop(ctx, SessionCookies.SESSION);
            ctx.redirect("/", HttpStatus.SEE_OTHER);
        });
        var pages = new MemberPages(context, clock, this::service);
        routes.get(HOME, signedIn((ctx, session) -> pages.dashboard(ctx, session, null)));
        routes.post(HOME + "/comptes", signedIn(pages::addAccount));
        routes.post(HOME + "/comptes/retrait", signedIn(pages::removeAccount));
        routes.get(HOME + "/utilisateurs", signedIn((ctx, session) -> pages.users(ctx, session, null)));
        routes.post(HOME + "/utilisateurs", signedIn(pages::createUser));
        routes.post(HOME + "/utilisateurs/role", signedIn(pages::changeRole));
        routes.post(HOME + "/utilisateurs/desactivation", signedIn(pages::disable));
    }

    MemberService service(Store store) {
        return new MemberService(store, hasher, clock);
    }

    private void signIn(Context ctx) {
        var t = context.pages().texts(ctx);
        SessionCookies.checkSignInToken(ctx, t.get("member.csrf.wrong"));
        String email = ctx.formParam("email") == null ? "" : ctx.formParam("email");
        String typed = ctx.formParam("password");
        char[] password = typed == null ? new char[0] : typed.toCharArray();
        SignInResult result;
        try {
            result = context.stores().read(store -> service(store).signIn(email, password, ctx.ip()));
        } finally {
            Arrays.fill(password, '\0');
        }
        switch (result) {
            case SignInResult.SignedIn(Session session) -> {
                SessionCookies.setSession(ctx, session);
                ctx.redirect(HOME, HttpStatus.SEE_OTHER);
            }
            case SignInResult.Rejected() -> {
                ctx.status(HttpStatus.UNAUTHORIZED);
                signInForm(ctx, email, t.get("member.signin.rejected"));
            }
            case SignInResult.Throttled throttled -> {
                ctx.status(HttpStatus.TOO_MANY_REQUESTS);
                signInForm(ctx, email, t.format("member.signin.throttled", RETRY_TIME.format(throttled.retryAfter())));
            }
        }
    }

    private void signInForm(Context ctx, String email, String error) {
        var frame = context.pages().frame(ctx, "member.signin.title");
        context.templates()
                .send(
                        ctx,
                        "member/signin.jte",
                        new SignInPage(frame, SessionCookies.newSignInToken(ctx), email, error));
    }

    private void checkCsrf(Context ctx, Session session) {
        SessionCookies.checkCsrf(ctx, session, context.pages().texts(ctx).get("member.csrf.wrong"));
    }

    private void forbidden(Context ctx, String message) {
        ctx.status(HttpStatus.FORBIDDEN);
        var frame = context.pages().frame(ctx, "member.forbidden.title");
        context.templates().send(ctx, "error.jte", new ErrorPage(frame, 403, message));
    }

    /** A handler of a signed-in request; a visitor is sent to the sign-in form, a POST's token checked. */
    private Handler signedIn(SignedInHandler handler) {
        return ctx -> {
            Session session = SessionCookies.session(ctx);
            if (session == null) {
                ctx.redirect(SIGN_IN, HttpStatus.SEE_OTHER);
                return;
            }
            if (ctx.method().name().equals("POST")) {
                checkCsrf(ctx, session);
            }
            handler.handle(ctx, session);
        };
    }

    /** Whether the session's user may act; @throws NotPermitted when not */
    static void require(Session session, Action action, @Nullable String territory, String message) {
        if (!Permissions.can(session.user(), action, territory)) {
            throw new NotPermitted(message);
        }
    }

    @FunctionalInterface
    interface SignedInHandler {
        void handle(Context ctx, Session session) throws Exception;
    }
}
