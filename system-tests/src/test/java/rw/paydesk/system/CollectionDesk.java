package rw.paydesk.system;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Collections page's request form, as a maker fills it in: for every test that needs a collection made in PayDesk. */
final class CollectionDesk {

    private static final Pattern REFERENCE = Pattern.compile("(PDM[A-Z0-9]{12})");

    private CollectionDesk() {
    }

    /** Fills the form on the open Collections page; a blank provider leaves PayDesk to detect it. */
    static void fill(Browser maker, String phone, String amount, String customer, String email, String provider) {
        maker.type(By.id("collect:phone"), phone);
        maker.type(By.id("collect:amount"), amount);
        maker.waitForPage();
        if (!provider.isEmpty()) {
            ((JavascriptExecutor) maker.driver()).executeScript("PF('providerMenu').selectValue(arguments[0])", provider);
        }
        maker.type(By.id("collect:customer"), customer);
        maker.type(By.id("collect:email"), email);
    }

    /** Picks the gateway account on the open Collections page by (part of) its name. */
    static void through(Browser maker, String account) {
        maker.chooseAndNotify("collect:gateway", account);
    }

    /** Sends a request from the open Collections page; answers the reference the page names. */
    static String request(Browser maker, String phone, String amount, String customer, String provider) {
        fill(maker, phone, amount, customer, "customer@example.rw", provider);
        maker.click(By.id("collect:send"));
        if (!maker.isPresent(By.cssSelector("#messages .ui-messages-info, #messages .ui-messages-error"))) {
            maker.screenshot("collections-send-failed");
        }
        String message = maker.text(By.id("messages"));
        Matcher m = REFERENCE.matcher(message);
        assertTrue(m.find(), "the page names the request's reference: " + message);
        return m.group(1);
    }

    /** A random MTN Rwanda number, national form. */
    static String mtnNumber() {
        return "0788" + digits(6);
    }

    static String digits(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(ThreadLocalRandom.current().nextInt(10));
        }
        return s.toString();
    }
}
