package rw.paydesk.core.withdrawal.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rw.paydesk.core.audit.application.AuditTrail;
import rw.paydesk.core.audit.domain.AuditAction;
import rw.paydesk.core.collection.application.InputException;
import rw.paydesk.core.gateway.Capability;
import rw.paydesk.core.gateway.GatewayAccount;
import rw.paydesk.core.gateway.GatewayAccounts;
import rw.paydesk.core.gateway.GatewayApi;
import rw.paydesk.core.gateway.GatewayOutcomeUnknownException;
import rw.paydesk.core.gateway.GatewayRejectedException;
import rw.paydesk.core.gateway.WithdrawalChannel;
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.core.withdrawal.domain.Withdrawal;
import rw.paydesk.core.withdrawal.domain.WithdrawalStatus;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The withdrawal service without a container: a fake gateway channel, an in-memory store and a
 * captured audit log. The PIN must reach the gateway and nothing else, and be zeroed afterwards.
 */
class WithdrawalServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    private final Map<String, Withdrawal> stored = new LinkedHashMap<>();
    private final List<String> audited = new ArrayList<>();
    private final FakeChannel gateway = new FakeChannel();
    private WithdrawalService cut;

    @BeforeEach
    void wire() {
        WithdrawalRecords records = new WithdrawalRecords();
        records.em = store();
        records.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        records.audit = new AuditTrail() {
            @Override
            public void record(AuditAction action, String target, String detail) {
                audited.add(action + " " + target + " " + detail);
            }

            @Override
            public void recordAs(String actor, AuditAction action, String target, String detail) {
                audited.add(actor + " " + action + " " + target + " " + detail);
            }
        };
        cut = new WithdrawalService();
        cut.records = records;
        cut.gateways = new OneAccount(gateway);
        cut.clock = records.clock;
        cut.session = (SessionContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {SessionContext.class},
                (proxy, method, args) -> method.getName().equals("getCallerPrincipal") ? (Principal) () -> "approver" : null);
    }

    @Test
    void an_accepted_withdrawal_is_pending_with_the_gateway_reference_and_the_pin_went_to_the_gateway_only() {
        gateway.answer = pin -> new WithdrawalChannel.GatewayWithdrawal("WDR-20261123-0001", "pending", new BigDecimal("10000"),
                BigDecimal.ZERO);
        char[] pin = "1234".toCharArray();
        String reference = cut.withdraw(new WithdrawalRequest(null, new BigDecimal("10000"), "0788 555 777"), pin);

        Withdrawal w = stored.get(reference);
        assertEquals(WithdrawalStatus.PENDING, w.status());
        assertEquals("WDR-20261123-0001", w.gatewayReference());
        assertEquals("rwandapay", w.gateway());
        assertEquals("approver", w.createdBy());
        assertEquals("0788555777", gateway.phone, "the gateway takes the local form");
        assertEquals("MTN", gateway.provider, "the provider comes from the prefix");
        assertEquals(reference, gateway.reference, "our reference is the idempotency key");
        assertArrayEquals("1234".toCharArray(), gateway.pinSeen, "the gateway got the PIN");
        assertArrayEquals(new char[4], pin, "and it was zeroed after the call");
        assertTrue(audited.get(0).startsWith("WITHDRAWAL_REQUESTED " + reference), audited.toString());
        assertNoPin("1234");
    }

    @Test
    void the_record_and_its_audit_line_exist_before_the_gateway_is_called() {
        gateway.answer = pin -> {
            assertEquals(1, stored.size(), "stored before the call");
            assertEquals(WithdrawalStatus.UNKNOWN, stored.values().iterator().next().status());
            assertEquals(1, audited.size(), "audited before the call");
            return new WithdrawalChannel.GatewayWithdrawal("WDR-1", "pending", null, null);
        };
        cut.withdraw(new WithdrawalRequest("rwandapay", new BigDecimal("25000"), "0722 555 777"), "4321".toCharArray());
        assertEquals("Airtel", gateway.provider);
    }

    @Test
    void a_wrong_pin_fails_with_the_gateways_message_and_the_pin_nowhere() {
        gateway.answer = pin -> {
            throw new GatewayRejectedException(422, "422", "Validation Error", Map.of("pin", "is incorrect"));
        };
        char[] pin = "97531".toCharArray();
        String reference = cut.withdraw(new WithdrawalRequest(null, new BigDecimal("10000"), "0788555777"), pin);

        Withdrawal w = stored.get(reference);
        assertEquals(WithdrawalStatus.FAILED, w.status());
        assertEquals("Validation Error: pin is incorrect", w.gatewayMessage());
        assertArrayEquals(new char[5], pin);
        assertNoPin("97531");
    }

    @Test
    void a_gateway_that_echoes_the_pin_in_its_refusal_has_it_scrubbed() {
        gateway.answer = pin -> {
            throw new GatewayRejectedException(422, "422", "PIN 97531 is wrong", Map.of());
        };
        String reference = cut.withdraw(new WithdrawalRequest(null, new BigDecimal("10000"), "0788555777"), "97531".toCharArray());
        assertEquals("PIN **** is wrong", stored.get(reference).gatewayMessage());
        assertNoPin("97531");
    }

    @Test
    void an_insufficient_balance_fails_with_the_gateways_message() {
        gateway.answer = pin -> {
            throw new GatewayRejectedException(402, "402", "Rwanda Pay: insufficient balance in the merchant wallet.",
                    Map.of("amount", "the available balance of 5000 RWF does not cover 10000 RWF"));
        };
        String reference = cut.withdraw(new WithdrawalRequest(null, new BigDecimal("10000"), "0788555777"), "1234".toCharArray());
        Withdrawal w = stored.get(reference);
        assertEquals(WithdrawalStatus.FAILED, w.status());
        assertTrue(w.gatewayMessage().startsWith("Rwanda Pay: insufficient balance"), w.gatewayMessage());
    }

    @Test
    void a_time_out_leaves_it_unknown_never_failed() {
        gateway.answer = pin -> {
            throw new GatewayOutcomeUnknownException("No answer from Rwanda Pay to withdrawals (SocketTimeoutException)", null);
        };
        char[] pin = "1234".toCharArray();
        String reference = cut.withdraw(new WithdrawalRequest(null, new BigDecimal("10000"), "0788555777"), pin);
        Withdrawal w = stored.get(reference);
        assertEquals(WithdrawalStatus.UNKNOWN, w.status());
        assertTrue(w.gatewayMessage().contains("Do not withdraw again"), w.gatewayMessage());
        assertArrayEquals(new char[4], pin);
    }

    @Test
    void each_wrong_field_is_named_and_nothing_is_stored_or_sent() {
        char[] pin = "12".toCharArray();
        InputException e = assertThrows(InputException.class,
                () -> cut.withdraw(new WithdrawalRequest(null, new BigDecimal("9999"), "0755 555 777"), pin));
        assertEquals(Set.of("amount", "phone", "pin"), e.fieldErrors().keySet());
        assertTrue(e.fieldErrors().get("amount").contains("at least RWF 10,000"), e.fieldErrors().get("amount"));
        assertTrue(stored.isEmpty());
        assertNull(gateway.reference, "nothing was sent");
        assertTrue(audited.isEmpty());
        assertArrayEquals(new char[2], pin, "zeroed even when refused");
        assertFalse(e.getMessage().contains("12 "), e.getMessage());
    }

    @Test
    void fractions_of_a_franc_and_missing_input_are_refused() {
        InputException e = assertThrows(InputException.class,
                () -> cut.withdraw(new WithdrawalRequest(null, new BigDecimal("10000.50"), null), null));
        assertEquals("Withdrawals are in whole Rwandan francs, without decimals.", e.fieldErrors().get("amount"));
        assertEquals("Enter the withdrawal PIN.", e.fieldErrors().get("pin"));
        assertNotNull(e.fieldErrors().get("phone"));
        InputException other = assertThrows(InputException.class,
                () -> cut.withdraw(new WithdrawalRequest("dgs", new BigDecimal("10000"), "0788555777"), "1234".toCharArray()));
        assertTrue(other.fieldErrors().containsKey("gateway"), other.fieldErrors().toString());
    }

    @Test
    void only_approvers_may_withdraw() {
        RolesAllowed roles = WithdrawalService.class.getAnnotation(RolesAllowed.class);
        assertArrayEquals(new String[] {Role.APPROVER_NAME}, roles.value());
        for (Method m : WithdrawalService.class.getDeclaredMethods()) {
            assertNull(m.getAnnotation(PermitAll.class), m.getName());
            assertNull(m.getAnnotation(RolesAllowed.class), m.getName() + " must not widen the class's roles");
        }
    }

    private void assertNoPin(String pin) {
        for (String line : audited) {
            assertFalse(line.matches("(?s).*(?<!\\d)" + pin + "(?!\\d).*"), line);
        }
        for (Withdrawal w : stored.values()) {
            assertFalse(w.toString().contains(pin), w.toString());
            assertFalse(String.valueOf(w.gatewayMessage()).matches("(?s).*(?<!\\d)" + pin + "(?!\\d).*"), w.gatewayMessage());
        }
    }

    /** An in-memory store for the records' steps: persist, and find by reference. */
    private EntityManager store() {
        return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "persist" -> {
                        Withdrawal w = (Withdrawal) args[0];
                        stored.put(w.reference(), w);
                        yield null;
                    }
                    case "createNamedQuery" -> query();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @SuppressWarnings("unchecked")
    private TypedQuery<Withdrawal> query() {
        Object[] reference = new Object[1];
        return (TypedQuery<Withdrawal>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {TypedQuery.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setParameter" -> {
                        reference[0] = args[1];
                        yield proxy;
                    }
                    case "getSingleResult" -> Optional.ofNullable(stored.get((String) reference[0])).orElseThrow();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The gateway's withdrawal port, doing what each test tells it. */
    static final class FakeChannel implements WithdrawalChannel {

        Function<char[], GatewayWithdrawal> answer;
        String reference;
        String phone;
        String provider;
        char[] pinSeen;

        @Override
        public GatewayWithdrawal withdraw(String reference, BigDecimal amount, String phone, String provider, char[] pin) {
            this.reference = reference;
            this.phone = phone;
            this.provider = provider;
            this.pinSeen = Arrays.copyOf(pin, pin.length);
            return answer.apply(pin);
        }

        @Override
        public Optional<GatewayWithdrawal> withdrawal(String gatewayReference) {
            return Optional.empty();
        }

        @Override
        public BigDecimal minimum() {
            return new BigDecimal("10000");
        }
    }

    /** One switched-on account, Rwanda Pay, offering withdrawals; DGS-Pay is on but does not. */
    static final class OneAccount extends GatewayAccounts {

        private final FakeChannel channel;
        private final GatewayAccount rwandaPay = account("rwandapay", "Rwanda Pay", GatewayApi.RWANDA_PAY, Capability.WITHDRAWALS);
        private final GatewayAccount dgs = account("dgs", "DGS-Pay ACC", GatewayApi.DGS_V2, Capability.PAYOUTS);

        OneAccount(FakeChannel channel) {
            this.channel = channel;
        }

        private static GatewayAccount account(String id, String name, GatewayApi api, Capability capability) {
            return new GatewayAccount(id, name, api, "http://gateway.test/", "sk_…0001", null, EnumSet.of(capability),
                    Set.of("RWF"), null, null);
        }

        @Override
        public List<GatewayAccount> offering(Capability capability) {
            return List.of(rwandaPay, dgs).stream().filter(a -> a.supports(capability)).toList();
        }

        @Override
        public Optional<GatewayAccount> find(String id) {
            return List.of(rwandaPay, dgs).stream().filter(a -> a.id().equals(id)).findFirst();
        }

        @Override
        public boolean isEnabled(String id) {
            return find(id).isPresent();
        }

        @Override
        public <T> T channel(String id, Class<T> feature) {
            if (!"rwandapay".equals(id) || !feature.isInstance(channel)) {
                throw new IllegalArgumentException("no " + feature.getSimpleName() + " for " + id);
            }
            return feature.cast(channel);
        }
    }
}
