package io.tradechain.gateway.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tradechain.chaincode.common.CreditCode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference workload of docs/domain.md section 2, replayed through the gateway's public REST
 * API: one CNY 60,000,000.00 certificate (6 months) spread over 49 tier-1, 50 tier-2 and 2 tier-3
 * suppliers. Tier-1 finances 51% of the face value at Bank1, holds 23% (+4% the published shares
 * leave unexplained), transfers 22% on; tier-2 finances 13%, holds 8% (+0.1%), transfers 0.9% on;
 * tier-3 finances 0.4% and holds 0.5%. The suppliers, their users and the invoice are generated
 * fixtures; the gateway (packaged, embedded ledger, fresh data directory) seeds them like the demo.
 * At the end the certificate's tree must hold exactly the face value in live pieces. Run:
 * scripts/reference-workload.sh
 */
public final class ReferenceWorkload {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long FACE = 6_000_000_000L; // CNY 60,000,000.00 in fen
    private static final String CORE = "91310115MA1K4HQ27W";
    private static final String BANK1 = "91110000710934YQ4T";
    private static final String TAX = "11310000MB2F0612X9";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private int calls;

    private ReferenceWorkload(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("tradechain-workload");
        List<String> tier1 = codes("913201", 49);
        List<String> tier2 = codes("913302", 50);
        List<String> tier3 = codes("923303", 2);
        writeFixtures(work, tier1, tier2, tier3);
        long started = System.nanoTime();
        try (GatewayProcess gateway =
                GatewayProcess.start(
                        work.resolve("ledger"),
                        work.resolve("gateway.log"),
                        work.resolve("users.json"),
                        work.resolve("parties.json"))) {
            long ready = System.nanoTime();
            ReferenceWorkload run = new ReferenceWorkload(gateway.base());
            Map<String, Long> shares = run.replay(tier1, tier2, tier3);
            long done = System.nanoTime();
            System.out.printf(
                    "gateway ready in %.1f s; workload: %d API calls in %.1f s%n",
                    (ready - started) / 1e9, run.calls, (done - ready) / 1e9);
            shares.forEach(
                    (k, v) ->
                            System.out.printf(
                                    "  %-20s %6.2f%% of the face value%n", k, v * 100.0 / FACE));
        }
    }

