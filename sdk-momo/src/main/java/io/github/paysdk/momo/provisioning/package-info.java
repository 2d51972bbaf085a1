/**
 * The sandbox provisioning API ({@code /v1_0/apiuser}): create an API user and its API key. Sandbox only;
 * production API users and keys come from MTN's Partner Portal.
 */
package io.github.paysdk.momo.provisioning;
