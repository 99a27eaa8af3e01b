package io.tradechain.verification;

import io.tradechain.chaincode.common.Args;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Caller;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.Organisations;
import io.tradechain.chaincode.common.PartyDirectory;
import io.tradechain.chaincode.common.PartyRef;
import java.time.LocalDate;
import org.hyperledger.fabric.shim.ChaincodeStub;

/** An enterprise authorises a bank to query its documents until a date (授权查证), and revokes. */
final class Authorisations {
    /** The longest authorisation: a year (leap day included). */
    static final int MAX_DAYS = 366;

    private final ChaincodeStub stub;
    private final VerificationState state;
    private final PartyDirectory parties;

    Authorisations(ChaincodeStub stub, VerificationState state, PartyDirectory parties) {
        this.stub = stub;
        this.state = state;
        this.parties = parties;
    }

    Authorisation grant(Caller caller, String bankMsp, String expiresOn) {
        PartyRef owner = requireEnterprise(caller, "authorise a bank");
        String bank = Inputs.mspId("bankMsp", bankMsp);
        if (!VerificationAccess.isBank(bank)) {
            throw BusinessException.of(
                    CommonErrorCode.INVALID_ARGUMENT,
                    "bankMsp " + bank + " is not a bank",
                    "field",
                    "bankMsp");
        }
        LocalDate today = Inputs.today(stub);
        LocalDate expiry = LocalDate.parse(Args.isoDate("expiresOn", expiresOn));
        if (!expiry.isAfter(today) || expiry.isAfter(today.plusDays(MAX_DAYS))) {
            throw BusinessException.of(
                    VerificationErrorCode.EXPIRY_OUT_OF_RANGE,
                    "expiresOn "
                            + expiry
                            + " must be after today ("
                            + today
                            + ") and at most "
                            + MAX_DAYS
                            + " days ahead",
                    "field",
                    "expiresOn");
        }
        Authorisation authorisation =
                new Authorisation(
                        OwnerHash.of(owner.creditCode()),
                        bank,
                        expiry.toString(),
                        AuthorisationStatus.ACTIVE,
                        Inputs.now(stub),
                        caller.clientId(),
                        null,
                        stub.getTxId());
        state.putAuthorisation(authorisation);
        VerificationEvents.authorisation(stub, "BankAuthorised", authorisation);
        return authorisation;
    }

    Authorisation revoke(Caller caller, String bankMsp) {
        PartyRef owner = requireEnterprise(caller, "revoke an authorisation");
        String bank = Inputs.mspId("bankMsp", bankMsp);
        Authorisation authorisation =
                state.findAuthorisation(OwnerHash.of(owner.creditCode()), bank)
                        .orElseThrow(
                                () ->
                                        BusinessException.of(
                                                VerificationErrorCode.AUTHORISATION_NOT_FOUND,
                                                owner.name() + " never authorised " + bank,
                                                "bankMsp",
                                                bank));
        AuthorisationStatus status = authorisation.statusOn(Inputs.today(stub));
        if (status != AuthorisationStatus.ACTIVE) {
            throw BusinessException.of(
                    VerificationErrorCode.AUTHORISATION_NOT_ACTIVE,
                    "the authorisation of " + bank + " is " + status + " already",
                    "bankMsp",
                    bank,
                    "status",
                    status.name());
        }
        Authorisation revoked = authorisation.revoked(Inputs.now(stub), stub.getTxId());
        state.putAuthorisation(revoked);
        VerificationEvents.authorisation(stub, "AuthorisationRevoked", revoked);
        return revoked;
    }

    /**
     * A writer of CorpMSP bound to a party; returns that party (from the registry, never an
     * argument).
     */
    private PartyRef requireEnterprise(Caller caller, String action) {
        caller.requireWriter();
        caller.requireMsp(Organisations.CORP_MSP);
        return parties.callerParty();
    }
}
