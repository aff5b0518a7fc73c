package rw.paydesk.portal.reconciliation;

import java.time.Duration;

/** How long a difference has been open, as a clerk says it: "45 s", "12 min", "3 h 5 min", "2 d 4 h". */
final class Ages {

    private Ages() {
    }

    static String of(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min";
        }
        if (s < 86_400) {
            long minutes = s % 3600 / 60;
            return s / 3600 + " h" + (minutes == 0 ? "" : " " + minutes + " min");
        }
        long hours = s % 86_400 / 3600;
        return s / 86_400 + " d" + (hours == 0 ? "" : " " + hours + " h");
    }
}
