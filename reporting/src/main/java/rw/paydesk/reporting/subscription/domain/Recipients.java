package rw.paydesk.reporting.subscription.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The e-mail addresses a report goes to, as an administrator types them: separated by commas,
 * semicolons, spaces or new lines. Each must look like an address (one {@code @}, a dotted
 * domain, no spaces); duplicates are dropped (case of the domain ignored). Whether a mailbox
 * exists only the receiving server knows: that shows in the run history.
 */
public final class Recipients {

    public static final int MAX = 50;
    public static final int ADDRESS_MAX = 254;
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private Recipients() {
    }

    /**
     * The addresses in the text, in the order typed.
     *
     * @throws IllegalArgumentException naming every address that is not one, or when there is none
     */
    public static List<String> parse(String text) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> addresses = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (String part : SEPARATORS.split(text == null ? "" : text.trim())) {
            if (part.isEmpty()) {
                continue;
            }
            String address = normalise(part);
            if (!isAddress(address)) {
                bad.add(part);
            } else if (seen.add(address.toLowerCase(Locale.ROOT))) {
                addresses.add(address);
            }
        }
        if (!bad.isEmpty()) {
            throw new IllegalArgumentException((bad.size() == 1 ? "This is not an e-mail address: " : "These are not e-mail addresses: ")
                    + String.join(", ", bad) + ".");
        }
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("Give at least one e-mail address.");
        }
        if (addresses.size() > MAX) {
            throw new IllegalArgumentException("A subscription goes to at most " + MAX + " addresses; use a mailing list for more.");
        }
        return addresses;
    }

    /** Whether the text is an address PayDesk will try to send to. */
    public static boolean isAddress(String address) {
        return address != null && address.length() <= ADDRESS_MAX && address.indexOf("..") < 0
                && ADDRESS.matcher(address).matches() && !address.startsWith(".") && !address.contains(".@");
    }

    /** Lower-cases the domain; the local part is the mailbox owner's business. */
    private static String normalise(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? address : address.substring(0, at) + address.substring(at).toLowerCase(Locale.ROOT);
    }

    /** The stored form: one address per line. */
    public static String join(List<String> addresses) {
        return String.join("\n", addresses);
    }

    /** The stored form read back. */
    public static List<String> split(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split("\n"));
    }
}
