package fr.vigie.cli;

/** Exit codes of the `vigie` command. */
public final class ExitCodes {
    /** Everything done. */
    public static final int OK = 0;
    /** Done, but some input was quarantined or some items failed; the summary says which. */
    public static final int PARTIAL = 1;
    /** Wrong command line (unknown option, missing argument). */
    public static final int USAGE = 2;
    /** Bad input or state named in the message (unknown territory, unreadable file, newer store…). */
    public static final int USER_ERROR = 3;
    /** A bug: the stack trace is printed for the report. */
    public static final int INTERNAL = 70;

    private ExitCodes() {}
}
