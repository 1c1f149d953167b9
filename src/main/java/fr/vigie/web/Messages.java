package fr.vigie.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site's texts in French (the default) and English: one resource bundle per feature under
 * web/i18n/ (common.properties is French, common_en.properties English), all merged. A missing text
 * shows as ??key?? so that a test sees it.
 */
public final class Messages {
    /** The bundles of the site, one per feature; a feature adds its own here. */
    static final List<String> BUNDLES = List.of(
            "web/i18n/common",
            "web/i18n/territory",
            "web/i18n/search",
            "web/i18n/methodology",
            "web/i18n/accessibility",
            "web/i18n/credits",
            "web/i18n/palmares",
            "web/i18n/member",
            "web/i18n/data");

    public static final List<String> LANGUAGES = List.of("fr", "en");
    public static final String DEFAULT_LANGUAGE = "fr";

    private final Map<String, Texts> byLanguage = new ConcurrentHashMap<>();

    /** The texts of a language, fr or en (anything else gives French). */
    public Texts texts(String language) {
        String lang = LANGUAGES.contains(language) ? language : DEFAULT_LANGUAGE;
        return byLanguage.computeIfAbsent(lang, Messages::load);
    }

    private static Texts load(String language) {
        Locale locale = language.equals("en") ? Locale.ENGLISH : Locale.ROOT;
        List<ResourceBundle> bundles = new ArrayList<>();
        for (String name : BUNDLES) {
            try {
                bundles.add(ResourceBundle.getBundle(
                        name,
                        locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            } catch (MissingResourceException e) {
                throw new IllegalStateException("missing texts " + name + " for " + language, e);
            }
        }
        return new Texts(language, bundles);
    }
}
