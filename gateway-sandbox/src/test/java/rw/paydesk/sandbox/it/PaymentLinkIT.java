package rw.paydesk.sandbox.it;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A customer pays through a payment link; the merchant gets a webhook and the balance moves. */
@ExtendWith(SandboxServer.class)
class PaymentLinkIT {

    private static final Api API = new Api();
    private static WebhookReceiver hooks;

    @BeforeAll
    static void receiver() {
        hooks = new WebhookReceiver();
    }

    @AfterAll
    static void stop() {
        hooks.close();
    }

    @Test
    void theQrCodeIsARealPngOfTheLink() throws Exception {
        Reply link = API.post("/api/create-link", Requests.link(hooks.url()));
        byte[] png = Api.getBytes(link.string("qr_code_url"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        // The image is a drawn code, not a photo: PURE_BARCODE reads it directly. Without it zxing's
        // finder-pattern search misses about one generated code in twenty-five, whatever the margin.
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        assertEquals(link.string("payment_link"), decoded);
    }

    @Test
    void payingALinkByMobileMoneyCreatesACollectionAndAWebhook() {
        // other tests' collections of this account, decided in the background, must not land between before and after
        API.awaitQuietWallet("RWF");
        long before = API.wallet("RWF").getJsonNumber("balance").longValue();
        Reply link = API.post("/api/create-link", Requests.link(hooks.url()));
        String url = link.string("payment_link");
        String page = Api.getUrl(url).text();
        assertTrue(page.contains("150000 RWF") && page.contains("Pay with mobile money") && page.contains("Pay by card"), page);
        Reply submit = Api.postForm(url + "/momo", Map.of("provider", "Airtel", "phone", "0722123456",
                "name", "Aline Uwase", "email", "aline@example.com"));
        assertEquals(303, submit.status(), submit.toString());
        assertTrue(Api.getUrl(url).text().contains("Waiting for your approval"));
        String reference = Api.getUrl(Api.base() + "/handset?phone=722123456").text()
                .replaceAll("(?s).*Ref (LNK[A-Z0-9]+).*", "$1");
        assertTrue(reference.startsWith("LNK"), "the prompt is on the virtual handset");
        assertTrue(Api.control("/handset/approve", "{\"reference\":\"" + reference + "\",\"pin\":\"4321\"}").json().getBoolean("approved"));
        JsonObject hook = hooks.awaitAccepted(reference).body();
        assertEquals("successful", hook.getString("status"));
        assertEquals(150000, hook.getInt("amount"));
        assertEquals(link.string("token"), hook.getJsonObject("metadata").getString("payment_link_token"));
        assertEquals("12345", hook.getJsonObject("metadata").getString("order_id"));
        assertEquals(before + 150000, API.wallet("RWF").getJsonNumber("balance").longValue());
        assertTrue(Api.getUrl(url).text().contains("Payment complete"));
        Reply secondPayment = Api.postForm(url + "/momo", Map.of("provider", "MTN", "phone", "0788000000",
                "name", "Someone Else", "email", "x@example.com"));
        assertTrue(secondPayment.text().contains("Payment complete"), "a paid link takes no second payment");
        assertEquals(1, hooks.about(reference).size());
        Api.await("settlement", Duration.ofSeconds(15), () -> API.wallet("RWF").getJsonNumber("pending_balance").longValue() == 0);
    }

    @Test
    void payingALinkByCardGoesThroughThreeDs() {
        Reply link = API.post("/api/create-link", Requests.link(hooks.url()));
        String url = link.string("payment_link");
        Reply submit = Api.postForm(url + "/card", Map.of("name", "John Doe", "email", "john@example.com",
                "card_number", "4532 1234 5678 9010", "expiry_month", "01", "expiry_year", "2028", "cvv", "123", "outcome", "approved"));
        assertEquals(303, submit.status(), submit.toString());
        String threeDs = submit.headers().firstValue("Location").orElseThrow();
        assertTrue(threeDs.contains("/3ds/chg_"), threeDs);
        assertEquals(303, Api.postForm(threeDs.replaceFirst("\\?.*", ""), Map.of("action", "authenticate",
                "link", link.string("token"))).status());
        assertTrue(Api.getUrl(url).text().contains("Payment complete"));
        Api.await("the card payment's webhook", Duration.ofSeconds(15), () -> hooks.all().stream()
                .anyMatch(h -> h.body().getJsonObject("metadata").getString("payment_link_token", "").equals(link.string("token"))));
        JsonObject hook = hooks.all().stream().filter(h -> h.body().getJsonObject("metadata")
                .getString("payment_link_token", "").equals(link.string("token"))).findFirst().orElseThrow().body();
        assertEquals("card", hook.getString("payment_type"));
        assertEquals("successful", hook.getString("status"));
    }

    @Test
    void aBadFormIsShownAgainWithItsErrors() {
        String url = API.post("/api/create-link", Requests.link(hooks.url())).string("payment_link");
        Reply r = Api.postForm(url + "/momo", Map.of("provider", "MTN", "phone", "12", "name", "X", "email", "nope"));
        assertEquals(200, r.status());
        assertTrue(r.text().contains("Please check") && r.text().contains("phone"), r.text());
    }

    @Test
    void anUnknownLinkIs404() {
        assertEquals(404, Api.getUrl(Api.base() + "/pay/doesnotexist").status());
    }
}
