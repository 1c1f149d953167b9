package fr.vigie.collect.mastodon;

import java.util.regex.Pattern;

/**
 * Mastodon's {@code content} HTML as plain text: {@code <br>} and the end of a paragraph become line
 * breaks, other tags are dropped, and the entities Mastodon escapes are unescaped.
 */
final class MastodonHtml {
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern PARAGRAPH_END = Pattern.compile("(?i)</p\\s*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private MastodonHtml() {}

    static String plainText(String html) {
        String text = BREAK.matcher(html).replaceAll("\n");
        text = PARAGRAPH_END.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        text = text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&apos;", "'")
                .replace("&nbsp;", "\u00a0")
                .replace("&amp;", "&");
        return text.strip();
    }
}
