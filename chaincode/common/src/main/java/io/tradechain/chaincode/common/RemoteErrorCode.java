package io.tradechain.chaincode.common;

/**
 * An error code carried over from another chaincode's refusal, so it can be rethrown unchanged as a
 * {@link BusinessException} without this module knowing the other module's enum.
 */
record RemoteErrorCode(String name, ErrorKind kind) implements ErrorCode {
    static RemoteErrorCode of(ErrorInfo error) {
        return new RemoteErrorCode(error.code(), error.kind());
    }
}
