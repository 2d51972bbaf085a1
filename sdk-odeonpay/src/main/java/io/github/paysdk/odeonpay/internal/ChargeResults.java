package io.github.paysdk.odeonpay.internal;

import io.github.paysdk.odeonpay.model.Transaction;
import io.github.paysdk.odeonpay.model.TransactionStatus;
import io.github.paysdk.odeonpay.payments.ChargeResult;

/** Builds a {@link ChargeResult} from a charge or post3ds reply: 3-D Secure models first, then the model. */
public final class ChargeResults {
  private ChargeResults() {}

  /**
   * @param reply the reply, parsed with {@link OdeonPayApi#postForTransaction}
   * @return the result
   * @throws io.github.paysdk.odeonpay.error.DuplicateInvoiceException for a duplicate-invoice decline (6002)
   * @throws io.github.paysdk.core.error.MalformedResponseException if the reply has none of the models
   */
  public static ChargeResult from(Reply reply) {
    TransactionEnvelope envelope = reply.typed();
    String message = envelope.message();
    ThreeDsModels.Acs acs = envelope.threeDsModel();
    if (acs != null) {
      if (acs.acsUrl() == null || acs.paReq() == null) {
        throw reply.missing("acsUrl/paReq in threeDsModel");
      }
      return new ChargeResult.Requires3dsAcs(acs.transactionId(), acs.acsUrl(), acs.paReq(), acs.method(),
          message);
    }
    ThreeDsModels.Redirect redirect = envelope.threeDsRedirectModel();
    if (redirect != null) {
      if (redirect.url() == null) {
        throw reply.missing("url in threeDsRedirectModel");
      }
      return new ChargeResult.Requires3dsRedirect(redirect.transactionId(), redirect.url(), message);
    }
    if (envelope.model() == null) {
      throw reply.missing("model");
    }
    Transaction transaction = reply.transactionCheckingDuplicate();
    TransactionStatus status = transaction.transactionStatus();
    if (status == TransactionStatus.COMPLETED) {
      return new ChargeResult.Completed(transaction, message);
    }
    if (status == TransactionStatus.DECLINED) {
      return new ChargeResult.Declined(transaction, message);
    }
    return new ChargeResult.Pending(transaction, message);
  }
}
