package rw.paydesk.payouts.beneficiary.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.audit.application.AuditTrail;
import rw.paydesk.core.audit.domain.AuditAction;
import rw.paydesk.core.party.Country;
import rw.paydesk.core.party.PhoneNumber;
import rw.paydesk.core.platform.FirstStart;
import rw.paydesk.core.platform.GatewayEnvironment;
import rw.paydesk.core.platform.PaydeskSettings;
import rw.paydesk.payouts.beneficiary.domain.Beneficiary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * In the sandbox, a first run gets two beneficiaries entered by the demo maker and approved
 * by the demo approver two days ago, past the cooling-off, so a new user can try a payout at
 * once. Nothing is created in live mode or when beneficiaries exist.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class DemoBeneficiaries {

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Inject
    PaydeskSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @PostConstruct
    void seed() {
        if (settings.environment() != GatewayEnvironment.SANDBOX) {
            return;
        }
        FirstStart.lock(em); // another node starting now waits, then finds them
        if (em.createQuery("select count(b) from Beneficiary b", Long.class).getSingleResult() > 0) {
            return;
        }
        Instant entered = clock.instant().minus(Duration.ofDays(2));
        for (Beneficiary b : List.of(
                Beneficiary.bank("access_rwanda", "Access Bank Rwanda", "100200300400", "Grace", "Uwase",
                        "grace.uwase@example.rw", "maker", entered),
                Beneficiary.mobile(PhoneNumber.parse(Country.RW, "0788123456"), "MTN", "Jean", "Mugisha", null,
                        "maker", entered))) {
            b.approve("approver", entered.plusSeconds(60));
            em.persist(b);
            em.flush();
            audit.recordAs(AuditTrail.SYSTEM, AuditAction.BENEFICIARY_CREATED, "beneficiary " + b.id(),
                    "sandbox demo beneficiary, approved: " + b.payoutDetails());
        }
    }
}
