package rw.paydesk.portal.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Short-hand for the messages a page shows after an action. */
public final class Messages {

    private Messages() {
    }

    public static void info(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    public static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(severity, text, null));
        if (!faces.getPartialViewContext().isAjaxRequest()) {
            // a full-page action usually redirects: the message must survive into the next request
            faces.getExternalContext().getFlash().setKeepMessages(true);
        }
    }
}
