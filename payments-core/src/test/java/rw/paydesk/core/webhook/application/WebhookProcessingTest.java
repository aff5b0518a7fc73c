package rw.paydesk.core.webhook.application;

import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rw.paydesk.core.webhook.domain.GatewayEvent;
import rw.paydesk.core.webhook.domain.ProcessingStatus;
import rw.paydesk.core.webhook.domain.WebhookEvent;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What processing makes of a stored event, with the container's parts replaced by small
 * stand-ins: the observers' effects become the outcome, a failing observer rolls back and
 * reports FAILED, a second delivery of an event reaches no observer, a replay says so.
 */
class WebhookProcessingTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final String BODY = "{\"event\":\"transaction.completed\",\"status\":\"SUCCESSFUL\","
            + "\"reference\":\"ORD1234567\",\"transaction_id\":97}";

    private final WebhookProcessing cut = new WebhookProcessing();
    private final List<GatewayEvent> fired = new ArrayList<>();
    private Consumer<GatewayEvent> observer = e -> { };
    private WebhookEvent stored;
    private List<Long> sameEventBefore = List.of();
    private boolean rolledBack;

    @BeforeEach
    void wire() throws Exception {
        stored = WebhookEvent.received(NOW, "1", BODY, "127.0.0.1", "test");
        setId(stored, 42L);
        cut.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        cut.em = stub(EntityManager.class, (self, name, args) -> switch (name) {
            case "find" -> stored;
            case "createNamedQuery" -> query();
            default -> throw new UnsupportedOperationException(name);
        });
        cut.context = stub(SessionContext.class, (self, name, args) -> {
            if (name.equals("setRollbackOnly")) {
                rolledBack = true;
                return null;
            }
            throw new UnsupportedOperationException(name);
        });
        @SuppressWarnings("unchecked")
        Event<GatewayEvent> events = stub(Event.class, (self, name, args) -> {
            if (name.equals("fire")) {
                GatewayEvent event = (GatewayEvent) args[0];
                fired.add(event);
                observer.accept(event);
                return null;
            }
            throw new UnsupportedOperationException(name);
        });
        cut.events = events;
    }

    @Test
    void the_observers_effects_become_the_outcome() {
        observer = e -> e.effect("charge ORD1234567: PENDING -> SUCCESSFUL");
        WebhookProcessing.Result result = cut.dispatch(42L, false);
        assertEquals(ProcessingStatus.PROCESSED, result.status());
        assertEquals("charge ORD1234567: PENDING -> SUCCESSFUL", stored.outcome());
        assertEquals(NOW, stored.processedAt());
        GatewayEvent event = fired.get(0);
        assertEquals(42L, event.inboxId());
        assertEquals("successful", event.status());
        assertEquals("97", event.transactionId());
        assertFalse(event.replay());
    }

    @Test
    void an_event_nothing_observed_says_so() {
        cut.dispatch(42L, false);
        assertEquals("no record matched", stored.outcome());
    }

    @Test
    void a_failing_observer_rolls_everything_back_and_reports_its_message() {
        observer = e -> {
            e.effect("charge ORD1234567: PENDING -> SUCCESSFUL");
            throw new EJBException(new IllegalStateException("charge table is locked"));
        };
        WebhookProcessing.Result result = cut.dispatch(42L, false);
        assertEquals(ProcessingStatus.FAILED, result.status());
        assertEquals("IllegalStateException: charge table is locked", result.detail());
        assertTrue(rolledBack, "nothing the observer did may be kept");
        assertEquals(ProcessingStatus.RECEIVED, stored.status(), "the failure is recorded in a transaction of its own");

        cut.markFailed(42L, result.detail(), false);
        assertEquals(ProcessingStatus.FAILED, stored.status());
        assertEquals("failed: IllegalStateException: charge table is locked", stored.outcome());
        assertEquals(BODY, stored.rawBody());
    }

    @Test
    void a_second_delivery_of_an_event_reaches_no_observer() {
        sameEventBefore = List.of(41L);
        WebhookProcessing.Result result = cut.dispatch(42L, false);
        assertEquals(ProcessingStatus.DUPLICATE, result.status());
        assertEquals("duplicate of #41: no effect", stored.outcome());
        assertTrue(fired.isEmpty());
    }

    @Test
    void an_event_already_processed_is_left_alone_unless_replayed() {
        cut.dispatch(42L, false);
        cut.dispatch(42L, false);
        assertEquals(1, fired.size(), "a second processor finds it PROCESSED and does nothing");

        observer = e -> e.effect("ignored for charge ORD1234567: already SUCCESSFUL");
        WebhookProcessing.Result replayed = cut.dispatch(42L, true);
        assertEquals(ProcessingStatus.PROCESSED, replayed.status());
        assertTrue(fired.get(1).replay());
        assertEquals(1, stored.replayCount());
        assertEquals("ignored for charge ORD1234567: already SUCCESSFUL", stored.outcome());
    }

    private TypedQuery<Long> query() {
        return stub(TypedQuery.class, (self, name, args) -> switch (name) {
            case "setParameter", "setMaxResults" -> self;
            case "getResultStream" -> sameEventBefore.stream();
            default -> throw new UnsupportedOperationException(name);
        });
    }

    private interface Answer {
        Object answer(Object self, String method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T stub(Class<?> type, Answer answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type},
                (proxy, method, args) -> answer.answer(proxy, method.getName(), args == null ? new Object[0] : args));
    }

    private static void setId(WebhookEvent event, long id) throws ReflectiveOperationException {
        Field field = WebhookEvent.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(event, id);
    }
}
