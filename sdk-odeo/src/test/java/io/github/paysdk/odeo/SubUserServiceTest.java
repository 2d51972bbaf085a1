package io.github.paysdk.odeo;

import static io.github.paysdk.odeo.SignedRequests.assertSigned;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.core.paging.Page;
import io.github.paysdk.odeo.subuser.SubUser;
import io.github.paysdk.odeo.subuser.SubUserRequest;
import org.junit.jupiter.api.Test;

/** Each sub-user endpoint: the exact request (§3.7 rows 29-32) and the parsed example response. */
class SubUserServiceTest extends OdeoMockServerTest {
  private static final String AGUS_BODY =
      "{\"email\":\"agus@example.com\",\"name\":\"Agus Hartono\",\"phone_number\":\"081234567890\"}";
  private static final SubUser AGUS = new SubUser(123, "Agus Hartono", "081234567890", "agus@example.com");

  @Test
  void listSubUsers() {
    server.enqueueFixture("sub-users.json");

    Page<SubUser> page = odeo.subUser().listSubUsers();

    assertSigned(server.onlyApiRequest(), "GET", "/sub-users", null, "",
        "sHzLllqZvSFwpZTxd70qu1eGfTWHawv3a1nT1IXP3zs=");
    assertThat(page.items()).containsExactly(AGUS);
    assertThat(page.hasNextPage()).isTrue();
  }

  @Test
  void listSubUsersFromAPageToken() {
    server.enqueueFixture("sub-users.json");

    odeo.subUser().listSubUsers("abcdef");

    assertSigned(server.onlyApiRequest(), "GET", "/sub-users", "page_token=abcdef", "",
        "amWP0owDfbvyPoQGyG9jpBCZXYugX3D+zhkH/t4lA3k=");
  }

  @Test
  void createSubUserReadsAUserIdSentAsAString() {
    server.enqueueFixture("sub-user.json");

    SubUser created = odeo.subUser().createSubUser(
        new SubUserRequest("agus@example.com", "Agus Hartono", "081234567890"));

    assertSigned(server.onlyApiRequest(), "POST", "/sub-users", null, AGUS_BODY,
        "IyMSYxV1An/jebiOlsVaWAz1XPlVQ663J5spsJlxlro=");
    assertThat(created).isEqualTo(AGUS);
  }

  @Test
  void updateSubUser() {
    server.enqueueFixture("sub-user.json");

    SubUser updated = odeo.subUser().updateSubUser(123,
        new SubUserRequest("agus@example.com", "Agus Hartono", "081234567890"));

    assertSigned(server.onlyApiRequest(), "PUT", "/sub-users/123", null, AGUS_BODY,
        "tcw7lg3kRTbH4h/80Tv3cidIa+uCqZecHKRKgXtC+3Y=");
    assertThat(updated).isEqualTo(AGUS);
  }
}
