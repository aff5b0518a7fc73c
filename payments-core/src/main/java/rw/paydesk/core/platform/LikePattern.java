package rw.paydesk.core.platform;

/**
 * A LIKE pattern that matches what starts with a text the user typed, with that text's own
 * {@code %}, {@code _} and {@code \} taken literally (the query names {@link #ESCAPE} as its
 * escape character).
 */
public final class LikePattern {

    public static final char ESCAPE = '\\';

    private LikePattern() {
    }

    public static String startingWith(String typed) {
        return typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
