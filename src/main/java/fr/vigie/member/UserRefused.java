package fr.vigie.member;

import fr.vigie.VigieException;
import java.util.List;
import java.util.Locale;

/**
 * A change of the users that the directory refuses, with its reason: the message speaks to the
 * command line (it names the options), the reason and its arguments let the member space say it in
 * the visitor's language (texts member.refused.&lt;reason&gt;).
 */
public final class UserRefused extends VigieException {
    /** Why a change is refused; {@link #key()} names its text. */
    public enum Reason {
        EMAIL_INVALID,
        PASSWORD_LENGTH,
        EMAIL_TAKEN,
        USER_UNKNOWN,
        TERRITORY_NOT_FOR_ROLE,
        TERRITORY_MISSING,
        TERRITORY_UNKNOWN;

        /** The text's key: member.refused.email-invalid… */
        public String key() {
            return "member.refused." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;
    private final List<Object> args;

    UserRefused(Reason reason, String message, Object... args) {
        super(message);
        this.reason = reason;
        this.args = List.of(args);
    }

    public Reason reason() {
        return reason;
    }

    /** The arguments of the reason's text ({0}, {1}…). */
    public Object[] args() {
        return args.toArray();
    }
}
