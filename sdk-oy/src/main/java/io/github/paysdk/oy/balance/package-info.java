/** The partner balance ({@code GET /api/balance}). */
package io.github.paysdk.oy.balance;
