package fr.vigie.web;

import org.jspecify.annotations.Nullable;

/**
 * What every page's layout needs besides its content: language and texts, the page title, the path
 * (for the language switch and the current menu entry), and who is signed in, with the session's
 * CSRF token for forms.
 *
 * @param signedIn the display name of the signed-in member, null for a visitor
 * @param csrf the session's anti-forgery token, "" for a visitor
 */
public record Frame(
        Texts t, String title, String path, @Nullable String signedIn, String csrf) {
    public String lang() {
        return t.language();
    }

    /** The same page in the other language. */
    public String otherLanguagePath() {
        String other = lang().equals("fr") ? "en" : "fr";
        return path + (path.contains("?") ? "&" : "?") + "lang=" + other;
    }

    public String otherLanguage() {
        return lang().equals("fr") ? "en" : "fr";
    }
}
