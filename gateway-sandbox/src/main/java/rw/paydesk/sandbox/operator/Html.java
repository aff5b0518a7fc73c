package rw.paydesk.sandbox.operator;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * The shared layout of the sandbox's pages: one small style sheet inline (no external assets,
 * so the pages work offline), readable at phone width.
 */
public final class Html {

    private static final String CSS = """
            *{box-sizing:border-box}
            body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2433;background:#f4f6f9}
            header{background:#17324d;color:#fff;padding:.7rem 1rem;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;align-items:center}
            header strong{font-size:1.05rem;margin-right:.6rem}
            header a{color:#cfe3ff;text-decoration:none}
            header a:hover{text-decoration:underline}
            main{max-width:980px;margin:0 auto;padding:1rem}
            h1{font-size:1.35rem;margin:.4rem 0 1rem}
            h2{font-size:1.1rem;margin:1.4rem 0 .6rem}
            .card{background:#fff;border:1px solid #dde3ea;border-radius:8px;padding:1rem;margin:0 0 1rem}
            table{width:100%;border-collapse:collapse;background:#fff}
            th,td{text-align:left;padding:.45rem .5rem;border-bottom:1px solid #e6eaf0;vertical-align:top}
            th{font-size:.8rem;text-transform:uppercase;letter-spacing:.03em;color:#5b6678}
            .num{text-align:right;font-variant-numeric:tabular-nums}
            .scroll{overflow-x:auto}
            code,pre{font:13px ui-monospace,SFMono-Regular,Menlo,monospace;background:#eef1f5;border-radius:4px;padding:.1rem .3rem}
            pre{padding:.6rem;overflow-x:auto;white-space:pre-wrap;word-break:break-all}
            form.inline{display:inline-flex;gap:.4rem;flex-wrap:wrap;align-items:center;margin:.2rem 0}
            label{display:block;font-size:.85rem;color:#475066;margin:.5rem 0 .2rem}
            input,select{font:inherit;padding:.45rem .55rem;border:1px solid #b9c3d0;border-radius:6px;background:#fff;max-width:100%}
            form.stack input,form.stack select{width:100%}
            button{font:inherit;padding:.45rem .9rem;border-radius:6px;border:1px solid #17324d;background:#17324d;color:#fff;cursor:pointer}
            button.secondary{background:#fff;color:#17324d}
            button.danger{background:#b3261e;border-color:#b3261e}
            .badge{display:inline-block;padding:.05rem .45rem;border-radius:999px;font-size:.8rem;background:#e6eaf0}
            .ok{background:#dff3e4;color:#17663a}.bad{background:#fbe1df;color:#8c1d18}.wait{background:#fff1cc;color:#7a5400}
            .muted{color:#6b7587;font-size:.88rem}
            .phone{max-width:360px;border:10px solid #1d2433;border-radius:26px;padding:1rem;background:#fff;margin:0 0 1rem}
            .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:1rem}
            .msg{padding:.6rem .8rem;border-radius:6px;background:#e8f1ff;margin:0 0 1rem}
            @media (max-width:600px){th,td{padding:.4rem .3rem;font-size:.9rem}main{padding:.6rem}}
            """;

    private Html() {
    }

    /** Escapes text for HTML content and attribute values. */
    public static String esc(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    /** An operator page with the navigation bar. {@code base} is the context path, e.g. "/sandbox". */
    public static String operatorPage(String base, String title, String body) {
        return document(title, "<header><strong>DGS-Pay sandbox</strong>"
                + "<a href=\"" + base + "/\">Home</a>"
                + "<a href=\"" + base + "/handset\">Virtual handset</a>"
                + "<a href=\"" + base + "/webhooks\">Webhooks</a>"
                + "<a href=\"" + base + "/accounts\">Accounts</a>"
                + "<a href=\"" + base + "/transactions\">Transactions</a>"
                + "<a href=\"" + base + "/rwandapay\">Rwanda Pay</a></header>"
                + "<main><h1>" + esc(title) + "</h1>" + body + "</main>", null, "DGS-Pay");
    }

    /** A customer-facing page (payment link, 3-D Secure) without the operator navigation. */
    public static String customerPage(String title, String body, Integer refreshSeconds) {
        return customerPage("DGS-Pay", title, body, refreshSeconds);
    }

    /** A customer-facing page of the emulated gateway {@code brand} (e.g. "Rwanda Pay"). */
    public static String customerPage(String brand, String title, String body, Integer refreshSeconds) {
        return document(title, "<header><strong>" + esc(brand) + "</strong><span class=\"muted\" style=\"color:#cfe3ff\">sandbox</span>"
                + "</header><main style=\"max-width:560px\"><h1>" + esc(title) + "</h1>" + body + "</main>", refreshSeconds, brand);
    }

    private static String document(String title, String body, Integer refreshSeconds, String brand) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + (refreshSeconds == null ? "" : "<meta http-equiv=\"refresh\" content=\"" + refreshSeconds + "\">")
                + "<title>" + esc(title) + " · " + esc(brand) + " sandbox</title><style>" + CSS + "</style></head><body>"
                + body + "</body></html>";
    }

    public static Response ok(String html) {
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    public static Response status(int status, String html) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    /** Post/redirect/get: after a form, back to a page, so a reload does not post again. */
    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    public static String badge(String status) {
        String kind = switch (status) {
            case "successful", "delivered", "success", "refunded", "partially_refunded" -> "ok";
            case "failed", "dropped" -> "bad";
            default -> "wait";
        };
        return "<span class=\"badge " + kind + "\">" + esc(status) + "</span>";
    }
}
