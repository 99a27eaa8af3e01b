package io.tradechain.parties;

import io.tradechain.chaincode.common.Args;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Caller;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.EntityStore;
import io.tradechain.chaincode.common.ErrorInfo;
import io.tradechain.chaincode.common.Events;
import io.tradechain.chaincode.common.Hashes;
import io.tradechain.chaincode.common.HistoryEntry;
import io.tradechain.chaincode.common.Index;
import io.tradechain.chaincode.common.Organisations;
import io.tradechain.chaincode.common.Page;
import io.tradechain.chaincode.common.PageRequest;
import io.tradechain.chaincode.common.PartyRef;
import io.tradechain.chaincode.common.PartyResolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.security.auth.x500.X500Principal;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * The rules of the party registry (docs/domain.md section 1), over one transaction's stub.
 *
 * <p>Ledger layout (all composite keys):
 *
 * <ul>
 *   <li>{@code party / <creditCode>} → {@link Party}
 *   <li>{@code binding / <mspId> / sha256(clientId)} → {@link IdentityBinding}: one identity acts
 *       for one party
 *   <li>index {@code party~kind / <kind> / <creditCode>}: list parties by kind
 *   <li>index {@code party~identity / <creditCode> / <mspId> / sha256(clientId)}: list a party's
 *       identities
 * </ul>
 *
 * Who may do what: an admin (NodeOU {@code admin}) of an organisation registers parties of that
 * organisation and binds and unbinds that organisation's identities; the regulator writes nothing;
 * everyone on the channel reads the directory; a party's identity list is visible to its own
 * organisation and the regulator.
 */
final class PartyRegistry {
    static final String DOMAIN = "parties";
    private static final String PARTY = "party";
    private static final String BINDING = "binding";
    private static final String BY_KIND = "party~kind";
    private static final String IDENTITIES_OF_PARTY = "party~identity";
    private static final int MAX_NAME_LENGTH = 200;
    private static final int MAX_CLIENT_ID_LENGTH = 2048;
    private static final Pattern CLIENT_ID =
            Pattern.compile("x509::[^\\p{Cntrl}]+::[^\\p{Cntrl}]+");

    private final ChaincodeStub stub;
    private final EntityStore<Party> parties;
    private final EntityStore<IdentityBinding> bindings;
    private final Index byKind;
    private final Index identitiesOfParty;

    PartyRegistry(ChaincodeStub stub) {
        this.stub = stub;
        this.parties = new EntityStore<>(stub, PARTY, Party.class);
        this.bindings = new EntityStore<>(stub, BINDING, IdentityBinding.class);
        this.byKind = new Index(stub, BY_KIND);
        this.identitiesOfParty = new Index(stub, IDENTITIES_OF_PARTY);
    }

    Party register(Caller caller, String creditCode, String name, String kindName) {
        requireAdminWriter(caller);
        String code = Args.creditCode("creditCode", creditCode);
        String legalName = Args.text("name", name, MAX_NAME_LENGTH);
        PartyKind kind = Args.oneOf("kind", kindName, PartyKind.class);
        KindPolicy.requireAllowed(kind, caller.mspId());
        if (parties.exists(code)) {
            throw BusinessException.of(
                    PartyErrorCode.PARTY_ALREADY_REGISTERED,
                    "party " + code + " is already registered",
                    "creditCode",
                    code);
        }
        Party party =
                new Party(
                        code,
                        legalName,
                        kind,
                        caller.mspId(),
                        caller.clientId(),
                        now(),
                        stub.getTxId());
        parties.insert(party, code);
        byKind.add(kind.name(), code);
        Events.emit(
                stub,
                DOMAIN,
                "PartyRegistered",
                Map.of("creditCode", code, "kind", kind.name(), "mspId", party.mspId()));
        return party;
    }

