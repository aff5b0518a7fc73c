package rw.paydesk.portal.shell;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import rw.paydesk.core.identity.domain.Role;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The menu and the server must agree: every area's page is guarded in web.xml by exactly
 * the roles the menu shows it to. A mismatch would either offer a link that fails or, worse,
 * leave a page open that the menu hides.
 */
class AreaSecurityTest {

    private record Constraint(String pattern, Set<Role> roles, boolean anyAuthenticated, boolean open) {
    }

    @Test
    void every_area_is_guarded_by_the_roles_its_menu_entry_is_shown_to() throws Exception {
        List<Constraint> constraints = constraints();
        for (Area area : Area.values()) {
            Constraint guard = mostSpecific(constraints, area.path());
            Set<Role> allowed = guard.anyAuthenticated() ? EnumSet.allOf(Role.class) : guard.roles();
            assertEquals(area.roles(), allowed, area + " (" + area.path() + ") guarded by " + guard.pattern());
        }
    }

    @Test
    void only_the_sign_in_page_resources_health_and_webhooks_are_open() throws Exception {
        List<String> open = constraints().stream().filter(Constraint::open).map(Constraint::pattern).toList();
        assertEquals(List.of("/login.xhtml", "/health", "/health/*", "/favicon.ico", "/error/*", "/jakarta.faces.resource/*",
                "/resources/*", "/api/webhooks/*"), open);
        assertTrue(mostSpecific(constraints(), "/account/password.xhtml").anyAuthenticated());
    }

    @Test
    void a_page_belongs_to_its_area_folder() {
        assertTrue(Area.PAYOUTS.contains("/payouts/approvals.xhtml"));
        assertTrue(Area.USERS.contains("/admin/users.xhtml"));
        assertTrue(!Area.USERS.contains("/admin/audit.xhtml"));
        assertTrue(Area.DASHBOARD.contains("/dashboard.xhtml"));
    }

    /** Servlet rules: an exact match beats the longest path prefix, which beats "/*". */
    private static Constraint mostSpecific(List<Constraint> constraints, String path) {
        Constraint best = null;
        int bestScore = -1;
        for (Constraint c : constraints) {
            int score;
            if (c.pattern().equals(path)) {
                score = 10_000;
            } else if (c.pattern().endsWith("/*") && path.startsWith(c.pattern().substring(0, c.pattern().length() - 1))) {
                score = c.pattern().length();
            } else {
                continue;
            }
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    private static List<Constraint> constraints() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        Document webXml = factory.newDocumentBuilder().parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
        List<Constraint> result = new ArrayList<>();
        NodeList list = webXml.getElementsByTagName("security-constraint");
        for (int i = 0; i < list.getLength(); i++) {
            Element constraint = (Element) list.item(i);
            NodeList auth = constraint.getElementsByTagName("auth-constraint");
            Set<Role> roles = EnumSet.noneOf(Role.class);
            boolean any = false;
            NodeList names = constraint.getElementsByTagName("role-name");
            for (int n = 0; n < names.getLength(); n++) {
                String name = names.item(n).getTextContent().trim();
                if (name.equals("**")) {
                    any = true;
                } else {
                    roles.add(Role.valueOf(name));
                }
            }
            NodeList patterns = constraint.getElementsByTagName("url-pattern");
            for (int p = 0; p < patterns.getLength(); p++) {
                result.add(new Constraint(patterns.item(p).getTextContent().trim(), roles, any, auth.getLength() == 0));
            }
        }
        return result;
    }
}
