package io.tradechain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each test pins one behaviour of a Fabric peer that the in-memory ledger must reproduce. */
class InMemoryLedgerTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-03-01T08:00:00Z"));
    private final InMemoryLedger ledger = InMemoryLedger.builder().clock(clock).build();
    private final Identity alice;
    private final Identity bob;
    private final Identity regulator;

    InMemoryLedgerTest() {
        ledger.deploy(
                ChaincodeDefinition.builder("sample")
                        .contractPackages("io.tradechain.ledger.sample")
                        .collection(CollectionConfig.of("bankTerms", "Bank1MSP", "RegulatorMSP"))
                        .collection(
                                new CollectionConfig(
                                        "openWrite",
                                        java.util.Set.of("Bank1MSP"),
                                        1,
                                        1,
                                        0,
                                        false,
                                        false))
                        .build());
        ledger.deploy(
                ChaincodeDefinition.builder("other")
                        .contractPackages("io.tradechain.ledger.other")
                        .build());
        alice = ledger.msp("Bank1MSP").client("alice");
        bob = ledger.msp("Bank2MSP").client("bob");
        regulator = ledger.msp("RegulatorMSP").client("auditor", Map.of("role", "auditor"));
    }

    private TxResult submit(Identity who, String function, String... args) {
        return ledger.submit(Invocation.of(who, "sample", function, args));
    }

    private String query(Identity who, String function, String... args) {
        TxResult result = ledger.evaluate(Invocation.of(who, "sample", function, args));
        assertThat(result.isEndorsed()).as(result.message()).isTrue();
        return result.payloadAsString();
    }

    private static TxResult ok(TxResult result) {
        assertThat(result.isSuccess()).as(result.toString()).isTrue();
        return result;
    }

    @Nested
    class StateAndReadWriteSets {
        @Test
        void aTransactionDoesNotReadItsOwnWrites() {
            assertThat(ok(submit(alice, "PutThenGet", "k", "v1")).payloadAsString())
                    .isEqualTo("<absent>");
            assertThat(ok(submit(alice, "PutThenGet", "k", "v2")).payloadAsString())
                    .isEqualTo("v1");
            assertThat(query(alice, "Get", "k")).isEqualTo("v2");
        }

        @Test
        void anEvaluationWritesNothing() {
            TxResult result = ledger.evaluate(Invocation.of(alice, "sample", "Put", "k", "v"));
            assertThat(result.isSuccess()).isTrue();
            assertThat(result.blockNumber()).isEqualTo(-1);
            assertThat(ledger.committedState("sample", "k")).isEmpty();
            assertThat(ledger.height()).isZero();
        }

        @Test
        void anEmptyValueIsADelete() {
            ok(submit(alice, "Put", "k", "v"));
            ok(submit(alice, "PutEmpty", "k"));
            assertThat(ledger.committedState("sample", "k")).isEmpty();
            ok(submit(alice, "Put", "k", "v"));
            ok(submit(alice, "Del", "k"));
            assertThat(query(alice, "Get", "k")).isEqualTo("<absent>");
        }

        @Test
        void anEmptyKeyFailsTheTransaction() {
            TxResult result = submit(alice, "Put", "", "v");
            assertThat(result.isEndorsed()).isFalse();
            assertThat(ledger.height()).isZero();
        }

        @Test
        void chaincodesHaveSeparateNamespaces() {
            ok(submit(alice, "Put", "k", "sample's"));
            assertThat(ledger.committedState("other", "k")).isEmpty();
        }
    }

    @Nested
    class Queries {
        @Test
        void rangesAreSortedStartInclusiveEndExclusiveAndSkipCompositeKeys() {
            for (String key : List.of("b", "a", "d", "c", "aa")) {
                ok(submit(alice, "Put", key, "x"));
            }
            ok(submit(alice, "PutComposite", "order", "1", "x"));

            assertThat(query(alice, "Range", "", "")).isEqualTo("a,aa,b,c,d");
            assertThat(query(alice, "Range", "aa", "c")).isEqualTo("aa,b");
            assertThat(query(alice, "Range", "b", "")).isEqualTo("b,c,d");
        }

        @Test
        void aRangeStartingWithTheCompositeNamespaceIsRefused() {
            assertThat(
                            ledger.evaluate(
                                            Invocation.of(
                                                    alice, "sample", "Range", "\u0000order", ""))
                                    .isEndorsed())
                    .isFalse();
        }

        @Test
        void partialCompositeKeysMatchLeadingAttributes() {
            ok(submit(alice, "PutComposite", "order", "b", "2"));
            ok(submit(alice, "PutComposite", "order", "a", "9"));
            ok(submit(alice, "PutComposite", "order", "a", "1"));
            ok(submit(alice, "PutComposite", "orders", "a", "1"));
            ok(submit(alice, "PutComposite", "order", "a\uD83D\uDE00", "1"));

            assertThat(query(alice, "Partial", "order", "a")).isEqualTo("a/1,a/9");
            assertThat(query(alice, "Partial", "order", ""))
                    .isEqualTo("a/1,a/9,a\uD83D\uDE00/1,b/2");
        }

        @Test
        void followingBookmarksVisitsEveryKeyOnce() {
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 23; i++) {
                String a = String.format("%03d", i);
                ok(submit(alice, "PutComposite", "item", a, "x"));
                expected.add(a + "/x");
            }
            List<String> seen = new ArrayList<>();
            String bookmark = "";
            int pages = 0;
            do {
                String[] parts = query(alice, "Page", "item", "10", bookmark).split("\\|", -1);
                seen.addAll(List.of(parts[0].split(",")));
                assertThat(Integer.parseInt(parts[1])).isLessThanOrEqualTo(10);
                bookmark = parts[2];
                pages++;
            } while (!bookmark.isEmpty());
            assertThat(pages).isEqualTo(3);
            assertThat(seen).containsExactlyElementsOf(expected);
        }

        /**
         * A peer substitutes the bookmark for the start key and keeps the range's end. The
         * in-memory stub answers a bookmark that is not a key of the queried range with an empty
         * page, never with keys of other prefixes or object types (a peer would read from a too-low
         * bookmark up to the range's end: chaincode must not pass clients' text on as bookmarks).
         */
        @Test
        void aBookmarkOutsideThePartialKeyRangeGivesAnEmptyPage() {
            ok(submit(alice, "PutComposite", "a-below", "1", "x"));
            ok(submit(alice, "PutComposite", "item", "001", "x"));
            ok(submit(alice, "PutComposite", "item", "002", "x"));
            ok(submit(alice, "PutComposite", "itemz", "1", "x"));
            ok(submit(alice, "PutComposite", "zz-above", "1", "x"));
            ok(submit(alice, "Put", "simple", "v"));
            for (String outside :
                    List.of(
                            "\u0000",
                            "\u0000a-below\u0000",
                            "\u0000a-below\u00001\u0000x\u0000",
                            "\u0000itel",
                            "\u0000item",
                            "\u0000itemz\u00001\u0000x\u0000",
                            "\u0000zz-above\u0000",
                            "simple",
                            "\uDBFF\uDFFF",
                            "\u0000item\u0000\uDBFF\uDFFF",
                            "\uD800")) {
                assertThat(query(alice, "Page", "item", "10", outside))
                        .as(outside.replace('\u0000', '#'))
                        .isEqualTo("|0|");
            }
            assertThat(query(alice, "Page", "item", "10", "\u0000item\u0000002\u0000"))
                    .isEqualTo("002/x|1|");
            assertThat(query(alice, "Page", "item", "10", "\u0000item\u0000"))
                    .isEqualTo("001/x,002/x|2|");
        }

        @Test
        void rangeBoundsFollowLevelDbOrder() {
            assertThat(InMemoryChaincodeStub.withinRange("b", "a", "c")).isTrue();
            assertThat(InMemoryChaincodeStub.withinRange("a", "a", "c")).isTrue();
            assertThat(InMemoryChaincodeStub.withinRange("c", "a", "c")).isFalse();
            assertThat(InMemoryChaincodeStub.withinRange("0", "a", "c")).isFalse();
            assertThat(InMemoryChaincodeStub.withinRange("zzz", "a", "")).isTrue();
            assertThat(InMemoryChaincodeStub.withinRange("\u0000x", "\u0001", "")).isFalse();
            assertThat(InMemoryChaincodeStub.withinRange("a\uFFFF", "a", "a\uDBFF\uDFFF")).isTrue();
            assertThat(InMemoryChaincodeStub.withinRange("a\uD800", "a", "")).isFalse();
        }

        @Test
        void paginatedQueriesAreRefusedInTransactionsThatWrite() {
            ok(submit(alice, "PutComposite", "item", "1", "x"));
            assertThat(submit(alice, "PutThenPage", "item").isEndorsed()).isFalse();
            assertThat(submit(alice, "PageThenPut", "item").isEndorsed()).isFalse();
            assertThat(ledger.committedState("sample", "x")).isEmpty();
        }

        @Test
        void richQueriesAreRefusedBecauseLevelDbHasNone() {
            TxResult result =
                    ledger.evaluate(Invocation.of(alice, "sample", "Rich", "{\"selector\":{}}"));
            assertThat(result.isEndorsed()).isFalse();
        }

        @Test
        void historyIsNewestFirstWithDeletes() {
            String first = ok(submit(alice, "Put", "k", "v1")).txId();
            String second = ok(submit(alice, "Put", "k", "v2")).txId();
            String third = ok(submit(alice, "Del", "k")).txId();

            assertThat(query(alice, "History", "k"))
                    .isEqualTo(third + ":deleted," + second + ":v2," + first + ":v1");
        }
    }

    @Nested
    class Validation {
        @Test
        void twoTransactionsReadingTheSameKeyInOneBlockConflict() {
            ok(submit(alice, "Put", "counter", "5"));
            Endorsement first =
                    ledger.endorse(Invocation.of(alice, "sample", "EventAndIncrement", "counter"));
            Endorsement second =
                    ledger.endorse(Invocation.of(bob, "sample", "EventAndIncrement", "counter"));

            List<TxResult> results = ledger.commit(first, second);

            assertThat(results)
                    .extracting(TxResult::validationCode)
                    .containsExactly(ValidationCode.VALID, ValidationCode.MVCC_READ_CONFLICT);
            assertThat(results.get(1).isSuccess()).isFalse();
            assertThat(results.get(1).event()).isEmpty();
            assertThat(query(alice, "Get", "counter")).isEqualTo("6");
            assertThat(ledger.events())
                    .extracting(ChaincodeEventRecord::txId)
                    .containsExactly(first.txId());
            assertThat(ledger.block(results.get(1).blockNumber()).transactions()).hasSize(2);
        }

        @Test
        void aStaleReadConflictsInALaterBlockToo() {
            Endorsement stale =
                    ledger.endorse(Invocation.of(alice, "sample", "Increment", "counter"));
            ok(submit(bob, "Increment", "counter"));

            assertThat(ledger.commit(stale).get(0).validationCode())
                    .isEqualTo(ValidationCode.MVCC_READ_CONFLICT);
            assertThat(query(alice, "Get", "counter")).isEqualTo("1");
        }

        @Test
        void aKeyAppearingInAReadRangeIsAPhantom() {
            ok(submit(alice, "Put", "a1", "x"));
            Endorsement counting =
                    ledger.endorse(
                            Invocation.of(alice, "sample", "CountRangeThenPut", "a", "b", "n"));
            ok(submit(bob, "Put", "a2", "x"));

            assertThat(ledger.commit(counting).get(0).validationCode())
                    .isEqualTo(ValidationCode.PHANTOM_READ_CONFLICT);
            assertThat(ledger.committedState("sample", "n")).isEmpty();
        }

        @Test
        void concurrentReadModifyWritesCountOnlyTheValidOnes() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<TxResult>> futures = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                futures.add(pool.submit(() -> submit(alice, "Increment", "hot")));
            }
            int valid = 0;
            for (Future<TxResult> future : futures) {
                TxResult result = future.get();
                assertThat(result.validationCode())
                        .isIn(ValidationCode.VALID, ValidationCode.MVCC_READ_CONFLICT);
                valid += result.validationCode() == ValidationCode.VALID ? 1 : 0;
            }
            pool.shutdown();
            assertThat(valid).isPositive();
            assertThat(query(alice, "Get", "hot")).isEqualTo(Integer.toString(valid));
        }

        @Test
        void aFailedEndorsementIsNeverOrdered() {
            Endorsement failed = ledger.endorse(Invocation.of(alice, "sample", "Put", "", "v"));
            assertThatThrownBy(() -> ledger.commit(failed))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void blocksAreHashChained() {
            ok(submit(alice, "Put", "a", "1"));
            ok(submit(alice, "Put", "b", "2"));
            Block first = ledger.block(0);
            Block second = ledger.block(1);
            assertThat(first.previousHash()).isEmpty();
            assertThat(second.previousHash()).isEqualTo(first.hash());
            assertThat(second.hash()).hasSize(64).isNotEqualTo(first.hash());
            assertThat(ledger.transaction(second.transactions().get(0).txId())).isPresent();
        }
    }

    @Nested
    class PrivateData {
        private TxResult putPrivate(
                Identity who, String collection, String key, String value, String... endorsers) {
            return ledger.submit(
                    Invocation.builder(who, "sample", "PutPrivate")
                            .args(collection, key)
                            .transientData("value", value)
                            .endorsingOrganizations(endorsers)
                            .build());
        }

        @Test
        void membersReadAndEveryoneSeesTheHash() {
            ok(putPrivate(alice, "bankTerms", "rate", "3.85%"));

            assertThat(query(alice, "GetPrivate", "bankTerms", "rate")).isEqualTo("3.85%");
            assertThat(
                            ledger.evaluate(
                                            Invocation.builder(regulator, "sample", "GetPrivate")
                                                    .args("bankTerms", "rate")
                                                    .endorsingOrganizations("RegulatorMSP")
                                                    .build())
                                    .payloadAsString())
                    .isEqualTo("3.85%");
            String expected =
                    HexFormat.of()
                            .formatHex(
                                    InMemoryChaincodeStub.sha256(
                                            "3.85%".getBytes(StandardCharsets.UTF_8)));
            assertThat(query(bob, "PrivateHash", "bankTerms", "rate")).isEqualTo(expected);
            assertThat(query(bob, "PrivateHash", "bankTerms", "none")).isEqualTo("<absent>");
            assertThat(ledger.committedPrivateData("sample", "bankTerms", "rate")).isPresent();
        }

        @Test
        void aNonMemberCreatorCannotRead() {
            ok(putPrivate(alice, "bankTerms", "rate", "3.85%"));
            TxResult read =
                    ledger.evaluate(
                            Invocation.builder(bob, "sample", "GetPrivate")
                                    .args("bankTerms", "rate")
                                    .endorsingOrganizations("Bank1MSP")
                                    .build());
            assertThat(read.isEndorsed()).isFalse();
        }

        @Test
        void aNonMemberPeerHoldsNoPrivateData() {
            ok(putPrivate(alice, "openWrite", "k", "v"));
            TxResult read =
                    ledger.evaluate(
                            Invocation.builder(alice, "sample", "GetPrivate")
                                    .args("openWrite", "k")
                                    .endorsingOrganizations("Bank2MSP")
                                    .build());
            assertThat(read.isEndorsed()).isFalse();
        }

        @Test
        void memberOnlyWriteRefusesOtherCreators() {
            assertThat(putPrivate(bob, "bankTerms", "rate", "9%", "Bank1MSP").isEndorsed())
                    .isFalse();
            assertThat(putPrivate(bob, "openWrite", "k", "v", "Bank1MSP").isSuccess()).isTrue();
        }

        @Test
        void anUnknownCollectionIsRefused() {
            assertThat(putPrivate(alice, "nope", "k", "v").isEndorsed()).isFalse();
        }

        @Test
        void privateRangeQueriesOnlyInReadOnlyTransactions() {
            ok(putPrivate(alice, "bankTerms", "k1", "v"));
            assertThat(query(alice, "PrivateRange", "bankTerms")).isEqualTo("k1");
            assertThat(submit(alice, "PutThenPrivateRange", "bankTerms").isEndorsed()).isFalse();
        }

        @Test
        void aConcurrentPrivateUpdateConflicts() {
            ok(putPrivate(alice, "bankTerms", "rate", "1"));
            Endorsement read =
                    ledger.endorse(
                            Invocation.builder(alice, "sample", "GetPrivate")
                                    .args("bankTerms", "rate")
                                    .build());
            ok(putPrivate(alice, "bankTerms", "rate", "2"));
            assertThat(ledger.commit(read).get(0).validationCode())
                    .isEqualTo(ValidationCode.MVCC_READ_CONFLICT);
        }
    }

    @Nested
    class HeaderIdentityEvents {
        @Test
        void headerCarriesTxIdTimestampChannelPeerAndTransient() {
            TxResult result =
                    ledger.evaluate(
                            Invocation.builder(alice, "sample", "Header")
                                    .transientData("secret", "s3cret")
                                    .build());
            String[] parts = result.payloadAsString().split("\\|");
            assertThat(parts[0]).isEqualTo(result.txId()).matches("[0-9a-f]{64}");
            assertThat(parts[1]).isEqualTo("2026-03-01T08:00:00Z");
            assertThat(parts[2]).isEqualTo("tradechain");
            assertThat(parts[3]).isEqualTo("Bank1MSP");
            assertThat(parts[4]).isEqualTo("s3cret");

            clock.advance(Duration.ofDays(30));
            assertThat(query(alice, "Header").split("\\|")[1]).isEqualTo("2026-03-31T08:00:00Z");
            assertThat(query(alice, "Header").split("\\|")[0]).isNotEqualTo(parts[0]);
        }

        @Test
        void clientIdentityReadsTheGeneratedCertificates() {
            String[] parts = query(regulator, "Identity", "role").split("\\|");
            assertThat(parts[0]).isEqualTo("RegulatorMSP");
            assertThat(parts[1]).isEqualTo(regulator.clientId()).startsWith("x509::CN=auditor");
            assertThat(parts[2]).isEqualTo("auditor");
            assertThat(parts[3]).isEqualTo("true");
            assertThat(parts[4]).contains("OU=client").contains("O=RegulatorMSP");

            String[] admin =
                    query(ledger.msp("CorpMSP").admin("root"), "Identity", "role").split("\\|");
            assertThat(admin[1]).contains("OU=admin");
            assertThat(admin[2]).isEqualTo("null");
        }

        @Test
        void theSameNameGivesTheSameIdentity() {
            assertThat(ledger.msp("Bank1MSP").client("alice")).isSameAs(alice);
            assertThat(ledger.msp("Bank1MSP").admin("alice").clientId())
                    .isNotEqualTo(alice.clientId());
        }

        @Test
        void theLastEventOfATransactionIsTheOneDelivered() {
            TxResult result = ok(submit(alice, "Event", "first", "second"));
            assertThat(result.event().orElseThrow().eventName()).isEqualTo("second");
            assertThat(result.event().orElseThrow().chaincode()).isEqualTo("sample");
            assertThat(ledger.events()).hasSize(1);
        }

        @Test
        void stateValidationParametersAreStored() {
            ok(submit(alice, "SetParam", "k", "policy-bytes"));
            assertThat(query(alice, "GetParam", "k")).isEqualTo("policy-bytes");
        }
    }

    @Nested
    class ChaincodeToChaincode {
        @Test
        void theCalleeRunsInTheSameTransaction() {
            TxResult result =
                    ok(
                            ledger.submit(
                                    Invocation.builder(alice, "sample", "CallOther")
                                            .args("other", "Stamp", "k")
                                            .transientData("secret", "shared")
                                            .build()));

            String[] parts = result.payloadAsString().split("#");
            assertThat(parts[0]).isEqualTo(result.txId());
            assertThat(parts[1]).isEqualTo("200");
            assertThat(parts[2]).isEqualTo(result.txId() + "|<absent>|shared");
            assertThat(
                            new String(
                                    ledger.committedState("other", "k").orElseThrow(),
                                    StandardCharsets.UTF_8))
                    .isEqualTo(result.txId());
            assertThat(ledger.committedState("sample", "k")).isEmpty();
            assertThat(result.event().orElseThrow().eventName()).isEqualTo("sample.Called");
        }

        @Test
        void theCalleesReadsAreValidatedToo() {
            Endorsement call =
                    ledger.endorse(
                            Invocation.of(alice, "sample", "CallOther", "other", "Stamp", "k"));
            ok(ledger.submit(Invocation.of(bob, "sample", "CallOther", "other", "Stamp", "k")));
            assertThat(ledger.commit(call).get(0).validationCode())
                    .isEqualTo(ValidationCode.MVCC_READ_CONFLICT);
        }

        @Test
        void aCalleesErrorComesBackAsAResponse() {
            String[] parts =
                    ok(submit(alice, "CallOther", "other", "Fail", ""))
                            .payloadAsString()
                            .split("#");
            assertThat(parts[1]).isEqualTo("500");
            assertThat(parts[3]).isEqualTo("other refuses");
            assertThat(ok(submit(alice, "CallOther", "missing", "X", "")).payloadAsString())
                    .contains("#500#");
        }

        @Test
        void aChaincodeThatDeclaresItsCallsMayInvokeOnlyThose() {
            ledger.deploy(
                    ChaincodeDefinition.builder("declared")
                            .contractPackages("io.tradechain.ledger.sample")
                            .calls(List.of("other"))
                            .build());
            String[] refused =
                    ok(ledger.submit(
                                    Invocation.of(
                                            alice,
                                            "declared",
                                            "CallOther",
                                            "sample",
                                            "Event",
                                            "e")))
                            .payloadAsString()
                            .split("#");
            assertThat(refused[1]).isEqualTo("500");
            assertThat(refused[3]).contains("declared invokes sample").contains("[other]");
            String[] allowed =
                    ok(ledger.submit(
                                    Invocation.of(
                                            alice, "declared", "CallOther", "other", "Stamp", "k")))
                            .payloadAsString()
                            .split("#");
            assertThat(allowed[1]).isEqualTo("200");
        }
    }

    @Nested
    class Deployment {
        @Test
        void metadataListsOnlyThisChaincodesContracts() {
            String sample = query(alice, "org.hyperledger.fabric:GetMetadata");
            assertThat(sample)
                    .contains("\"sample\"")
                    .contains("\"PutThenGet\"")
                    .doesNotContain("\"Stamp\"");
            String other =
                    ledger.evaluate(
                                    Invocation.of(
                                            alice, "other", "org.hyperledger.fabric:GetMetadata"))
                            .payloadAsString();
            assertThat(other).contains("\"Stamp\"").doesNotContain("\"PutThenGet\"");
        }

        @Test
        void aChaincodeIsDeployedOnce() {
            assertThatThrownBy(
                            () ->
                                    ledger.deploy(
                                            ChaincodeDefinition.builder("sample")
                                                    .contractPackages("io.tradechain.ledger.sample")
                                                    .build()))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void collectionsAreReadFromFabricsFormat() {
            String json =
                    "[{\"name\":\"terms\",\"policy\":\"OR('Bank1MSP.member', 'RegulatorMSP.member')\","
                            + "\"requiredPeerCount\":1,\"maxPeerCount\":2,\"blockToLive\":0,\"memberOnlyRead\":true,"
                            + "\"memberOnlyWrite\":true}]";
            List<CollectionConfig> configs =
                    CollectionConfig.parse(
                            new java.io.ByteArrayInputStream(
                                    json.getBytes(StandardCharsets.UTF_8)));
            assertThat(configs)
                    .singleElement()
                    .satisfies(
                            c -> {
                                assertThat(c.name()).isEqualTo("terms");
                                assertThat(c.memberMspIds())
                                        .containsExactly("Bank1MSP", "RegulatorMSP");
                                assertThat(c.memberOnlyRead()).isTrue();
                            });
            assertThatThrownBy(() -> CollectionConfig.members("AND('A.member')"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
