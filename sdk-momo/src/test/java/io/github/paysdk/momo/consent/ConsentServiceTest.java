package io.github.paysdk.momo.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paysdk.core.error.InvalidRequestException;
import io.github.paysdk.momo.MomoTestSupport;
import io.github.paysdk.momo.model.AccountHolder;
import java.time.Duration;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class ConsentServiceTest extends MomoTestSupport {
  private static final String AUTH_REQ =
      "{\"auth_req_id\":\"c9b1e8f2-1a2b-4c3d-8e9f-0a1b2c3d4e5f\",\"interval\":5,\"expires_in\":300}";
  private static final String CONSENT_TOKEN = "{\"access_token\":\"consent-jwt\",\"token_type\":\"Bearer\","
      + "\"expires_in\":3600,\"scope\":\"profile\",\"refresh_token\":\"r-1\",\"refresh_token_expired_in\":86400}";

  @Test
  void bcAuthorizeThenOauth2TokenThenUserInfo() {
    enqueueToken();
    enqueueJson(200, AUTH_REQ);
    enqueueJson(200, CONSENT_TOKEN);
    enqueueJson(200, fixture("userinfo.json"));
    ConsentService consent = momo.disbursement().consent();

    AuthRequest auth = consent.bcAuthorize(BcAuthorizeRequest.online(
        AccountHolder.msisdn("46733123450"), "profile"));
    ConsentToken token = consent.createOauth2Token(auth.authReqId());
    UserInfo info = consent.userInfo(token);

    assertTokenRequest("disbursement", DISBURSEMENT_KEY);
    RecordedRequest authorize = take();
    assertThat(authorize.getMethod()).isEqualTo("POST");
    assertThat(authorize.getUrl().encodedPath()).isEqualTo("/disbursement/v1_0/bc-authorize");
    assertProductHeaders(authorize, DISBURSEMENT_KEY);
    assertThat(authorize.getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(authorize.getBody().utf8())
        .isEqualTo("login_hint=ID%3A46733123450%2FMSISDN&scope=profile&access_type=online");
    assertThat(auth.interval()).isEqualTo(5);

    RecordedRequest oauth = take();
    assertThat(oauth.getMethod()).isEqualTo("POST");
    assertThat(oauth.getUrl().encodedPath()).isEqualTo("/disbursement/oauth2/token/");
    assertThat(oauth.getHeaders().get("Authorization")).isEqualTo(BASIC);
    assertThat(oauth.getHeaders().get("Ocp-Apim-Subscription-Key")).isEqualTo(DISBURSEMENT_KEY);
    assertThat(oauth.getHeaders().get("X-Target-Environment")).isEqualTo("sandbox");
    assertThat(oauth.getBody().utf8()).isEqualTo("grant_type=urn%3Aopenid%3Aparams%3Agrant-type%3Aciba"
        + "&auth_req_id=c9b1e8f2-1a2b-4c3d-8e9f-0a1b2c3d4e5f");
    assertThat(token.refreshTokenExpiredIn()).isEqualTo(86400);
    assertThat(token.toString()).doesNotContain("consent-jwt").doesNotContain("r-1");

    RecordedRequest userinfo = take();
    assertThat(userinfo.getMethod()).isEqualTo("GET");
    assertThat(userinfo.getUrl().encodedPath()).isEqualTo("/disbursement/oauth2/v1_0/userinfo");
    assertThat(userinfo.getHeaders().get("Authorization")).isEqualTo("Bearer consent-jwt");
    assertThat(userinfo.getHeaders().get("Ocp-Apim-Subscription-Key")).isEqualTo(DISBURSEMENT_KEY);
    assertThat(userinfo.getHeaders().get("X-Target-Environment")).isEqualTo("sandbox");
    assertThat(info.givenName()).isEqualTo("Sand");
    assertThat(info.address().locality()).isEqualTo("Karlskrona");
    assertThat(info.address().formatted()).startsWith("Street 17\n");
    assertThat(info.creditScore()).isEqualTo("123");
    assertThat(info.emailVerified()).isTrue();
    assertThat(info.updatedAt()).isEqualTo(1731242938L);
  }

  @Test
  void addressAsAStringIsRead() {
    enqueueJson(200, "{\"sub\":\"1\",\"address\":\"Plot 4, Kampala\",\"credit_score\":\"700\"}");

    UserInfo info = momo.collection().consent()
        .userInfo(new ConsentToken("t", "Bearer", 3600L, "profile", null, null));

    assertThat(info.address().formatted()).isEqualTo("Plot 4, Kampala");
    assertThat(info.address().locality()).isNull();
    assertThat(info.creditScore()).isEqualTo("700");
  }

  @Test
  void refreshTokenGrantAndOfflineConsent() {
    enqueueToken();
    enqueueJson(200, AUTH_REQ);
    enqueueJson(200, CONSENT_TOKEN);
    ConsentService consent = momo.collection().consent();

    consent.bcAuthorize(new BcAuthorizeRequest(AccountHolder.msisdn("46733123450"), "all_info",
        AccessType.OFFLINE, 3600, null, null, "https://shop.example/consent"));
    consent.refreshOauth2Token("r-1");

    take();
    RecordedRequest authorize = take();
    assertThat(authorize.getUrl().encodedPath()).isEqualTo("/collection/v1_0/bc-authorize");
    assertThat(authorize.getHeaders().get("X-Callback-Url")).isEqualTo("https://shop.example/consent");
    assertThat(authorize.getBody().utf8()).isEqualTo(
        "login_hint=ID%3A46733123450%2FMSISDN&scope=all_info&access_type=offline&consent_valid_in=3600");
    assertThat(take().getBody().utf8()).isEqualTo("grant_type=refresh_token&refresh_token=r-1");
  }

  @Test
  void userInfoWithConsentPollsWhilePendingAtTheGivenInterval() {
    enqueueToken();
    enqueueJson(200, AUTH_REQ);
    enqueueJson(400, "{\"error\":\"authorization_pending\"}");
    enqueueJson(200, CONSENT_TOKEN);
    enqueueJson(200, fixture("userinfo.json"));

    UserInfo info = momo.remittance().consent()
        .userInfoWithConsent(AccountHolder.msisdn("46733123450"), "profile", Duration.ofMinutes(2));

    assertThat(info.sub()).isEqualTo("0");
    assertThat(sleeps).containsExactly(Duration.ofSeconds(5));
  }

  @Test
  void aRefusedConsentIsThrown() {
    enqueueToken();
    enqueueJson(200, AUTH_REQ);
    enqueueJson(400, "{\"error\":\"access_denied\"}");

    assertThatThrownBy(() -> momo.remittance().consent()
        .userInfoWithConsent(AccountHolder.msisdn("46733123451"), "profile", Duration.ofMinutes(2)))
        .isInstanceOfSatisfying(InvalidRequestException.class,
            e -> assertThat(e.providerCode()).isEqualTo("access_denied"));
    assertThat(sleeps).isEmpty();
  }
}
