package rw.paydesk.core.identity.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    @Test
    void eleven_characters_are_too_few_and_twelve_are_enough() {
        assertTrue(PasswordPolicy.violation("maker", "abcdefghijk").orElseThrow().contains("12"));
        assertTrue(PasswordPolicy.violation("maker", "abcdefghijkl").isEmpty());
    }

    @Test
    void the_user_name_may_not_be_in_the_password() {
        assertEquals("The password may not contain the user name.",
                PasswordPolicy.violation("maker", "my-MAKER-password").orElseThrow());
    }

    @Test
    void spaces_alone_are_not_a_password() {
        assertTrue(PasswordPolicy.violation("maker", " ".repeat(20)).isPresent());
    }
}
