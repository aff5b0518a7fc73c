package rw.paydesk.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import rw.paydesk.core.identity.application.SignInResult;
import rw.paydesk.core.identity.application.SignInService;
import rw.paydesk.core.identity.domain.Role;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks credentials against the users in PayDesk's database through {@link SignInService},
 * which applies the lockout rule and audits the attempt. The outcome is left on the request
 * so the sign-in page can say why it failed.
 */
@ApplicationScoped
public class PaydeskIdentityStore implements IdentityStore {

    /** Request attribute holding the {@link SignInResult} of the attempt. */
    public static final String RESULT = PaydeskIdentityStore.class.getName() + ".result";

    @Inject
    SignInService signIn;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInResult result = signIn.signIn(login.getCaller(), login.getPassword().getValue());
        request.setAttribute(RESULT, result);
        if (!result.signedIn()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = result.roles().stream().map(Role::name).collect(Collectors.toSet());
        return new CredentialValidationResult(result.username(), groups);
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    @Override
    public Set<String> getCallerGroups(CredentialValidationResult validationResult) {
        // groups come with the validation itself; nothing else to add
        return validationResult.getCallerGroups();
    }
}
