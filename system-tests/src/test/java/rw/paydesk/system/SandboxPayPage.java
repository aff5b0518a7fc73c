package rw.paydesk.system;

import org.openqa.selenium.By;

/**
 * What a customer does on the gateway sandbox's own pages: the hosted payment page of a
 * link, and the virtual handset where a mobile-money prompt is approved with a PIN.
 */
final class SandboxPayPage {

    private SandboxPayPage() {
    }

    /** On an open payment-link page: pay by mobile money, then approve the prompt on the handset. */
    static void payWithMobileMoney(Browser customer, String phone) {
        customer.type(By.id("m-phone"), phone);
        customer.type(By.id("m-name"), "Grace Ingabire");
        customer.type(By.id("m-email"), "grace@example.rw");
        customer.click(By.xpath("//button[text()='Pay with mobile money']"));
        approveOnHandset(customer, phone);
    }

    /** Opens the virtual handset for the phone and approves its waiting prompt with a PIN. */
    static void approveOnHandset(Browser customer, String phone) {
        String national = phone.replaceAll("\\D", "").replaceFirst("^0", "");
        customer.driver().get(PayDeskServer.baseUrl() + "/sandbox/handset?phone=" + national);
        customer.waitForPage();
        customer.screenshot("sandbox-handset");
        customer.type(By.name("pin"), "1234");
        customer.click(By.xpath("//button[text()='Approve']"));
    }
}
