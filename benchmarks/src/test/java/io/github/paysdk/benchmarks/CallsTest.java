package io.github.paysdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.benchmarks.support.CannedInterceptor;
import io.github.paysdk.benchmarks.support.Calls;
import io.github.paysdk.odeonpay.payments.ChargeResult;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SDK and the raw baseline of each measured call reach the same canned answer and the same model. */
class CallsTest {
  private final CannedInterceptor canned = Calls.cannedResponses();
  private final Calls calls =
      new Calls(new OkHttpClient.Builder().addInterceptor(canned).build(), "http://bench.invalid/");

  @AfterEach
  void close() {
    calls.close();
  }

  @Test
  void odeoBothSidesParseTheSameDisbursement() {
    assertThat(calls.odeoCreateSdk()).isEqualTo(calls.odeoCreateRaw());
    assertThat(calls.odeoReadSdk()).isEqualTo(calls.odeoReadRaw());
  }

  @Test
  void odeonPayBothSidesParseTheSameTransaction() {
    assertThat(((ChargeResult.Completed) calls.odeonPayChargeSdk()).transaction())
        .isEqualTo(calls.odeonPayChargeRaw());
    assertThat(calls.odeonPayReadSdk()).isEqualTo(calls.odeonPayReadRaw());
  }

  @Test
  void oyBothSidesParseTheSameDisbursement() {
    assertThat(calls.oyRemitSdk()).isEqualTo(calls.oyRemitRaw());
    assertThat(calls.oyReadSdk()).isEqualTo(calls.oyReadRaw());
  }

  @Test
  void oderoBothSidesParseTheSamePayment() {
    assertThat(calls.oderoCreateSdk()).isEqualTo(calls.oderoCreateRaw());
    assertThat(calls.oderoReadSdk()).isEqualTo(calls.oderoReadRaw());
  }

  @Test
  void momoBothSidesSendAndParseTheSame() {
    assertThat(calls.momoTransferSdk().referenceId()).isNotNull();
    assertThat(calls.momoTransferRaw()).isNotNull();
    assertThat(calls.momoReadSdk()).isEqualTo(calls.momoReadRaw());
  }

  @Test
  void everyRequestMatchedACannedAnswer() {
    calls.odeoReadSdk();
    calls.momoReadSdk();
    assertThat(canned.unmatched()).isZero();
    assertThat(canned.count("POST", "/oauth2/token")).isEqualTo(2);
    assertThat(canned.count("POST", "/disbursement/token/")).isEqualTo(2);
  }
}
