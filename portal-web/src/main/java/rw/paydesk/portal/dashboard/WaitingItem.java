package rw.paydesk.portal.dashboard;

/**
 * Something that waits for the user, with where it is handled.
 *
 * @param id    the element id on the page
 * @param count how many
 * @param text  what they are, for that count ("payouts to approve")
 * @param path  the page where they are handled, relative to the context root
 * @param icon  a PrimeIcons class
 * @param alert whether it needs attention beyond routine (UNKNOWN money)
 */
public record WaitingItem(String id, long count, String text, String path, String icon, boolean alert) {

    /** "1 payout to approve", "2 payouts to approve". */
    static WaitingItem of(String id, long count, String one, String many, String path, String icon, boolean alert) {
        return new WaitingItem(id, count, count == 1 ? one : many, path, icon, alert);
    }
}
