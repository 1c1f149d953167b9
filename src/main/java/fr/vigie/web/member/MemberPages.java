package fr.vigie.web.member;

import fr.vigie.VigieException;
import fr.vigie.account.Account;
import fr.vigie.account.AccountChange;
import fr.vigie.account.AccountRequest;
import fr.vigie.account.Network;
import fr.vigie.member.Action;
import fr.vigie.member.MemberService;
import fr.vigie.member.NewUser;
import fr.vigie.member.NotPermitted;
import fr.vigie.member.Role;
import fr.vigie.member.Session;
import fr.vigie.member.UserRefused;
import fr.vigie.store.Store;
import fr.vigie.web.WebContext;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.Arrays;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The pages of a signed-in user: the dashboard with its accounts forms, and the administrator's
 * users page with its forms. A form refused for a user's mistake shows the page again with the
 * reason; a refusal of permission is a {@link NotPermitted} (403).
 */
final class MemberPages {
    private final WebContext context;
    private final Clock clock;
    private final Function<Store, MemberService> service;

    MemberPages(WebContext context, Clock clock, Function<Store, MemberService> service) {
        this.context = context;
        this.clock = clock;
        this.service = service;
    }

    void dashboard(Context ctx, Session session, @Nullable String error) {
        var frame = context.pages().frame(ctx, "member.dashboard.title");
        Dashboard page = context.stores()
                .read(store -> new DashboardAssembly(store, clock).dashboard(frame, session.user(), error));
        context.templates().send(ctx, "member/dashboard.jte", page);
    }

    void addAccount(Context ctx, Session session) {
        String territory = territory(ctx, session);
        String handle = field(ctx, "handle");
        String networkId = field(ctx, "network");
        retryOnMistake(ctx, session, () -> {
            Network network = Network.parse(networkId)
                    .orElseThrow(() -> new VigieException(
                            "network: '" + networkId + "' is not a network; use one of " + Network.ids()));
            AccountChange change = context.stores()
                    .read(store -> new DashboardAssembly(store, clock)
                            .accounts()
                            .add(
                                    session.user(),
                                    AccountRequest.of(
                                            territory,
                                            network,
                                            handle,
                                            session.user().source())));
            context.changes().changed(change.account().territoryCode());
        });
    }

    void removeAccount(Context ctx, Session session) {
        String reference = field(ctx, "reference");
        String networkId = field(ctx, "network");
        retryOnMistake(ctx, session, () -> {
            Network network = Network.parse(networkId)
                    .orElseThrow(() -> new VigieException("network: '" + networkId + "' is not a network"));
            Account removed = context.stores()
                    .read(store ->
                            new DashboardAssembly(store, clock).accounts().remove(session.user(), network, reference));
            context.changes().changed(removed.territoryCode());
        });
    }

    void users(Context ctx, Session session, @Nullable String error) {
        requireAdmin(ctx, session);
        var frame = context.pages().frame(ctx, "member.users.title");
        var users = context.stores().read(store -> service.apply(store).users());
        var roles = Arrays.stream(Role.values()).map(Role::id).toList();
        context.templates().send(ctx, "member/users.jte", new UsersPage(frame, users, roles, error));
    }

    void createUser(Context ctx, Session session) {
        requireAdmin(ctx, session);
        char[] password = field(ctx, "password").toCharArray();
        try {
            administer(
                    ctx,
                    session,
                    store -> service.apply(store)
                            .create(
                                    new NewUser(
                                            field(ctx, "email"),
                                            field(ctx, "name"),
                                            Role.parse(field(ctx, "role")),
                                            blankToNull(field(ctx, "territory"))),
                                    password));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    void changeRole(Context ctx, Session session) {
        requireAdmin(ctx, session);
        administer(
                ctx,
                session,
                store -> service.apply(store)
                        .changeRole(
                                field(ctx, "email"),
                                Role.parse(field(ctx, "role")),
                                blankToNull(field(ctx, "territory"))));
    }

    void disable(Context ctx, Session session) {
        requireAdmin(ctx, session);
        administer(ctx, session, store -> service.apply(store).disable(field(ctx, "email")));
    }

    private void administer(Context ctx, Session session, Function<Store, ?> change) {
        try {
            context.stores().read(change);
            ctx.redirect(MemberRoutes.HOME + "/utilisateurs", HttpStatus.SEE_OTHER);
        } catch (NotPermitted e) {
            throw e;
        } catch (VigieException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            users(ctx, session, said(ctx, e));
        }
    }

    private void retryOnMistake(Context ctx, Session session, Runnable change) {
        try {
            change.run();
            ctx.redirect(MemberRoutes.HOME, HttpStatus.SEE_OTHER);
        } catch (NotPermitted e) {
            throw e;
        } catch (VigieException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            dashboard(ctx, session, said(ctx, e));
        }
    }

    /** A refusal in the visitor's language when it has a text, else the service's own words. */
    private String said(Context ctx, VigieException e) {
        return e instanceof UserRefused refused
                ? context.pages().texts(ctx).format(refused.reason().key(), refused.args())
                : e.getMessage();
    }

    private void requireAdmin(Context ctx, Session session) {
        MemberRoutes.require(
                session, Action.MANAGE_USERS, null, context.pages().texts(ctx).get("member.forbidden.users"));
    }

    /** The territory a form names, else the member's own. */
    private static String territory(Context ctx, Session session) {
        String typed = field(ctx, "territory");
        String own = session.user().territoryCode();
        return typed.isBlank() && own != null ? own : typed.strip();
    }

    private static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }
}
