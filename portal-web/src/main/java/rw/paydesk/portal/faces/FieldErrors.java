package rw.paydesk.portal.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.Map;

/** Shows a service's field errors next to their fields, and a form-wide one at the top. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /**
     * @param formId the form's client id, e.g. {@code collect}
     * @param errors field name (the input's id in the form) → message; {@code form} for the whole form
     */
    public static void show(String formId, Map<String, String> errors) {
        FacesContext faces = FacesContext.getCurrentInstance();
        errors.forEach((field, message) -> faces.addMessage(field.equals("form") ? null : formId + ":" + field,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null)));
        faces.validationFailed();
    }
}
