package io.github.paysdk.odeo.subuser;

import io.github.paysdk.core.http.HttpMethod;
import io.github.paysdk.core.http.QueryParam;
import io.github.paysdk.core.paging.Page;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odeo.internal.OdeoApi;
import java.util.List;
import java.util.Objects;

/**
 * Odeo's sub-user API ({@code /sub-users}): users under your main account. Obtain it from
 * {@code OdeoClient.subUser()}.
 */
public final class SubUserService {
  private final OdeoApi api;

  /**
   * Not public API: use {@code OdeoClient.subUser()}.
   *
   * @param api the client's connection
   */
  public SubUserService(OdeoApi api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /**
   * {@code GET /sub-users}.
   *
   * @return the first page; iterate all with {@link Page#autoPagingIterable()}
   */
  public Page<SubUser> listSubUsers() {
    return listSubUsers(null);
  }

  /**
   * {@code GET /sub-users?page_token=..}.
   *
   * @param pageToken a {@code next_page_token} to resume from, or null for the first page
   * @return that page; iterate on with {@link Page#autoPagingIterable()}
   */
  public Page<SubUser> listSubUsers(String pageToken) {
    return api.page(pageToken, token -> api.get("/sub-users",
        token == null || token.isEmpty() ? List.of() : List.of(new QueryParam("page_token", token))),
        "sub_users", SubUser.class);
  }

  /**
   * {@code POST /sub-users}. Not resent once it may have left the JVM; if the outcome is unknown, look
   * for the user in {@link #listSubUsers()}.
   *
   * @param request the new user's details
   * @return the created sub user
   * @throws io.github.paysdk.odeo.error.OdeoInputValidationException e.g. an invalid email address
   * @throws io.github.paysdk.odeo.error.OdeoGeneralException e.g. {@code Phone number registered}
   */
  public SubUser createSubUser(SubUserRequest request) {
    Objects.requireNonNull(request, "request");
    return api.send(HttpMethod.POST, "/sub-users", request.toJson(), null)
        .as(SubUser.class, "user_id");
  }

  /**
   * {@code PUT /sub-users/{userId}}.
   *
   * @param userId the sub user to update
   * @param request the new details (all three are sent)
   * @return the updated sub user
   * @throws io.github.paysdk.odeo.error.OdeoInputValidationException e.g. an invalid email address
   * @throws io.github.paysdk.odeo.error.OdeoGeneralException e.g. {@code Data not found}
   */
  public SubUser updateSubUser(long userId, SubUserRequest request) {
    Validate.positive(userId, "userId");
    Objects.requireNonNull(request, "request");
    return api.send(HttpMethod.PUT, "/sub-users/" + userId, request.toJson(), null)
        .as(SubUser.class, "user_id");
  }
}
