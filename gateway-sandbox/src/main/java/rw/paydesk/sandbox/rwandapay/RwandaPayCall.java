package rw.paydesk.sandbox.rwandapay;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks the Rwanda Pay API: {@link RwandaPayGate} authenticates, limits, faults and de-duplicates it. */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RwandaPayCall {
}
