package fr.vigie.web;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts of one language, for templates: {@code t.get("home.title")}, {@code t.format(key, args)}. */
public final class Texts {
    private final String language;
    private final List<ResourceBundle> bundles;
    private final Locale locale;

    Texts(String language, List<ResourceBundle> bundles) {
        this.language = language;
        this.bundles = List.copyOf(bundles);
        this.locale = language.equals("en") ? Locale.UK : Locale.FRANCE;
    }

    public String language() {
        return language;
    }

    /** The text of the key, or ??key?? when no bundle has it. */
    public String get(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return "??" + key + "??";
    }

    /** The text with its {0}, {1}… placeholders filled in (MessageFormat, in this language). */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** A number as people of this language write it (1 234,5 in French, 1,234.5 in English). */
    public String number(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(decimals);
        format.setMinimumFractionDigits(0);
        return format.format(value);
    }
}
