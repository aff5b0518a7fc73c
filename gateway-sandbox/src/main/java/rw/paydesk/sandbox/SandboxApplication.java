package rw.paydesk.sandbox;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * One JAX-RS application for the whole sandbox: the gateway API under {@code dgs/api-v2}, the
 * control API under {@code control}, and the server-rendered pages.
 */
@ApplicationPath("/")
public class SandboxApplication extends Application {
}
