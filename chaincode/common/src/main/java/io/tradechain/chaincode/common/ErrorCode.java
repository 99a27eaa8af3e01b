package io.tradechain.chaincode.common;

/** A stable, machine-readable error code; each domain declares an enum implementing it. */
public interface ErrorCode {
    /** The code as clients see it, e.g. {@code PARTY_NOT_FOUND}. */
    String name();

    /** The class of the error. */
    ErrorKind kind();
}
