package io.github.paysdk.momo.consent;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Personal information an account holder consented to share ({@code oauth2/v1_0/userinfo}). Fields
 * outside the granted scope are null. {@code credit_score} is read as text (the spec says string, the
 * sandbox sends a number).
 *
 * @param sub subject id
 * @param name full name
 * @param givenName first name
 * @param familyName last name
 * @param middleName middle name
 * @param email e-mail
 * @param emailVerified whether the e-mail is verified
 * @param gender gender
 * @param locale locale
 * @param phoneNumber phone number
 * @param phoneNumberVerified whether the number is verified
 * @param address address
 * @param updatedAt last update, epoch seconds
 * @param status account status
 * @param birthdate birth date as sent
 * @param creditScore credit score as text
 * @param active whether the account is active
 * @param countryOfBirth country of birth
 * @param regionOfBirth region of birth
 * @param cityOfBirth city of birth
 * @param occupation occupation
 * @param employerName employer
 * @param identificationType identification document type, e.g. {@code PASS}
 * @param identificationValue identification document number
 */
public record UserInfo(
    String sub,
    String name,
    @JsonProperty("given_name") String givenName,
    @JsonProperty("family_name") String familyName,
    @JsonProperty("middle_name") String middleName,
    String email,
    @JsonProperty("email_verified") Boolean emailVerified,
    String gender,
    String locale,
    @JsonProperty("phone_number") String phoneNumber,
    @JsonProperty("phone_number_verified") Boolean phoneNumberVerified,
    Address address,
    @JsonProperty("updated_at") Long updatedAt,
    String status,
    String birthdate,
    @JsonProperty("credit_score") String creditScore,
    Boolean active,
    @JsonProperty("country_of_birth") String countryOfBirth,
    @JsonProperty("region_of_birth") String regionOfBirth,
    @JsonProperty("city_of_birth") String cityOfBirth,
    String occupation,
    @JsonProperty("employer_name") String employerName,
    @JsonProperty("identification_type") String identificationType,
    @JsonProperty("identification_value") String identificationValue) {

  /** @return a summary without personal data */
  @Override
  public String toString() {
    return "UserInfo[sub=" + sub + ", status=" + status + "]";
  }
}
