package io.github.paysdk.odeo.cash;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odeo.internal.OdeoApi;
import io.github.paysdk.odeo.internal.OdeoValidation;

/**
 * One transfer of a bulk transfer: cash moved between users of your account.
 *
 * @param receiverUserId the receiving user's id
 * @param amount the amount in IDR, greater than 0 (Odeo enforces its own per-item limits)
 * @param referenceId your unique id for this transfer, from {@code [A-Za-z0-9._~-]}
 * @param senderUserId the sending user's id, or null for your own account
 * @param note an optional note, or null
 */
public record TransferRequest(
    long receiverUserId, long amount, String referenceId, Long senderUserId, String note) {

  /** Validates every field (see {@link Builder#build()}). */
  public TransferRequest {
    Validate.positive(receiverUserId, "receiverUserId");
    Validate.positive(amount, "amount");
    OdeoValidation.referenceId(referenceId, "referenceId");
    if (senderUserId != null) {
      Validate.positive(senderUserId, "senderUserId");
    }
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the wire item: receiver_user_id, amount, reference_id, sender_user_id, note (nulls sent) */
  ObjectNode toJson() {
    ObjectNode item = OdeoApi.object();
    item.put("receiver_user_id", receiverUserId);
    item.put("amount", amount);
    item.put("reference_id", referenceId);
    item.put("sender_user_id", senderUserId);
    item.put("note", note);
    return item;
  }

  /** Builds a {@link TransferRequest}. */
  public static final class Builder {
    private long receiverUserId;
    private long amount;
    private String referenceId;
    private Long senderUserId;
    private String note;

    private Builder() {}

    /**
     * @param receiverUserId the receiving user's id
     * @return this builder
     */
    public Builder receiverUserId(long receiverUserId) {
      this.receiverUserId = receiverUserId;
      return this;
    }

    /**
     * @param amount the amount in IDR
     * @return this builder
     */
    public Builder amount(long amount) {
      this.amount = amount;
      return this;
    }

    /**
     * @param referenceId your unique id for this transfer
     * @return this builder
     */
    public Builder referenceId(String referenceId) {
      this.referenceId = referenceId;
      return this;
    }

    /**
     * @param senderUserId the sending user's id; omit for your own account
     * @return this builder
     */
    public Builder senderUserId(Long senderUserId) {
      this.senderUserId = senderUserId;
      return this;
    }

    /**
     * @param note an optional note
     * @return this builder
     */
    public Builder note(String note) {
      this.note = note;
      return this;
    }

    /**
     * @return the request
     * @throws io.github.paysdk.core.error.ValidationException if an id or the amount is not positive or
     *     the reference id is blank or outside the safe set
     */
    public TransferRequest build() {
      return new TransferRequest(receiverUserId, amount, referenceId, senderUserId, note);
    }
  }
}
