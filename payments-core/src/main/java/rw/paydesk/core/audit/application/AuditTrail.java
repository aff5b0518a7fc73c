package rw.paydesk.core.audit.application;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.audit.domain.AuditAction;
import rw.paydesk.core.audit.domain.AuditEvent;

import java.time.Clock;

/**
 * Appends to the audit log inside the caller's transaction, so an action and its audit
 * line commit or roll back together. There is deliberately no way to change a line.
 */
@Stateless
public class AuditTrail {

    /** The actor written for work that no person started (start-up, timers). */
    public static final String SYSTEM = "system";

    /** The actor written for changes the payment gateway reported (webhooks, status checks). */
    public static final String GATEWAY = "gateway";

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    RequestOrigin origin;

    @Inject
    Clock clock;

    /** Records an action by the signed-in user (or {@link #SYSTEM}). */
    public void record(AuditAction action, String target, String detail) {
        recordAs(currentActor(), action, target, detail);
    }

    /** Records an action by a named actor, for sign-in attempts made before anyone is signed in. */
    public void recordAs(String actor, AuditAction action, String target, String detail) {
        em.persist(new AuditEvent(clock.instant(), actor, action, target, detail, origin.remoteAddress()));
    }

    private String currentActor() {
        String name = session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
        return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? SYSTEM : name;
    }
}
