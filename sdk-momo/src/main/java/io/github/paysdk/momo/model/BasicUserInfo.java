package io.github.paysdk.momo.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An account holder's basic personal information, available without consent. In the sandbox first
 * and last names come back swapped.
 *
 * @param givenName first name
 * @param familyName last name
 * @param birthdate birth date as sent (e.g. {@code 1976-08-13})
 * @param locale locale as sent (e.g. {@code sv_SE})
 * @param gender gender as sent (e.g. {@code MALE})
 * @param status account status, if sent
 * @param sub subject, if sent
 * @param name full name, if sent
 * @param updatedAt last update in epoch seconds, if sent
 */
public record BasicUserInfo(
    @JsonProperty("given_name") String givenName,
    @JsonProperty("family_name") String familyName,
    String birthdate,
    String locale,
    String gender,
    String status,
    String sub,
    String name,
    @JsonProperty("updated_at") Long updatedAt) {}
