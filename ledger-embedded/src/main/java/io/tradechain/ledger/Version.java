package io.tradechain.ledger;

/**
 * Height at which a key was last written: block number and position in the block, as Fabric
 * versions state.
 */
record Version(long block, int tx) {}
