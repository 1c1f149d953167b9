package fr.vigie.web.browser;

/** The window sizes every page is checked at: a small smartphone and an ordinary laptop screen. */
public enum Viewport {
    PHONE(375, 812),
    DESKTOP(1280, 900);

    public final int width;
    public final int height;

    Viewport(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** Suffix for screenshot names, e.g. {@code palmares-375}. */
    public String label() {
        return Integer.toString(width);
    }
}