    IdentityBinding bind(Caller caller, String creditCode, String clientId) {
        requireAdminWriter(caller);
        Party party = get(Args.creditCode("creditCode", creditCode));
        requireSameOrganisation(caller, party);
        String id = validClientId(clientId);
        requireIssuedByCallersOrganisation(caller, id);
        String idHash = Hashes.sha256Hex(id);
        Optional<IdentityBinding> existing = bindings.find(party.mspId(), idHash);
        if (existing.isPresent()) {
            throw BusinessException.of(
                    PartyErrorCode.IDENTITY_ALREADY_BOUND,
                    "identity is already bound to party "
                            + existing.get().creditCode()
                            + "; unbind it first",
                    "creditCode",
                    existing.get().creditCode());
        }
        IdentityBinding binding =
                new IdentityBinding(
                        party.mspId(),
                        id,
                        party.creditCode(),
                        caller.clientId(),
                        now(),
                        stub.getTxId());
        bindings.insert(binding, party.mspId(), idHash);
        identitiesOfParty.add(party.creditCode(), party.mspId(), idHash);
        Events.emit(
                stub,
                DOMAIN,
                "IdentityBound",
                Map.of("creditCode", party.creditCode(), "mspId", party.mspId()));
        return binding;
    }

    IdentityBinding unbind(Caller caller, String clientId) {
        requireAdminWriter(caller);
        String id = validClientId(clientId);
        String idHash = Hashes.sha256Hex(id);
        // The key holds the caller's own MSP: an admin can only ever reach its own organisation's
        // bindings.
        IdentityBinding binding =
                bindings.find(caller.mspId(), idHash)
                        .orElseThrow(
                                () ->
                                        BusinessException.of(
                                                PartyErrorCode.IDENTITY_NOT_BOUND,
                                                "identity is not bound to any party of "
                                                        + caller.mspId()));
        bindings.delete(caller.mspId(), idHash);
        identitiesOfParty.remove(binding.creditCode(), caller.mspId(), idHash);
        Events.emit(
                stub,
                DOMAIN,
                "IdentityUnbound",
                Map.of("creditCode", binding.creditCode(), "mspId", binding.mspId()));
        return binding;
    }

    /** The party the calling identity acts for; {@code CALLER_NOT_BOUND} if none. */
    Party whoAmI(Caller caller) {
        Optional<IdentityBinding> binding =
                bindings.find(caller.mspId(), Hashes.sha256Hex(caller.clientId()));
        if (binding.isEmpty()) {
            String why =
                    Organisations.isReadOnly(caller.mspId())
                            ? "the regulator acts through its organisation and is not a party"
                            : "ask an admin of "
                                    + caller.mspId()
                                    + " to bind this identity to its party";
            throw BusinessException.of(
                    CommonErrorCode.CALLER_NOT_BOUND,
                    "identity "
                            + caller.commonName()
                            + " of "
                            + caller.mspId()
                            + " acts for no party: "
                            + why);
        }
        return get(binding.get().creditCode());
    }

    /**
     * The caller's party (or why none) and each party of {@code codesJson}, a JSON array of credit
     * codes.
     */
    PartyResolution resolve(Caller caller, String codesJson) {
        String[] codes =
                CanonicalJson.parseArgument(
                        "codes",
                        codesJson == null || codesJson.isEmpty() ? "[]" : codesJson,
                        String[].class);
        if (codes.length > PartyResolution.MAX_CODES) {
            throw BusinessException.of(
                    CommonErrorCode.INVALID_ARGUMENT,
                    "at most " + PartyResolution.MAX_CODES + " credit codes in one call",
                    "field",
                    "codes");
        }
        List<PartyRef> found = new ArrayList<>(codes.length);
        for (int i = 0; i < codes.length; i++) {
            String code = Args.creditCode("codes[" + i + "]", codes[i]);
            found.add(parties.find(code).map(PartyRegistry::ref).orElse(null));
        }
        try {
            return new PartyResolution(ref(whoAmI(caller)), null, found);
        } catch (BusinessException notBound) {
            return new PartyResolution(
                    null,
                    new ErrorInfo(
                            notBound.code(), notBound.kind(), notBound.text(), notBound.details()),
                    found);
        }
    }

