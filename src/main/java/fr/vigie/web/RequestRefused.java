package fr.vigie.web;

import fr.vigie.VigieException;
import java.util.Arrays;

/**
 * A request the site refuses because of what the visitor asked (an unknown KPI, a page that is not a
 * number…): a 400 whose message is the text {@code key} of the site's bundles, in the visitor's
 * language on a page and in English under /api/. The exception's own message is the key and its
 * arguments, for logs.
 */
public final class RequestRefused extends VigieException {
    private final String key;
    private final Object[] args;

    public RequestRefused(String key, Object... args) {
        super(key + " " + Arrays.toString(args));
        this.key = key;
        this.args = args.clone();
    }

    /** The refusal in these texts' language. */
    public String message(Texts texts) {
        return texts.format(key, args);
    }
}
