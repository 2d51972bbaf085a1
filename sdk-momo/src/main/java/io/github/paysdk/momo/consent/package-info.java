/**
 * The consent flow (OpenID CIBA) for user info with consent: {@code bc-authorize}, then
 * {@code oauth2/token/} with the returned {@code auth_req_id}, then {@code oauth2/v1_0/userinfo} with the
 * consent token. Identical for the three products.
 */
package io.github.paysdk.momo.consent;
