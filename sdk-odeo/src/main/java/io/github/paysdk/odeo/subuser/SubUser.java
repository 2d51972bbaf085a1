package io.github.paysdk.odeo.subuser;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A sub user of your account.
 *
 * @param userId the sub user's id (Odeo sends it as a number or a string)
 * @param name the full name
 * @param phoneNumber the phone number
 * @param email the email address
 */
public record SubUser(
    @JsonProperty("user_id") long userId,
    @JsonProperty("name") String name,
    @JsonProperty("phone_number") String phoneNumber,
    @JsonProperty("email") String email) {}
