package rw.paydesk.sandbox.card;

import org.junit.jupiter.api.Test;
import rw.paydesk.sandbox.payment.SimulatedResponse;
import rw.paydesk.sandbox.payment.SimulationContext;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static rw.paydesk.sandbox.card.CardFlow.AVS;
import static rw.paydesk.sandbox.card.CardFlow.OTP;
import static rw.paydesk.sandbox.card.CardFlow.PIN;
import static rw.paydesk.sandbox.card.CardFlow.THREE_DS;

class CardFlowTest {

    @Test
    void eachContextHasItsChain() {
        assertEquals(List.of(PIN, OTP), CardFlow.steps(SimulationContext.AUTH_PIN));
        assertEquals(List.of(PIN, THREE_DS), CardFlow.steps(SimulationContext.AUTH_PIN_3DS));
        assertEquals(List.of(THREE_DS), CardFlow.steps(SimulationContext.AUTH_3DS));
        assertEquals(List.of(AVS, OTP), CardFlow.steps(SimulationContext.AUTH_AVS));
    }

    @Test
    void theChainMovesStepByStepToItsEnd() {
        assertEquals(Optional.of(OTP), CardFlow.next(SimulationContext.AUTH_PIN, PIN));
        assertEquals(Optional.empty(), CardFlow.next(SimulationContext.AUTH_PIN, OTP));
        assertEquals(Optional.of(THREE_DS), CardFlow.next(SimulationContext.AUTH_PIN_3DS, PIN));
        assertEquals(Optional.empty(), CardFlow.next(SimulationContext.AUTH_3DS, THREE_DS));
    }

    @Test
    void anIncorrectPinFailsAtThePinStep() {
        assertTrue(CardFlow.refusedAt(SimulationContext.AUTH_PIN, SimulatedResponse.INCORRECT_PIN, PIN));
        assertFalse(CardFlow.refusedAt(SimulationContext.AUTH_PIN, SimulatedResponse.INCORRECT_PIN, OTP));
        // Without a PIN step it can only fail at the end.
        assertTrue(CardFlow.refusedAt(SimulationContext.AUTH_3DS, SimulatedResponse.INCORRECT_PIN, THREE_DS));
    }

    @Test
    void otherRefusalsComeAfterTheLastStep() {
        for (SimulatedResponse r : List.of(SimulatedResponse.INSUFFICIENT_FUNDS, SimulatedResponse.EXPIRED_CARD,
                SimulatedResponse.BLOCKED_FIRST_USE, SimulatedResponse.EXCEEDS_WITHDRAWAL_LIMIT)) {
            assertFalse(CardFlow.refusedAt(SimulationContext.AUTH_AVS, r, AVS), r.wire());
            assertTrue(CardFlow.refusedAt(SimulationContext.AUTH_AVS, r, OTP), r.wire());
        }
        assertFalse(CardFlow.refusedAt(SimulationContext.AUTH_PIN, SimulatedResponse.APPROVED, OTP));
    }

    @Test
    void eachStepHasItsAuthorizeMethodExceptThreeDs() {
        assertEquals(Optional.of("pin"), CardFlow.methodFor(PIN));
        assertEquals(Optional.of("otp"), CardFlow.methodFor(OTP));
        assertEquals(Optional.of("avs"), CardFlow.methodFor(AVS));
        assertEquals(Optional.empty(), CardFlow.methodFor(THREE_DS));
    }
}
