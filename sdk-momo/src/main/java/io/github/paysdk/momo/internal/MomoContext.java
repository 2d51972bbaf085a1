package io.github.paysdk.momo.internal;

import io.github.paysdk.core.http.HttpTransport;
import io.github.paysdk.core.json.JsonCodec;
import io.github.paysdk.momo.MomoEnvironment;
import io.github.paysdk.momo.TargetEnvironments;

/**
 * What every product channel of one client shares.
 *
 * @param transport the client's one HTTP transport
 * @param environment sandbox or production (decides the sandbox-only rules)
 * @param targetEnvironment the {@code X-Target-Environment} value
 * @param defaultCallbackUrl the callback URL used when a request names none, or null
 * @param providerCallbackHost the API user's callback host to check callback URLs against, or null
 * @param codec the JSON codec
 * @param ledger the reference ids sent so far
 */
public record MomoContext(
    HttpTransport transport,
    MomoEnvironment environment,
    String targetEnvironment,
    String defaultCallbackUrl,
    String providerCallbackHost,
    JsonCodec codec,
    ReplayLedger ledger) {

  /** @return true when calls go to the sandbox (environment or target environment says so) */
  public boolean isSandbox() {
    return environment == MomoEnvironment.SANDBOX || TargetEnvironments.SANDBOX.equals(targetEnvironment);
  }
}
