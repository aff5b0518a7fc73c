package rw.paydesk.payouts.batch.domain;

import rw.paydesk.core.gateway.Bank;
import rw.paydesk.core.money.Money;
import rw.paydesk.core.party.Country;
import rw.paydesk.core.party.EmailAddress;
import rw.paydesk.core.party.PhoneNumber;
import rw.paydesk.payouts.beneficiary.domain.BeneficiaryType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Every row of a payout file checked before anything moves: the payee (bank from the
 * gateway's list and an account number, or a Rwandan wallet whose provider is the number's
 * operator), the names and email as the gateway takes them, the amount in whole francs within
 * the gateway's limits, and duplicates: the same payee and amount twice in the file, or in a
 * payout or batch row of the recent past ({@link #againstHistory}). A row with any problem is
 * reported with its line and every problem found on it.
 *
 * <p>Pure: the bank list, limits, fees and history are handed in, so that a file of thousands
 * of rows costs no gateway call per row and a few database queries in all.
 */
public final class BatchCheck {

    /** Description of a row that has none. */
    public static final String DEFAULT_DESCRIPTION = "Bulk payout";

    private static final Pattern ACCOUNT = Pattern.compile("\\d{5,34}");
    private static final Pattern NAME = Pattern.compile("[\\p{L} ,.'-]{2,50}");
    private static final Pattern LETTER = Pattern.compile(".*\\p{L}.*");
    private static final Pattern WHOLE = Pattern.compile("\\d+(\\.0+)?");

    /**
     * What a row is checked against.
     *
     * @param banks         the gateway's banks by {@code bank_code_name}
     * @param expectedFee   the fee PayDesk expects for a payout of that type and amount (RWF)
     * @param simulations   sandbox: the simulation contexts a row may ask for; empty in live mode
     */
    public record Rules(BigDecimal minAmount, BigDecimal maxAmount, Collection<Bank> banks,
                        BiFunction<BeneficiaryType, BigDecimal, BigDecimal> expectedFee, List<String> simulations) {
        public Rules {
            Objects.requireNonNull(minAmount, "minAmount");
            Objects.requireNonNull(maxAmount, "maxAmount");
            Objects.requireNonNull(banks, "banks");
            Objects.requireNonNull(expectedFee, "expectedFee");
            simulations = simulations == null ? List.of() : List.copyOf(simulations);
            if (minAmount.signum() <= 0 || maxAmount.compareTo(minAmount) < 0) {
                throw new IllegalArgumentException("limits must be 0 < min <= max");
            }
        }
    }

    private final Map<Integer, List<String>> problems = new TreeMap<>();
    private final List<BatchLine> lines = new ArrayList<>();

    private BatchCheck() {
    }

    /** Checks every row of {@code file} by itself and against the rows above it. */
    public static BatchCheck of(BatchFile file, Rules rules) {
        BatchCheck check = new BatchCheck();
        Map<String, Bank> banks = new HashMap<>();
        rules.banks().forEach(b -> banks.put(b.codeName().toLowerCase(Locale.ROOT), b));
        Map<String, BatchLine> firstOf = new HashMap<>();
        for (BatchFile.Record record : file.records()) {
            List<String> wrong = new ArrayList<>();
            BatchLine line = check.row(file, record, rules, banks, wrong);
            if (line != null) {
                BatchLine earlier = firstOf.putIfAbsent(line.duplicateKey(), line);
                if (earlier != null) {
                    wrong.add("Same payee and amount as line " + earlier.line() + " (" + line.payee() + ", "
                            + line.money().format() + "): remove the duplicate.");
                }
            }
            if (wrong.isEmpty()) {
                check.lines.add(line);
            } else {
                check.problems.put(record.line(), wrong);
            }
        }
        return check;
    }

    private BatchLine row(BatchFile file, BatchFile.Record record, Rules rules, Map<String, Bank> banks,
                          List<String> wrong) {
        if (!file.fits(record)) {
            wrong.add("The row has " + record.fields().size() + " fields but the header has " + file.header().size()
                    + " columns; check for a missing or extra comma (quote fields that contain commas).");
            return null;
        }
        String typeText = file.value(record, "type").toLowerCase(Locale.ROOT);
        BeneficiaryType type = switch (typeText) {
            case "bank" -> BeneficiaryType.BANK;
            case "mobile", "mobile_money", "momo" -> BeneficiaryType.MOBILE;
            default -> null;
        };
        if (type == null) {
            wrong.add(typeText.isEmpty() ? "type is empty: write bank or mobile."
                    : "type '" + file.value(record, "type") + "' is neither bank nor mobile.");
        }
        String bankCode = null;
        String bankName = null;
        String account = null;
        PhoneNumber phone = null;
        String provider = null;
        String email = email(file.value(record, "email"), wrong);
        if (type == BeneficiaryType.BANK) {
            String code = file.value(record, "bank_code").toLowerCase(Locale.ROOT);
            Bank bank = banks.get(code);
            if (code.isEmpty()) {
                wrong.add("bank_code is required for a bank row (the gateway's bank code, e.g. access_rwanda).");
            } else if (bank == null) {
                wrong.add("bank_code '" + file.value(record, "bank_code") + "' is not a bank the gateway pays out to.");
            } else {
                bankCode = bank.codeName();
                bankName = bank.name();
            }
            String digits = file.value(record, "account_number").replaceAll("[\\s-]", "");
            if (digits.isEmpty()) {
                wrong.add("account_number is required for a bank row.");
            } else if (!ACCOUNT.matcher(digits).matches()) {
                wrong.add("account_number '" + file.value(record, "account_number") + "' must have 5 to 34 digits only.");
            } else {
                account = digits;
            }
            if (file.value(record, "email").isEmpty()) {
                wrong.add("email is required for a bank row (the gateway sends the account holder a notice).");
            }
            if (!file.value(record, "phone").isEmpty() || !file.value(record, "provider").isEmpty()) {
                wrong.add("phone and provider are for mobile rows; leave them empty on a bank row.");
            }
        } else if (type == BeneficiaryType.MOBILE) {
            String typed = file.value(record, "phone");
            if (typed.isEmpty()) {
                wrong.add("phone is required for a mobile row (e.g. 0788 123 456).");
            } else {
                try {
                    phone = PhoneNumber.parse(Country.RW, typed);
                } catch (IllegalArgumentException e) {
                    wrong.add("phone '" + typed + "': " + e.getMessage());
                }
            }
            String named = file.value(record, "provider");
            Optional<String> detected = phone == null ? Optional.empty() : phone.detectedProvider();
            if (named.isEmpty()) {
                provider = detected.orElse(null);
            } else {
                Optional<String> known = Country.RW.provider(named);
                if (known.isEmpty()) {
                    wrong.add("provider '" + named + "' does not pay out in Rwanda; use " + String.join(" or ",
                            Country.RW.providers()) + " (or leave it empty).");
                } else if (detected.isPresent() && !detected.get().equals(known.get())) {
                    wrong.add(phone.display() + " is an " + detected.get() + " number, not " + known.get() + ".");
                } else {
                    provider = known.get();
                }
            }
            if (!file.value(record, "bank_code").isEmpty() || !file.value(record, "account_number").isEmpty()) {
                wrong.add("bank_code and account_number are for bank rows; leave them empty on a mobile row.");
            }
        }
        String first = name(file.value(record, "first_name"), "first_name", wrong);
        String last = name(file.value(record, "last_name"), "last_name", wrong);
        BigDecimal amount = amount(file.value(record, "amount"), rules, wrong);
        String description = file.value(record, "description").replaceAll("\\s+", " ");
        if (description.length() > 200) {
            wrong.add("description is longer than 200 characters.");
        }
        String simulation = file.value(record, BatchFile.SIMULATION);
        if (!simulation.isEmpty() && !rules.simulations().contains(simulation)) {
            wrong.add("simulation '" + simulation + "' is not one of " + String.join(", ", rules.simulations()) + ".");
        }
        if (!wrong.isEmpty()) {
            return null;
        }
        return new BatchLine(record.line(), type, bankCode, bankName, account, phone, provider, first, last, email,
                amount, description.isEmpty() ? DEFAULT_DESCRIPTION : description,
                simulation.isEmpty() ? null : simulation, rules.expectedFee().apply(type, amount), false);
    }

    private static String name(String value, String column, List<String> wrong) {
        String v = value.replaceAll("\\s+", " ");
        if (v.isEmpty()) {
            wrong.add(column + " is required.");
            return null;
        }
        if (!NAME.matcher(v).matches() || !LETTER.matcher(v).matches()) {
            wrong.add(column + " '" + v + "' must be 2 to 50 letters, spaces and , . ' - (as the gateway requires).");
            return null;
        }
        return v;
    }

    private static String email(String value, List<String> wrong) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return new EmailAddress(value).value();
        } catch (IllegalArgumentException e) {
            wrong.add("email: " + e.getMessage());
            return null;
        }
    }

    private static BigDecimal amount(String value, Rules rules, List<String> wrong) {
        String v = value.replace(",", "").replace(" ", "").replace("\u00a0", "").replace("_", "");
        if (v.isEmpty()) {
            wrong.add("amount is required (whole Rwandan francs, e.g. 15000).");
            return null;
        }
        if (!WHOLE.matcher(v).matches()) {
            wrong.add("amount '" + value + "' is not a whole number of Rwandan francs (RWF has no decimals).");
            return null;
        }
        BigDecimal amount = new BigDecimal(v).setScale(0);
        if (amount.compareTo(rules.minAmount()) < 0 || amount.compareTo(rules.maxAmount()) > 0) {
            wrong.add("amount " + Money.of(amount, BatchLine.RWF).format() + " is outside the gateway's limits for one payout: "
                    + Money.of(rules.minAmount(), BatchLine.RWF).format() + " to "
                    + Money.of(rules.maxAmount(), BatchLine.RWF).format() + ".");
            return null;
        }
        return amount;
    }

    /**
     * Checks the rows that passed against the recent past and flags new payees.
     *
     * @param recent        duplicate keys ({@link BatchLine#duplicateKey()}) of payouts and batch rows made
     *                      recently, each with where it was seen (e.g. "payout PDP… of 20 Nov 2026")
     * @param approvedPayees payee keys ({@link BatchLine#payeeKey()}) of approved beneficiaries
     */
    public BatchCheck againstHistory(Map<String, String> recent, Set<String> approvedPayees) {
        List<BatchLine> kept = new ArrayList<>();
        for (BatchLine line : lines) {
            String seen = recent.get(line.duplicateKey());
            if (seen != null) {
                problems.computeIfAbsent(line.line(), l -> new ArrayList<>()).add("Same payee and amount as " + seen
                        + " (" + line.payee() + ", " + line.money().format() + "): it may already have been paid.");
            } else {
                kept.add(line.asNewPayee(!approvedPayees.contains(line.payeeKey())));
            }
        }
        lines.clear();
        lines.addAll(kept);
        return this;
    }

    /** The payee keys of the rows that passed, for looking up their history. */
    public Set<String> payeeKeys() {
        Set<String> keys = new LinkedHashSet<>();
        lines.forEach(l -> keys.add(l.payeeKey()));
        return keys;
    }

    public boolean hasErrors() {
        return !problems.isEmpty();
    }

    /** Every bad row, in file order. */
    public List<RowError> errors() {
        return problems.entrySet().stream().map(e -> new RowError(e.getKey(), e.getValue())).toList();
    }

    /** The rows that passed, in file order. */
    public List<BatchLine> lines() {
        return List.copyOf(lines);
    }

    /** How many payout rows the file has, good and bad. */
    public int rowCount() {
        return lines.size() + problems.size();
    }
}
