package rw.paydesk.core.platform;

/** How a secret is shown wherever a page shows one: enough to recognise which is in use, never enough to use it. */
public final class Secrets {

    private Secrets() {
    }

    /** Its first four and last two characters; a short or empty secret shows nothing of itself. */
    public static String mask(String secret) {
        if (secret == null || secret.isBlank()) {
            return "(not set)";
        }
        String s = secret.trim();
        if (s.length() < 12) {
            return "••••••••";
        }
        return s.substring(0, 4) + "••••••••" + s.substring(s.length() - 2);
    }
}
