package io.tradechain.chaincode.common;

/**
 * The class of a business error: what went wrong, as the chaincode sees it, independent of any
 * transport. It is the first half of the {@code [KIND/CODE]} prefix of every {@link
 * BusinessException} message and the {@code kind} of its payload, so the names below are part of
 * the wire format and never change. Chaincodes know nothing of HTTP: the gateway decides, at its
 * edge, which HTTP status each kind is answered with.
 */
public enum ErrorKind {
    /** The request itself is malformed: a missing, too long or badly formatted argument. */
    VALIDATION,
    /** The caller's organisation, role or binding does not allow the operation. */
    FORBIDDEN,
    /** The entity named by the request does not exist on the ledger. */
    NOT_FOUND,
    /** The entity already exists, or its state does not allow the operation now. */
    CONFLICT,
    /** The request is well formed but breaks a business rule (limits, amounts, deadlines). */
    BUSINESS_RULE
}
