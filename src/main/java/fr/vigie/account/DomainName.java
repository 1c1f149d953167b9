package fr.vigie.account;

import java.util.regex.Pattern;

/** Internet domain names, as used by Bluesky handles and Mastodon instances. */
final class DomainName {
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("[a-z][a-z0-9-]*");

    private DomainName() {}

    /** Why a lower-case name is not a domain (at least two labels, letters first in the last one), or "" when it is one. */
    static String problem(String name) {
        if (name.length() > 253) {
            return "longer than 253 characters";
        }
        String[] labels = name.split("\\.", -1);
        if (labels.length < 2) {
            return "not a domain name (no dot)";
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return "'" + label + "' is not a valid part of a domain name (letters, digits, inner '-')";
            }
        }
        if (!TOP_LEVEL.matcher(labels[labels.length - 1]).matches()) {
            return "the last part of a domain name starts with a letter";
        }
        return "";
    }
}
