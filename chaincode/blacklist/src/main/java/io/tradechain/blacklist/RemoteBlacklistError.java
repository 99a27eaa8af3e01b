package io.tradechain.blacklist;

import io.tradechain.chaincode.common.ErrorCode;
import io.tradechain.chaincode.common.ErrorInfo;
import io.tradechain.chaincode.common.ErrorKind;

/** A refusal of the blacklist chaincode carried into the calling chaincode with its own code and kind. */
record RemoteBlacklistError(String name, ErrorKind kind) implements ErrorCode {
    static RemoteBlacklistError of(ErrorInfo error) {
        return new RemoteBlacklistError(error.code(), error.kind());
    }
}
