package rw.paydesk.payouts.beneficiary.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.audit.application.AuditTrail;
import rw.paydesk.core.audit.domain.AuditAction;
import rw.paydesk.core.collection.application.InputException;
import rw.paydesk.core.gateway.Bank;
import rw.paydesk.core.gateway.PaymentGateway;
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.core.party.Country;
import rw.paydesk.core.party.PhoneNumber;
import rw.paydesk.payouts.beneficiary.domain.Beneficiary;
import rw.paydesk.payouts.beneficiary.domain.BeneficiaryException;
import rw.paydesk.payouts.beneficiary.domain.BeneficiaryStatus;
import rw.paydesk.payouts.beneficiary.domain.BeneficiaryType;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who may receive payouts. Makers enter and change beneficiaries; an approver who did not
 * enter the details approves them; a cooling-off period follows every approval. Every step
 * is audited with the details as they were shown.
 */
@Stateless
public class BeneficiaryService {

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Inject
    PaymentGateway gateway;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** The banks the gateway pays out to, by name. */
    @RolesAllowed({Role.MAKER_NAME, Role.APPROVER_NAME})
    public List<Bank> banks() {
        return gateway.banks().stream().sorted(java.util.Comparator.comparing(Bank::name)).toList();
    }

    @RolesAllowed(Role.MAKER_NAME)
    public Beneficiary create(BeneficiaryForm form) {
        Beneficiary b = BeneficiaryType.BANK.name().equals(form.type())
                ? Beneficiary.bank(bankCode(form), bankName(form), form.accountNumber(), form.firstName(), form.lastName(),
                        form.email(), caller(), clock.instant())
                : mobile(form, null);
        em.persist(b);
        em.flush();
        audit.record(AuditAction.BENEFICIARY_CREATED, target(b), b.payoutDetails() + emailNote(b));
        return b;
    }

    @RolesAllowed(Role.MAKER_NAME)
    public Beneficiary change(long id, BeneficiaryForm form) {
        Beneficiary b = find(id);
        String before = b.payoutDetails();
        BeneficiaryStatus statusBefore = b.status();
        if (b.type() == BeneficiaryType.BANK) {
            b.changeBankDetails(bankCode(form), bankName(form), form.accountNumber(), form.firstName(), form.lastName(),
                    form.email(), caller(), clock.instant());
        } else {
            mobile(form, b);
        }
        audit.record(AuditAction.BENEFICIARY_CHANGED, target(b), "was: " + before + "; now: " + b.payoutDetails()
                + emailNote(b) + (statusBefore == BeneficiaryStatus.APPROVED && b.status() == BeneficiaryStatus.PENDING_APPROVAL
                ? "; needs approval again" : ""));
        return b;
    }

    /** {@code shownDetails} is what the approver saw; if the beneficiary changed since, nothing is approved. */
    @RolesAllowed(Role.APPROVER_NAME)
    public Beneficiary approve(long id, String shownDetails) {
        Beneficiary b = find(id);
        if (shownDetails != null && !shownDetails.equals(b.payoutDetails())) {
            throw new BeneficiaryException("These details changed while you were looking at them; check them again.");
        }
        b.approve(caller(), clock.instant());
        audit.record(AuditAction.BENEFICIARY_APPROVED, target(b), b.payoutDetails());
        return b;
    }

    @RolesAllowed({Role.MAKER_NAME, Role.APPROVER_NAME})
    public Beneficiary disable(long id) {
        Beneficiary b = find(id);
        b.disable(caller(), clock.instant());
        audit.record(AuditAction.BENEFICIARY_DISABLED, target(b), b.payoutDetails());
        return b;
    }

    @RolesAllowed({Role.MAKER_NAME, Role.APPROVER_NAME, Role.VIEWER_NAME})
    public List<Beneficiary> all() {
        return em.createNamedQuery(Beneficiary.ALL, Beneficiary.class).getResultList();
    }

    @RolesAllowed({Role.MAKER_NAME, Role.APPROVER_NAME, Role.VIEWER_NAME})
    public long waitingForApproval() {
        return em.createNamedQuery(Beneficiary.COUNT_BY_STATUS, Long.class)
                .setParameter("status", BeneficiaryStatus.PENDING_APPROVAL).getSingleResult();
    }

    private Beneficiary mobile(BeneficiaryForm form, Beneficiary existing) {
        Country country;
        try {
            country = Country.of(form.country() == null || form.country().isBlank() ? "RW" : form.country());
        } catch (IllegalArgumentException e) {
            throw new InputException(Map.of("country", e.getMessage()));
        }
        if (country != Country.RW) {
            // The gateway pays mobile money in Rwanda only; cross-border transfers go through its support team.
            throw new InputException(Map.of("country", "The gateway pays mobile money in Rwanda only."));
        }
        PhoneNumber phone;
        try {
            phone = PhoneNumber.parse(country, form.phone());
        } catch (IllegalArgumentException e) {
            throw new InputException(Map.of("phone", e.getMessage()));
        }
        String provider = form.provider() == null || form.provider().isBlank()
                ? phone.detectedProvider().orElseThrow(() -> new InputException(Map.of("provider", "Choose the provider.")))
                : form.provider();
        if (existing == null) {
            return Beneficiary.mobile(phone, provider, form.firstName(), form.lastName(), form.email(), caller(), clock.instant());
        }
        existing.changeMobileDetails(phone, provider, form.firstName(), form.lastName(), form.email(), caller(), clock.instant());
        return existing;
    }

    private String bankCode(BeneficiaryForm form) {
        return form.bankCode() == null ? null : form.bankCode().trim().toLowerCase(Locale.ROOT);
    }

    /** The bank's name from the gateway's list; a code the gateway does not list is refused. */
    private String bankName(BeneficiaryForm form) {
        String code = bankCode(form);
        if (code == null || code.isEmpty()) {
            throw new InputException(Map.of("bank", "Choose the bank."));
        }
        return gateway.banks().stream().filter(bank -> bank.codeName().equalsIgnoreCase(code)).map(Bank::name)
                .findFirst().orElseThrow(() -> new InputException(Map.of("bank",
                        "'" + code + "' is not a bank the gateway pays out to.")));
    }

    private Beneficiary find(long id) {
        Beneficiary b = em.find(Beneficiary.class, id);
        if (b == null) {
            throw new BeneficiaryException("There is no beneficiary " + id + ".");
        }
        return b;
    }

    private static String target(Beneficiary b) {
        return "beneficiary " + b.id();
    }

    private static String emailNote(Beneficiary b) {
        return b.email() == null ? "" : " <" + b.email() + ">";
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
