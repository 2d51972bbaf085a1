package io.github.paysdk.momo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.core.http.ApiRequest;
import io.github.paysdk.core.http.HttpMethod;
import io.github.paysdk.core.http.OutgoingRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** A 409 counts as "already accepted" only after this client sent the very same request twice. */
class ReplayLedgerTest {
  private static final HttpUrl URL = HttpUrl.get("https://momo.test/disbursement/v1_0/transfer");
  private final ReplayLedger ledger = new ReplayLedger();
  private final String id = UUID.randomUUID().toString();

  private ApiRequest request(HttpMethod method, String path, String referenceId, String body) {
    ApiRequest.Builder builder = ApiRequest.builder(method, path)
        .header(MomoHeaders.REFERENCE_ID, referenceId);
    if (body != null) {
      builder.body(body.getBytes(StandardCharsets.UTF_8), "application/json");
    }
    return builder.build();
  }

  private ApiRequest transfer(String body) {
    return request(HttpMethod.POST, "/disbursement/v1_0/transfer", id, body);
  }

  /** What the executor does for each attempt: the signer sees the headers and the exact body. */
  private OutgoingRequest attempt(ApiRequest request) {
    OutgoingRequest outgoing = OutgoingRequest.of(request, URL);
    String referenceId = request.headers().get(MomoHeaders.REFERENCE_ID);
    if (referenceId != null) {
      outgoing.header(MomoHeaders.REFERENCE_ID, referenceId);
    }
    ledger.sign(outgoing);
    return outgoing;
  }

  @Test
  void aFirstAttemptIsNotAResend() {
    ApiRequest request = transfer("{\"amount\":\"5\"}");
    attempt(request);
    assertThat(ledger.isResend(request)).isFalse();
  }

  @Test
  void theSameRequestSentTwiceIsAResend() {
    ApiRequest request = transfer("{\"amount\":\"5\"}");
    attempt(request);
    attempt(transfer("{\"amount\":\"5\"}")); // an equal request, not the same object
    assertThat(ledger.isResend(request)).isTrue();
  }

  @Test
  void aDifferentBodyUnderTheSameIdReplacesTheEntry() {
    attempt(transfer("{\"amount\":\"5\"}"));
    ApiRequest other = transfer("{\"amount\":\"6\"}");
    attempt(other);
    assertThat(ledger.isResend(other)).isFalse();
    assertThat(ledger.isResend(transfer("{\"amount\":\"5\"}"))).isFalse();
    attempt(other);
    assertThat(ledger.isResend(other)).isTrue();
  }

  @Test
  void bodiesWhoseJavaHashCodesCollideAreStillDifferent() {
    // "Aa" and "BB" have the same Arrays.hashCode: the fingerprint must not confuse them.
    attempt(transfer("{\"x\":\"Aa\"}"));
    attempt(transfer("{\"x\":\"Aa\"}"));
    assertThat(ledger.isResend(transfer("{\"x\":\"BB\"}"))).isFalse();
    assertThat(ledger.isResend(transfer("{\"x\":\"Aa\"}"))).isTrue();
  }

  @Test
  void anotherPathOrMethodIsNotAResend() {
    attempt(transfer("{}"));
    attempt(transfer("{}"));
    assertThat(ledger.isResend(request(HttpMethod.POST, "/disbursement/v1_0/deposit", id, "{}"))).isFalse();
    assertThat(ledger.isResend(request(HttpMethod.DELETE, "/disbursement/v1_0/transfer", id, "{}")))
        .isFalse();
    assertThat(ledger.isResend(transfer("{}"))).isTrue();
  }

  @Test
  void noBodyAndAnEmptyBodyAreTheSame() {
    attempt(transfer(null));
    attempt(transfer(""));
    assertThat(ledger.isResend(transfer(null))).isTrue();
    assertThat(ledger.isResend(transfer(""))).isTrue();
  }

  @Test
  void anAttemptAnswered401DoesNotCount() {
    ApiRequest request = transfer("{}");
    attempt(request);
    OutgoingRequest refused = attempt(request);
    assertThat(ledger.refreshAfterUnauthorized(refused)).isFalse();
    assertThat(ledger.isResend(request)).isFalse();
    attempt(request);
    assertThat(ledger.isResend(request)).isTrue();
  }

  @Test
  void requestsWithoutAReferenceIdAreIgnored() {
    ApiRequest request = request(HttpMethod.POST, "/disbursement/v1_0/transfer", null, "{}");
    attempt(request);
    attempt(request);
    assertThat(ledger.isResend(request)).isFalse();
  }
}
