package rw.paydesk.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A maker enters a beneficiary, an approver checks it, and it still cannot be paid until its
 * cooling-off has passed; a change of where the money goes needs a new approval.
 */
@ExtendWith(PayDeskServer.class)
class BeneficiariesIT {

    @Test
    void a_new_beneficiary_needs_an_approver_and_then_cools_off_before_any_payout() {
        String last = "Tester" + (char) ('a' + ThreadLocalRandom.current().nextInt(26)) + (char) ('a' + ThreadLocalRandom.current().nextInt(26));
        String phone = "0789" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        try (Browser maker = new Browser(); Browser approver = new Browser()) {
            maker.signIn("maker", "demo-maker-pass");
            maker.open("/payouts/beneficiaries.xhtml");
            // an MTN number declared as Airtel is refused by the service
            fillMobile(maker, phone, "Airtel", "Aline", last);
            maker.click(By.id("beneficiary:save"));
            assertTrue(maker.text(By.id("messages")).contains("is an MTN number, not Airtel"), maker.text(By.id("messages")));

            fillMobile(maker, phone, "", "Aline", last);
            maker.click(By.id("beneficiary:save"));
            assertTrue(maker.text(By.id("messages")).contains("an approver must check the details"), maker.text(By.id("messages")));
            WebElement row = row(maker, last);
            assertTrue(row.getText().contains("Waiting for approval"), row.getText());
            assertTrue(row.getText().contains("MTN Rwanda"), "the operator comes from the number: " + row.getText());
            assertFalse(maker.isPresent(By.xpath("//tr[contains(., '" + last + "')]//button[contains(., 'Approve')]")),
                    "a maker is offered no approval");
            maker.screenshot("beneficiaries");

            approver.signIn("approver", "demo-approver-pass");
            approver.open("/payouts/beneficiaries.xhtml");
            approver.click(By.xpath("//tr[contains(., '" + last + "')]//button[contains(., 'Approve')]"));
            assertTrue(approver.text(By.id("messages")).contains("approved. Payouts to it can start on"), approver.text(By.id("messages")));
            assertTrue(row(approver, last).getText().contains("Cooling off until"), row(approver, last).getText());

            maker.open("/payouts/index.xhtml");
            assertFalse(maker.driver().findElement(By.id("payout:beneficiary_input")).getAttribute("innerHTML").contains(last),
                    "not payable during the cooling-off");

            // a new number puts it back to approval
            maker.open("/payouts/beneficiaries.xhtml");
            maker.click(By.xpath("//tr[contains(., '" + last + "')]//button[contains(., 'Change')]"));
            maker.type(By.id("beneficiary:phone"), "0722" + phone.substring(4));
            maker.choose("beneficiary:provider", "From the number");
            maker.click(By.id("beneficiary:save"));
            assertTrue(row(maker, last).getText().contains("Waiting for approval"), row(maker, last).getText());
            assertTrue(row(maker, last).getText().contains("Airtel"), row(maker, last).getText());
        }
    }

    private static void fillMobile(Browser maker, String phone, String provider, String first, String last) {
        maker.type(By.id("beneficiary:phone"), phone);
        maker.choose("beneficiary:provider", provider.isEmpty() ? "From the number" : provider);
        maker.type(By.id("beneficiary:firstName"), first);
        maker.type(By.id("beneficiary:lastName"), last);
    }

    private static WebElement row(Browser browser, String last) {
        return browser.driver().findElement(By.xpath("//tbody/tr[contains(., '" + last + "')]"));
    }
}