    static PartyRef ref(Party party) {
        return new PartyRef(party.creditCode(), party.name(), party.kind().name(), party.mspId());
    }

    Party get(String creditCode) {
        String code = Args.creditCode("creditCode", creditCode);
        return parties.find(code)
                .orElseThrow(
                        () ->
                                BusinessException.of(
                                        PartyErrorCode.PARTY_NOT_FOUND,
                                        "party " + code + " is not registered",
                                        "creditCode",
                                        code));
    }

    Page<Party> list(String kindName, PageRequest page) {
        if (kindName == null || kindName.isEmpty()) {
            return parties.list(page);
        }
        PartyKind kind = Args.oneOf("kind", kindName, PartyKind.class);
        return byKind.page(page, kind.name()).map(parties::get);
    }

    Page<IdentityBinding> identities(Caller caller, String creditCode, PageRequest page) {
        Party party = get(creditCode);
        if (!caller.mspId().equals(party.mspId()) && !Organisations.isReadOnly(caller.mspId())) {
            throw BusinessException.of(
                    CommonErrorCode.ACCESS_DENIED,
                    "the identities of party "
                            + party.creditCode()
                            + " are visible to "
                            + party.mspId()
                            + " and the regulator only");
        }
        return identitiesOfParty
                .page(page, party.creditCode())
                .map(idHash -> bindings.get(party.mspId(), idHash));
    }

    List<HistoryEntry<Party>> history(String creditCode) {
        Party party = get(creditCode);
        return parties.history(party.creditCode());
    }

    private static void requireAdminWriter(Caller caller) {
        caller.requireWriter();
        caller.requireAdmin();
    }

    private static void requireSameOrganisation(Caller caller, Party party) {
        if (!caller.mspId().equals(party.mspId())) {
            throw BusinessException.of(
                    CommonErrorCode.WRONG_ORGANISATION,
                    "party "
                            + party.creditCode()
                            + " belongs to "
                            + party.mspId()
                            + "; an admin of "
                            + caller.mspId()
                            + " cannot bind identities to it");
        }
    }

    /**
     * An identity acts under the MSP whose CA issued it: binding another organisation's certificate
     * would record a binding that no caller can ever use (its transactions arrive under the other
     * MSP). The client id ends with its issuer's DN; the admin's own certificate was issued by its
     * organisation's CA, so the two must match.
     */
    private static void requireIssuedByCallersOrganisation(Caller caller, String clientId) {
        String issuer = issuerOf(clientId);
        String own = issuerOf(caller.clientId());
        if (!issuer.equals(own)) {
            throw BusinessException.of(
                    PartyErrorCode.IDENTITY_OF_ANOTHER_ORGANISATION,
                    "the identity was issued by "
                            + issuer
                            + ", not by the CA of "
                            + caller.mspId()
                            + "; an admin binds only identities of its own organisation",
                    "field",
                    "clientId",
                    "mspId",
                    caller.mspId());
        }
    }

    /**
     * The issuer DN in canonical form, so that "CN=ca,O=x" and "CN=ca, O=x" (two renderings)
     * compare equal.
     */
    private static String issuerOf(String clientId) {
        int at = clientId.lastIndexOf("::");
        String dn = at < 0 ? "" : clientId.substring(at + 2);
        try {
            return new X500Principal(dn).getName(X500Principal.CANONICAL);
        } catch (IllegalArgumentException e) {
            return "(not a distinguished name) " + dn;
        }
    }

    private static String validClientId(String clientId) {
        String id = Args.text("clientId", clientId, MAX_CLIENT_ID_LENGTH);
        if (!CLIENT_ID.matcher(id).matches()) {
            throw BusinessException.of(
                    PartyErrorCode.INVALID_CLIENT_ID,
                    "clientId must read x509::<subject DN>::<issuer DN>, as Fabric's ClientIdentity.getId() gives it",
                    "field",
                    "clientId");
        }
        return id;
    }

    private String now() {
        return stub.getTxTimestamp().toString();
    }
}
