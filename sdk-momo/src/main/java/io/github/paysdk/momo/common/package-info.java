/**
 * Models and operations shared by the three MoMo products: parties, account holders, transaction
 * results with their status and reason, balances, basic user info, the {@link
 * io.github.paysdk.momo.common.Accepted} answer of every create call and the {@link
 * io.github.paysdk.momo.common.StatusPoller}.
 */
package io.github.paysdk.momo.common;
