package rw.paydesk.core.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import rw.paydesk.core.audit.application.AuditTrail;
import rw.paydesk.core.audit.domain.AuditAction;

/** Audits a refused password change in its own transaction, since the refusal itself rolls back. */
@Stateless
@PermitAll
public class PasswordChangeRefusals {

    @Inject
    AuditTrail audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusal(String username, String reason) {
        audit.record(AuditAction.PASSWORD_CHANGE_REFUSED, username, reason);
    }
}
