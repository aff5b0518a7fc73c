package rw.paydesk.sandbox.payout;

import java.util.List;
import java.util.Optional;

/**
 * Rwandan banks a bank payout can go to, by {@code bank_code_name}. The docs name the list but
 * show only access_rwanda (bank_code "30" in the acknowledgement); the other codes are the
 * sandbox's own.
 */
public final class Banks {

    /** One bank. */
    public record Bank(String codeName, String code, String name) {
    }

    public static final List<Bank> ALL = List.of(
            new Bank("access_rwanda", "30", "Access Bank Rwanda"),
            new Bank("bank_of_kigali", "40", "Bank of Kigali"),
            new Bank("bpr_bank", "41", "BPR Bank Rwanda"),
            new Bank("i_and_m_bank", "42", "I&M Bank Rwanda"),
            new Bank("equity_bank", "43", "Equity Bank Rwanda"),
            new Bank("ecobank_rwanda", "44", "Ecobank Rwanda"),
            new Bank("kcb_rwanda", "45", "KCB Bank Rwanda"),
            new Bank("gt_bank", "46", "Guaranty Trust Bank Rwanda"),
            new Bank("cogebanque", "47", "Compagnie Générale de Banque (Cogebanque)"),
            new Bank("ncba_rwanda", "48", "NCBA Bank Rwanda"),
            new Bank("bank_of_africa", "49", "Bank of Africa Rwanda"),
            new Bank("urwego_bank", "50", "Urwego Bank"),
            new Bank("zigama_css", "51", "Zigama CSS"),
            new Bank("unguka_bank", "52", "Unguka Bank"),
            new Bank("ab_bank", "53", "AB Bank Rwanda"),
            new Bank("development_bank_rwanda", "54", "Development Bank of Rwanda (BRD)"));

    private Banks() {
    }

    public static Optional<Bank> byCodeName(String codeName) {
        return ALL.stream().filter(b -> b.codeName().equalsIgnoreCase(codeName == null ? "" : codeName.trim())).findFirst();
    }
}