    private Map<String, Long> replay(List<String> tier1, List<String> tier2, List<String> tier3)
            throws Exception {
        Map<String, Long> shares = new LinkedHashMap<>();
        String invoiceId = registerInvoice();
        String maturity = LocalDate.now(ZoneOffset.UTC).plusMonths(6).toString();
        ObjectNode issue =
                JSON.createObjectNode()
                        .put("lineId", "Bank1MSP:" + CORE)
                        .put("supplierCode", tier1.get(0))
                        .put("maturityDate", maturity)
                        .put("contractRef", "LANDPORT-2026-REF")
                        .put("invoiceDocumentId", invoiceId);
        issue.set("amount", money(FACE));
        issue.set("invoice", invoice());
        String rootId =
                post("coreco.treasurer", "/api/v1/receivables/certificates", issue)
                        .path("result")
                        .path("rootId")
                        .asText();
        post(
                user(tier1.get(0)),
                "/api/v1/receivables/certificates/" + rootId + "/acceptance",
                null);

        // tier-1: the first supplier passes an equal share to each of the 48 others
        long perTier1 = FACE / 49;
        Map<String, String> pieceOf = new LinkedHashMap<>();
        String rest = rootId;
        for (int i = 1; i < 49; i++) {
            JsonNode moved = transfer(tier1.get(0), rest, tier1.get(i), perTier1).path("result");
            pieceOf.put(tier1.get(i), moved.path("transferred").path("pieceId").asText());
            rest = moved.path("remainder").path("pieceId").asText();
        }
        pieceOf.put(tier1.get(0), rest);

        // tier-1 transfers 22% on to the 50 tier-2 suppliers (the two that feed tier-3 get 0.45%
        // more each, the
        // other 48 correspondingly less) and finances 51%
        long base = FACE * 22 / 100 / 50;
        long toTier3Each = FACE * 9 / 1000 / 2;
        long less = toTier3Each * 2 / 48;
        Map<String, String> tier2Piece = new LinkedHashMap<>();
        for (int j = 0; j < 50; j++) {
            String from = tier1.get(Math.min(j, 48));
            long amount = j < 2 ? base + toTier3Each : base - less;
            JsonNode moved = transfer(from, pieceOf.get(from), tier2.get(j), amount).path("result");
            tier2Piece.put(tier2.get(j), moved.path("transferred").path("pieceId").asText());
            pieceOf.put(from, moved.path("remainder").path("pieceId").asText());
        }
        long tier1Transferred = base * 50;
        long financeTier1Each = FACE * 51 / 100 / 49;
        for (String supplier : tier1) {
            pieceOf.put(supplier, finance(supplier, pieceOf.get(supplier), financeTier1Each));
        }
        shares.put("tier-1 financed", financeTier1Each * 49);
        shares.put("tier-1 held", FACE - tier1Transferred - financeTier1Each * 49);
        shares.put("tier-1 transferred", tier1Transferred);

        // tier-2: 0.9% on to the two tier-3 suppliers, 13% financed, the rest held
        Map<String, String> tier3Piece = new LinkedHashMap<>();
        for (int k = 0; k < 2; k++) {
            String from = tier2.get(k);
            JsonNode moved =
                    transfer(from, tier2Piece.get(from), tier3.get(k), toTier3Each).path("result");
            tier3Piece.put(tier3.get(k), moved.path("transferred").path("pieceId").asText());
            tier2Piece.put(from, moved.path("remainder").path("pieceId").asText());
        }
        long financeTier2Each = FACE * 13 / 100 / 50;
        for (String supplier : tier2) {
            finance(supplier, tier2Piece.get(supplier), financeTier2Each);
        }
        shares.put("tier-2 financed", financeTier2Each * 50);
        shares.put("tier-2 held", tier1Transferred - toTier3Each * 2 - financeTier2Each * 50);
        shares.put("tier-2 transferred", toTier3Each * 2);

        // tier-3: 0.4% financed, 0.5% held
        long financeTier3Each = FACE * 4 / 1000 / 2;
        for (String supplier : tier3) {
            finance(supplier, tier3Piece.get(supplier), financeTier3Each);
        }
        shares.put("tier-3 financed", financeTier3Each * 2);
        shares.put("tier-3 held", toTier3Each * 2 - financeTier3Each * 2);

        long live = liveValue(rootId);
        if (live != FACE) {
            throw new IllegalStateException(
                    "value NOT conserved: live pieces hold " + live + " of " + FACE);
        }
        System.out.println(
                "value conserved: the live pieces of "
                        + rootId
                        + " hold exactly CNY 60,000,000.00");
        return shares;
    }

