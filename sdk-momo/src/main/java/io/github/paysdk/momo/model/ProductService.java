package io.github.paysdk.momo.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.paysdk.core.error.MalformedResponseException;
import io.github.paysdk.core.http.ApiResponse;
import io.github.paysdk.core.http.ErrorContexts;
import io.github.paysdk.core.http.HttpMethod;
import io.github.paysdk.momo.consent.ConsentService;
import io.github.paysdk.momo.internal.MomoRules;
import io.github.paysdk.momo.internal.ProductChannel;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The operations every MoMo product has: account balance, basic user info, the account-holder check,
 * the consent flow, and waiting for a final status. Extended by the collection, disbursement and
 * remittance services.
 */
public abstract class ProductService {
  private final ProductChannel channel;
  private final ConsentService consent;
  private final StatusPoller poller;

  /**
   * @param channel the product's channel (internal)
   * @param poller the client's poller
   */
  protected ProductService(ProductChannel channel, StatusPoller poller) {
    this.channel = channel;
    this.consent = new ConsentService(channel);
    this.poller = poller;
  }

  /** @return the product's channel (internal) */
  protected final ProductChannel channel() {
    return channel;
  }

  /** @return the client's poller */
  protected final StatusPoller poller() {
    return poller;
  }

  /**
   * {@code GET /{product}/v1_0/account/balance}: the balance of the account linked to the API user.
   *
   * @return the balance
   */
  public Balance balance() {
    return channel.get("/v1_0/account/balance", Balance.class);
  }

  /**
   * {@code GET /{product}/v1_0/account/balance/{currency}}.
   *
   * @param currency an ISO 4217 currency
   * @return the balance in that currency
   */
  public Balance balance(String currency) {
    MomoRules.currency(currency, "currency");
    return channel.get("/v1_0/account/balance/" + currency, Balance.class);
  }

  /**
   * {@code GET /{product}/v1_0/accountholder/msisdn/{msisdn}/basicuserinfo}: name, birth date, locale
   * and gender without consent.
   *
   * @param msisdn digits with country code
   * @return the info
   * @throws io.github.paysdk.core.error.NotFoundException if the number has no wallet
   */
  public BasicUserInfo basicUserInfo(String msisdn) {
    MomoRules.msisdn(msisdn, "msisdn");
    return channel.get("/v1_0/accountholder/msisdn/" + msisdn + "/basicuserinfo", BasicUserInfo.class);
  }

  /**
   * {@code GET /{product}/v1_0/accountholder/{type}/{id}/active}: whether the account holder is
   * registered and active (not whether it can receive a given amount).
   *
   * @param holder the account holder
   * @return true if active
   * @throws io.github.paysdk.core.error.NotFoundException if MTN does not know the holder
   */
  public boolean isAccountHolderActive(AccountHolder holder) {
    Objects.requireNonNull(holder, "holder");
    ApiResponse response = channel.send(ProductChannel.Auth.BEARER, channel.request(HttpMethod.GET,
        "/v1_0/accountholder/" + holder.idType().pathValue() + "/" + holder.id() + "/active").build());
    JsonNode result = channel.codec().readTree(response).get("result");
    if (result != null && result.isBoolean()) {
      return result.booleanValue();
    }
    if (result != null && result.isTextual()
        && (result.asText().equals("true") || result.asText().equals("false"))) {
      return Boolean.parseBoolean(result.asText());
    }
    throw new MalformedResponseException("Account holder check has no boolean 'result' (HTTP "
        + response.status() + ")", ErrorContexts.unreadable(response), null);
  }

  /** @return the consent flow (bc-authorize, OAuth2 token, user info) of this product */
  public ConsentService consent() {
    return consent;
  }

  /**
   * Polls a status until it is final or the timeout passes (see {@link StatusPoller#awaitFinal}).
   *
   * @param statusCall the status query, e.g. {@code () -> service.transferStatus(id)}
   * @param timeout how long to poll
   * @param <T> the result type
   * @return the final result, or the last one seen
   */
  public <T extends StatusResult> T awaitFinal(Supplier<T> statusCall, Duration timeout) {
    return poller.awaitFinal(statusCall, timeout);
  }

  /**
   * Sends a create call: checks the currency against the sandbox rule, then POSTs the request with its
   * reference id (see {@link ProductChannel#create}).
   *
   * @param path the path below the product, e.g. {@code /v1_0/transfer}
   * @param request the request (serialized as the body)
   * @param currency the currency it moves
   * @param currencyField the request field holding the currency
   * @return the reference id
   */
  protected final Accepted create(
      String path, CreateRequest request, String currency, String currencyField) {
    channel.checkCurrency(currency, currencyField);
    return channel.create(
        HttpMethod.POST, path, request.referenceId(), request.callbackUrl(), request);
  }

  /**
   * @param path a status path prefix, e.g. {@code /v1_0/transfer/}
   * @param referenceId the reference id
   * @return the parsed transaction result
   */
  protected final TransactionResult transactionStatus(String path, UUID referenceId) {
    MomoRules.uuidV4(referenceId, "referenceId");
    return channel.get(path + referenceId, TransactionResult.class);
  }
}
