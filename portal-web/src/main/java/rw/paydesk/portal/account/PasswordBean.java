package rw.paydesk.portal.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import rw.paydesk.core.identity.application.OwnAccount;
import rw.paydesk.core.identity.domain.IdentityException;
import rw.paydesk.core.identity.domain.PasswordPolicy;
import rw.paydesk.portal.faces.Messages;
import rw.paydesk.portal.security.PasswordChangeGate;

/** A user changes their own password. */
@Named
@RequestScoped
public class PasswordBean {

    @Inject
    OwnAccount ownAccount;

    @Inject
    ExternalContext external;

    private String current;
    private String replacement;
    private String confirmation;

    public String change() {
        try {
            if (replacement == null || !replacement.equals(confirmation)) {
                Messages.error("The new password and its confirmation differ.");
                return null;
            }
            ownAccount.changePassword(chars(current), chars(replacement));
            external.getSessionMap().remove(PasswordChangeGate.MUST_CHANGE);
            Messages.info("Your password has been changed.");
            return "/dashboard.xhtml?faces-redirect=true";
        } catch (IdentityException refused) {
            Messages.error(refused.getMessage());
            return null;
        } finally {
            current = null;
            replacement = null;
            confirmation = null;
        }
    }

    public boolean isMustChange() {
        return Boolean.TRUE.equals(external.getSessionMap().get(PasswordChangeGate.MUST_CHANGE));
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    private static char[] chars(String s) {
        return s == null ? new char[0] : s.toCharArray();
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