    /**
     * Requests financing of {@code amount} of the piece and Bank1 approves it; returns the holder's
     * remaining piece.
     */
    private String finance(String supplier, String pieceId, long amount) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.set("amount", money(amount));
        JsonNode request =
                post(user(supplier), "/api/v1/receivables/pieces/" + pieceId + "/financing", body)
                        .path("result");
        ObjectNode approval = JSON.createObjectNode();
        ObjectNode terms = approval.putObject("terms").put("ratePerAnnumBp", 365);
        terms.set("fee", money(0));
        terms.set("disbursed", money(amount - amount * 365 / 10_000 / 2));
        approval.set("document", invoice());
        post(
                "bank1.officer",
                "/api/v1/receivables/financings/"
                        + request.path("requestId").asText()
                        + "/approval",
                approval);
        JsonNode holdings =
                get(
                        user(supplier),
                        "/api/v1/receivables/parties/" + supplier + "/holdings?pageSize=200");
        for (JsonNode piece : holdings.path("items")) {
            if ("LIVE".equals(piece.path("status").asText())) {
                return piece.path("pieceId").asText();
            }
        }
        return null;
    }

    private long liveValue(String rootId) throws Exception {
        long live = 0;
        JsonNode tree =
                get("coreco.treasurer", "/api/v1/receivables/certificates/" + rootId + "/tree");
        List<JsonNode> stack = new ArrayList<>(List.of(tree));
        while (!stack.isEmpty()) {
            JsonNode piece = stack.remove(stack.size() - 1);
            String status = piece.path("status").asText();
            if ("LIVE".equals(status) || "FINANCING".equals(status)) {
                live += piece.path("amount").path("minorUnits").asLong();
            }
            piece.path("children").forEach(stack::add);
        }
        return live;
    }

    private String registerInvoice() throws Exception {
        ObjectNode fields = invoice();
        fields.remove("type");
        return post("tax.officer", "/api/v1/verification/invoices", fields)
                .path("result")
                .path("documentId")
                .asText();
    }

    /**
     * The trade behind the certificate: CNY 53,097,345.13 + 13% tax = 60,000,000.00, issued
     * yesterday.
     */
    private static ObjectNode invoice() {
        ObjectNode invoice =
                JSON.createObjectNode()
                        .put("type", "INVOICE")
                        .put("invoiceCode", "3100194130")
                        .put("invoiceNumber", "07700001")
                        .put("checkCode", "55512345678901234567")
                        .put("sellerCode", codes("913201", 1).get(0))
                        .put("buyerCode", CORE)
                        .put("issueDate", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString());
        invoice.set("amount", money(5_309_734_513L));
        invoice.set("tax", money(690_265_487L));
        return invoice;
    }

    private JsonNode transfer(String from, String pieceId, String to, long amount)
            throws Exception {
        ObjectNode body = JSON.createObjectNode().put("recipientCode", to);
        body.set("amount", money(amount));
        return post(user(from), "/api/v1/receivables/pieces/" + pieceId + "/transfers", body);
    }

    private static ObjectNode money(long minorUnits) {
        return JSON.createObjectNode().put("currency", "CNY").put("minorUnits", minorUnits);
    }

    private static String user(String code) {
        return "s-" + code.toLowerCase();
    }

    private JsonNode post(String user, String path, JsonNode body) throws Exception {
        return send(
                user,
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        body == null ? "" : body.toString())),
                path);
    }

    private JsonNode get(String user, String path) throws Exception {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET(), path);
    }

    private JsonNode send(String user, HttpRequest.Builder request, String path) throws Exception {
        calls++;
        String auth =
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response =
                http.send(
                        request.header("Authorization", auth).build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(
                    user + " " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    /** Valid credit codes: prefix + "MA" + serial, check character computed. */
    private static List<String> codes(String prefix, int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String first17 = prefix + "00MA" + String.format("%07d", i + 1);
            codes.add(first17 + CreditCode.checkCharacter(first17));
        }
        return codes;
    }

    private static void writeFixtures(
            Path dir, List<String> tier1, List<String> tier2, List<String> tier3) throws Exception {
        ArrayNode parties = JSON.createArrayNode();
        ArrayNode users = JSON.createArrayNode();
        party(
                parties,
                CORE,
                "Huadong Heavy Equipment (reference core enterprise)",
                "CORE_ENTERPRISE",
                "CorpMSP");
        party(parties, BANK1, "Huashang Bank", "BANK", "Bank1MSP");
        party(parties, TAX, "Shanghai Tax Service (sample)", "AUTHORITY", "AuthorityMSP");
        user(users, "corp.admin", "CorpMSP", null, "corp-admin", "admin");
        user(users, "bank1.admin", "Bank1MSP", null, "bank1-admin", "admin");
        user(users, "authority.admin", "AuthorityMSP", null, "authority-admin", "admin");
        user(users, "coreco.treasurer", "CorpMSP", CORE, "coreco-treasurer", "operator");
        user(users, "bank1.officer", "Bank1MSP", BANK1, "bank1-officer", "operator");
        user(users, "tax.officer", "AuthorityMSP", TAX, "tax-officer", "operator");
        user(users, "regulator.auditor", "RegulatorMSP", null, "regulator-auditor", "viewer");
        for (List<String> tier : List.of(tier1, tier2, tier3)) {
            for (String code : tier) {
                party(parties, code, "Supplier " + code, "SUPPLIER", "CorpMSP");
                user(users, user(code), "CorpMSP", code, user(code), "operator");
            }
        }
        Files.writeString(dir.resolve("parties.json"), parties.toPrettyString());
        Files.writeString(dir.resolve("users.json"), users.toPrettyString());
    }

    private static void party(
            ArrayNode parties, String code, String name, String kind, String msp) {
        parties.addObject()
                .put("creditCode", code)
                .put("name", name)
                .put("englishName", name)
                .put("kind", kind)
                .put("mspId", msp)
                .put("role", kind.toLowerCase());
    }

    private static void user(
            ArrayNode users, String name, String msp, String party, String identity, String role) {
        ObjectNode user =
                users.addObject()
                        .put("username", name)
                        .put("password", "demo")
                        .put("mspId", msp)
                        .put("partyCode", party)
                        .put("identity", identity);
        user.putArray("roles").add(role);
        user.put("description", "reference workload");
    }
}
