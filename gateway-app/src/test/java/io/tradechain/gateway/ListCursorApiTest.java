package io.tradechain.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tradechain.chaincode.common.PageCursor;
import io.tradechain.gateway.support.ApiScenarios;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every GET endpoint with a {@code bookmark} query parameter, found in the OpenAPI document (so a
 * new list endpoint is covered without touching this test), against crafted bookmarks: raw ledger
 * keys of other parties and object types, NUL, cursors handed out to other callers or by other
 * endpoints, valid cursors of other scopes, garbage. Each answer is a 400 with code INVALID_CURSOR
 * or a 200 whose rows all belong to the caller's own list; no client's bad cursor puts an error or
 * a stack trace in the log; following the real cursors visits every row once.
 */
@QuarkusTest
class ListCursorApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUZHOU = "91320505MA1W3KT8XR";
    private static final String HANGZHOU = "91330106MA2CF1L6NM";
    private static final String CORE = "91310115MA1K4HQ27W";
    private static final String BANK1 = "91110000710934YQ4T";
    private static final String BANK2 = "91310000132208M57T";
    private static final String TAX = "11310000MB2F0612X9";

    /** Callers and the party code each one's own lists are about (the regulator reads Suzhou's). */
    private static final Map<String, String> CALLERS = new LinkedHashMap<>();

    private static final List<String> OTHER_CODES = List.of(SUZHOU, HANGZHOU, BANK1, TAX);

    /** A sample of the object types (the chaincode modules' own tests try every one of theirs). */
    private static final List<String> TYPES =
            List.of(
                    "rhold",
                    "rpiece",
                    "rfin",
                    "vdoc",
                    "vdoc-owner",
                    "party",
                    "party~identity",
                    "listing",
                    "lcby",
                    "ffoffer",
                    "idempotency");

    static {
        CALLERS.put("suzhou.clerk", SUZHOU);
        CALLERS.put("coreco.treasurer", CORE);
        CALLERS.put("bank1.officer", BANK1);
        CALLERS.put("tax.officer", TAX);
        CALLERS.put("regulator.auditor", SUZHOU);
    }

    private final List<LogRecord> errors = new CopyOnWriteArrayList<>();

    /**
     * Collects the error records (SEVERE, or a WARNING with a stack trace) that the log's own
     * handlers would write: the shim reports every refused transaction at SEVERE, and the testkit's
     * filter on those handlers drops the reports of business refusals (an expected outcome), so
     * what counts is what gets past the handlers.
     */
    private final Handler capture =
            new Handler() {
                @Override
                public void publish(LogRecord record) {
                    boolean error =
                            record.getLevel().intValue() >= Level.SEVERE.intValue()
                                    || record.getThrown() != null
                                            && record.getLevel().intValue()
                                                    >= Level.WARNING.intValue();
                    if (error
                            && java.util.Arrays.stream(Logger.getLogger("").getHandlers())
                                    .anyMatch(
                                            handler ->
                                                    handler != this
                                                            && handler.isLoggable(record))) {
                        errors.add(record);
                    }
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            };

    @BeforeEach
    void captureErrors() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    /** One list endpoint as one caller sees it. */
    record View(String template, String user, String path) {
        Response get(int pageSize, String bookmark) {
            var request =
                    given().auth()
                            .preemptive()
                            .basic(user, "demo")
                            .accept("application/json")
                            .queryParam("pageSize", pageSize);
            if (bookmark != null) {
                request = request.queryParam("bookmark", bookmark);
            }
            return request.get(path);
        }

        @Override
        public String toString() {
            return user + " GET " + path;
        }
    }

    /** The GET paths of the OpenAPI document that take a {@code bookmark} query parameter. */
    private static List<String> listEndpoints() throws Exception {
        JsonNode document =
                JSON.readTree(
                        given().accept("application/json")
                                .get("/q/openapi?format=json")
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString());
        List<String> paths = new ArrayList<>();
        document.path("paths")
                .properties()
                .forEach(
                        path -> {
                            for (JsonNode parameter :
                                    path.getValue().path("get").path("parameters")) {
                                if ("bookmark".equals(parameter.path("name").asText())
                                        && "query".equals(parameter.path("in").asText())) {
                                    paths.add(path.getKey());
                                }
                            }
                        });
        return paths;
    }

    /**
     * Every (endpoint, caller) whose first page the caller may read, path parameters set to the
     * caller's party.
     */
    private static List<View> views() throws Exception {
        List<String> endpoints = listEndpoints();
        assertThat(endpoints)
                .as("list endpoints in the OpenAPI document")
                .hasSizeGreaterThanOrEqualTo(7)
                .contains("/api/v1/receivables/parties/{creditCode}/holdings");
        List<View> views = new ArrayList<>();
        Set<String> covered = new LinkedHashSet<>();
        for (String template : endpoints) {
            for (Map.Entry<String, String> caller : CALLERS.entrySet()) {
                String path =
                        template.replace("{offerId}", offerId())
                                .replace("{reportId}", reportId())
                                .replaceAll(
                                        "\\{[^}]+}", Matcher.quoteReplacement(caller.getValue()));
                View view = new View(template, caller.getKey(), path);
                if (view.get(200, null).statusCode() == 200) {
                    views.add(view);
                    covered.add(template);
                }
            }
        }
        assertThat(covered)
                .as("every list endpoint is readable by one of the callers")
                .containsExactlyInAnyOrderElementsOf(endpoints);
        return views;
    }

    private static String offerId;
    private static String reportId;

    /** The demo's forfaiting offer, for the lists under an offer (its quotes). */
    private static synchronized String offerId() {
        if (offerId == null) {
            offerId =
                    given().auth()
                            .preemptive()
                            .basic("bank1.officer", "demo")
                            .get("/api/v1/forfaiting/offers")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("items[0].offerId");
        }
        return offerId;
    }

    /**
     * A report on a fresh, unregistered code (blacklisting nobody another test uses), for its
     * history.
     */
    private static synchronized String reportId() {
        if (reportId == null) {
            reportId =
                    ApiScenarios.as("bank1.officer")
                            .body(BlacklistApiTest.report(TestCodes.fresh(), "LOAN_DEFAULT"))
                            .post("/api/v1/blacklist/reports")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("result.reportId");
        }
        return reportId;
    }

    /** Every row of the view's list, following its cursors with big pages. */
    private static List<JsonNode> allRows(View view) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        String bookmark = "";
        int pages = 0;
        do {
            JsonNode page =
                    JSON.readTree(
                            view.get(200, bookmark).then().statusCode(200).extract().asString());
            assertThat(page.has("items") && page.has("bookmark"))
                    .as(view + " answers items and bookmark")
                    .isTrue();
            page.path("items").forEach(rows::add);
            bookmark = page.path("bookmark").asText("");
            assertThat(++pages).isLessThan(100);
        } while (!bookmark.isEmpty());
        return rows;
    }

    private static List<String> crafted() {
        Set<String> bookmarks =
                new LinkedHashSet<>(
                        List.of(
                                "\u0000",
                                "\u0000\u0000",
                                "%00",
                                "%00rhold%00",
                                " ",
                                "v1",
                                "v1.",
                                "v1.AAAA",
                                "v1.e30",
                                "v2.AAAA",
                                "v1.!!",
                                "null",
                                "{}",
                                "\uDBFF\uDFFF",
                                "simple",
                                "x".repeat(3000),
                                "v1." + "A".repeat(3000)));
        for (String type : TYPES) {
            bookmarks.add("\u0000" + type + "\u0000");
            for (String code : OTHER_CODES) {
                bookmarks.add("\u0000" + type + "\u0000" + code + "\u0000");
                bookmarks.add("%00" + type + "%00" + code + "%00");
            }
            // well-formed cursors of other scopes (a client who read the format can build them)
            bookmarks.add(
                    PageCursor.at(
                                    new CompositeKey(type),
                                    new CompositeKey(type, "0", "0").toString())
                            .encode());
            bookmarks.add(
                    PageCursor.at(
                                    new CompositeKey(type, HANGZHOU),
                                    new CompositeKey(type, HANGZHOU, "0").toString())
                            .encode());
        }
        return List.copyOf(bookmarks);
    }

    @Test
    void hostileBookmarksAreRefusedOrStayInTheCallersList() throws Exception {
        List<View> views = views();
        // cursors really handed out, to every caller by every endpoint
        Map<View, String> handedOut = new LinkedHashMap<>();
        for (View view : views) {
            String bookmark = view.get(1, null).then().statusCode(200).extract().path("bookmark");
            if (bookmark != null && !bookmark.isEmpty()) {
                handedOut.put(view, bookmark);
            }
        }
        assertThat(handedOut).as("some lists span several pages").hasSizeGreaterThanOrEqualTo(3);
        List<String> hostile = new ArrayList<>(crafted());
        errors.clear();
        int refused = 0;
        int answered = 0;
        for (View view : views) {
            Set<String> mine = new LinkedHashSet<>();
            for (JsonNode row : allRows(view)) {
                mine.add(row.toString());
            }
            List<String> bookmarks = new ArrayList<>(hostile);
            handedOut.forEach(
                    (other, cursor) -> {
                        if (!other.equals(view)) {
                            bookmarks.add(cursor);
                        }
                    });
            for (String bookmark : bookmarks) {
                Response response = view.get(5, bookmark);
                String shown =
                        view
                                + " bookmark '"
                                + (bookmark.length() > 40
                                                ? bookmark.substring(0, 40) + "..."
                                                : bookmark)
                                        .replace("\u0000", "\\0")
                                + "'";
                if (response.statusCode() == 400) {
                    JsonNode body = JSON.readTree(response.asString());
                    assertThat(body.path("code").asText()).as(shown).isEqualTo("INVALID_CURSOR");
                    assertThat(body.path("details").path("field").asText())
                            .as(shown)
                            .isEqualTo("bookmark");
                    assertThat(response.asString())
                            .as(shown + " echoes nothing")
                            .doesNotContain("\\u0000")
                            .doesNotContain("at io.")
                            .doesNotContain(HANGZHOU);
                    refused++;
                } else {
                    assertThat(response.statusCode())
                            .as(shown + ": " + response.asString())
                            .isEqualTo(200);
                    for (JsonNode row : JSON.readTree(response.asString()).path("items")) {
                        assertThat(mine)
                                .as(shown + " answered a row outside the caller's list")
                                .contains(row.toString());
                    }
                    answered++;
                }
            }
        }
        assertThat(refused).as("hostile bookmarks refused").isGreaterThan(answered);
        assertThat(errors)
                .as("no error or stack trace logged for a client's bad cursor")
                .extracting(r -> r.getLoggerName() + ": " + r.getMessage())
                .isEmpty();
    }

    @Test
    void followingTheCursorsVisitsEveryRowOnce() throws Exception {
        int multiPage = 0;
        for (View view : views()) {
            List<String> whole = new ArrayList<>();
            allRows(view).forEach(row -> whole.add(row.toString()));
            List<String> paged = new ArrayList<>();
            String bookmark = null;
            int pages = 0;
            do {
                JsonNode page =
                        JSON.readTree(
                                view.get(2, bookmark).then().statusCode(200).extract().asString());
                page.path("items").forEach(row -> paged.add(row.toString()));
                bookmark = page.path("bookmark").asText("");
                assertThat(bookmark)
                        .as(view + ": a bookmark is an opaque cursor")
                        .matches("|v1\\.[A-Za-z0-9_-]+");
                pages++;
            } while (!bookmark.isEmpty() && pages < 200);
            assertThat(paged)
                    .as(view.toString())
                    .containsExactlyElementsOf(whole)
                    .doesNotHaveDuplicates();
            if (pages > 1) {
                multiPage++;
            }
        }
        assertThat(multiPage).as("lists that span several pages").isGreaterThanOrEqualTo(3);
    }
}
