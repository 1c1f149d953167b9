package fr.vigie.account;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Mastodon (and the fediverse): an account is a user on an instance, stored as
 * {@code user@instance.tld} (case-insensitive); its profile is https://instance.tld/@user. Accepts
 * {@code @user@instance.tld}, {@code instance.tld/@user}, {@code instance.tld/users/user} and an
 * instance's view of a remote account ({@code instance.tld/@user@other.tld}).
 */
final class MastodonHandles {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9_]([a-z0-9_.-]*[a-z0-9_])?");

    private MastodonHandles() {}

    static HandleCheck normalise(ProfileAddress a) {
        String account = a.bare();
        if (a.isUrl()) {
            int user = a.segment(0).equals("web") ? 1 : 0;
            String first = a.segment(user);
            if (first.equals("users") && a.segments().size() == user + 2) {
                account = a.segment(user + 1) + "@" + a.host();
            } else if (first.startsWith("@") && a.segments().size() == user + 1) {
                String name = first.substring(1);
                account = name.contains("@") ? name : name + "@" + a.host();
            } else if (first.startsWith("@")) {
                return a.notAProfile("a post");
            } else {
                return a.malformed("a Mastodon profile address is https://instance.tld/@user");
            }
        }
        int at = account.indexOf('@');
        if (at < 0) {
            return a.malformed("a Mastodon handle needs its instance: user@instance.tld");
        }
        String name = account.substring(0, at).toLowerCase(Locale.ROOT);
        String instance = account.substring(at + 1).toLowerCase(Locale.ROOT);
        if (name.length() > 30 || !USERNAME.matcher(name).matches()) {
            return a.malformed("a Mastodon username has up to 30 letters, digits, '_' (and inner '.' or '-')");
        }
        String problem = DomainName.problem(instance);
        if (!problem.isEmpty()) {
            return a.malformed("instance '" + instance + "': " + problem);
        }
        return a.valid(name + "@" + instance, "https://" + instance + "/@" + name);
    }
}
