package io.tradechain.chaincode.common;

/**
 * A stable, machine-readable error code. Each domain module declares an enum implementing it (an
 * enum's {@code name()} satisfies this interface), so codes are constants clients can rely on
 * across releases.
 */
public interface ErrorCode {
    /**
     * The code as clients see it, e.g. {@code PARTY_NOT_FOUND}: upper case, digits and underscores.
     */
    String name();

    /** The class of the error (a client, such as the gateway, decides what it answers for it). */
    ErrorKind kind();
}
