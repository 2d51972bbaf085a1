package io.github.paysdk.momo.provisioning;

/**
 * A sandbox API user as {@code GET /v1_0/apiuser/{id}} returns it.
 *
 * @param providerCallbackHost the only host callback URLs may use
 * @param targetEnvironment always {@code sandbox}
 */
public record ApiUser(String providerCallbackHost, String targetEnvironment) {}
