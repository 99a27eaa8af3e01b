package io.tradechain.gateway.events.relay;

import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.ChaincodeEventPayload;
import io.tradechain.gateway.ledger.BlockInfo;
import io.tradechain.gateway.ledger.Committed;
import io.tradechain.gateway.ledger.LedgerEvent;
import io.tradechain.gateway.ledger.LedgerPort;
import io.tradechain.gateway.ledger.Proposal;
import io.tradechain.gateway.ledger.TransactionInfo;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A ledger that is only a list of events, one block per event, for the relay's tests: {@link
 * #subscribe} delivers from a position on, then each appended event, from its own thread, as the
 * adapters do.
 */
final class ListLedger implements LedgerPort {
    final List<LedgerEvent> events = new CopyOnWriteArrayList<>();
    final List<Long> subscribedFrom = new CopyOnWriteArrayList<>();
    final AtomicInteger openSubscriptions = new AtomicInteger();

    /** Appends an event meant for the given organisations (none: the whole channel). */
    void append(String... audience) {
        int position = events.size();
        ChaincodeEventPayload payload =
                new ChaincodeEventPayload(
                        "parties",
                        "PartyRegistered",
                        new TreeMap<>(java.util.Map.of("creditCode", "c" + position)),
                        "tx-" + position,
                        new TreeSet<>(List.of(audience)));
        events.add(
                new LedgerEvent(
                        position,
                        position,
                        "tx-" + position,
                        "parties",
                        "parties.PartyRegistered",
                        CanonicalJson.toBytes(payload)));
    }

    @Override
    public AutoCloseable subscribe(long fromPosition, Consumer<LedgerEvent> consumer) {
        subscribedFrom.add(fromPosition);
        openSubscriptions.incrementAndGet();
        boolean[] open = {true};
        Thread pump =
                new Thread(
                        () -> {
                            long next = fromPosition;
                            while (open[0]) {
                                if (next < events.size()) {
                                    consumer.accept(events.get((int) next++));
                                } else {
                                    try {
                                        Thread.sleep(1);
                                    } catch (InterruptedException e) {
                                        return;
                                    }
                                }
                            }
                        },
                        "list-ledger-events");
        pump.setDaemon(true);
        pump.start();
        return () -> {
            open[0] = false;
            openSubscriptions.decrementAndGet();
        };
    }

    @Override
    public long firstEventPosition(long blockNumber) {
        return Math.min(blockNumber, events.size());
    }

    @Override
    public long height() {
        return events.size();
    }

    @Override
    public Committed submit(Proposal proposal) {
        throw new UnsupportedOperationException();
    }

    @Override
    public java.util.concurrent.CompletionStage<Committed> submitAsync(Proposal proposal) {
        throw new UnsupportedOperationException();
    }

    @Override
    public byte[] evaluate(Proposal proposal) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String describe() {
        return "list ledger";
    }

    @Override
    public Optional<BlockInfo> block(long number) {
        return Optional.empty();
    }

    @Override
    public Optional<TransactionInfo> transaction(String txId) {
        return Optional.empty();
    }
}
