package rw.paydesk.sandbox.card;

import static rw.paydesk.sandbox.api.Jsons.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import rw.paydesk.sandbox.api.Validator;

import java.io.StringReader;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

/**
 * The decrypted card payload. Only the brand and last four digits are ever kept; toString never
 * shows the card.
 */
public final class CardData {

    private final String number;
    private final YearMonth expiry;
    private final boolean pinSupplied;

    private CardData(String number, YearMonth expiry, boolean pinSupplied) {
        this.number = number;
        this.expiry = expiry;
        this.pinSupplied = pinSupplied;
    }

    /** Reads the decrypted JSON; problems go into the errors map under encrypted_card_data. */
    public static Optional<CardData> parse(String plain, Map<String, String> errors) {
        JsonObject card;
        try {
            card = JSON.createReader(new StringReader(plain)).readObject();
        } catch (JsonException | IllegalStateException e) {
            errors.put("encrypted_card_data", "does not decrypt to the documented JSON payload");
            return Optional.empty();
        }
        String number = digits(Validator.text(card, "card_number"));
        String month = Validator.text(card, "expiry_month");
        String year = Validator.text(card, "expiry_year");
        String cvv = Validator.text(card, "cvv");
        String pin = Validator.text(card, "pin");
        // No Luhn check: the docs' own test card (4532123456789010) fails it.
        if (number == null || !number.matches("[0-9]{12,19}")) {
            errors.put("card_number", "is not a valid card number");
        }
        YearMonth expiry = null;
        if (month == null || !month.matches("0?[1-9]|1[0-2]")) {
            errors.put("expiry_month", "must be 01 to 12");
        } else if (year == null || !year.matches("[0-9]{2}|[0-9]{4}")) {
            errors.put("expiry_year", "must be a 4-digit year");
        } else {
            int y = Integer.parseInt(year);
            expiry = YearMonth.of(y < 100 ? 2000 + y : y, Integer.parseInt(month));
        }
        if (cvv == null || !cvv.matches("[0-9]{3,4}")) {
            errors.put("cvv", "must be 3 or 4 digits");
        }
        if (pin != null && !pin.isEmpty() && !pin.matches("[0-9]{4}")) {
            errors.put("pin", "must be 4 digits");
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CardData(number, expiry, pin != null && !pin.isEmpty()));
    }

    private static String digits(String value) {
        return value == null ? null : value.replaceAll("[ -]", "");
    }

    /** VISA, MASTERCARD or CARD, from the number's prefix. */
    public String brand() {
        if (number.startsWith("4")) {
            return "VISA";
        }
        int two = Integer.parseInt(number.substring(0, 2));
        int four = Integer.parseInt(number.substring(0, 4));
        if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
            return "MASTERCARD";
        }
        return "CARD";
    }

    public String last4() {
        return number.substring(number.length() - 4);
    }

    public boolean expiredAt(YearMonth now) {
        return expiry.isBefore(now);
    }

    public boolean pinSupplied() {
        return pinSupplied;
    }

    @Override
    public String toString() {
        return brand() + " ****" + last4();
    }
}
