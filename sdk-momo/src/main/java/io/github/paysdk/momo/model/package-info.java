/**
 * Models and operations shared by the three MoMo products: parties, account holders, transaction
 * results with their status and reason, balances, basic user info, the {@link
 * io.github.paysdk.momo.model.Accepted} answer of every create call and the {@link
 * io.github.paysdk.momo.model.StatusPoller}.
 */
package io.github.paysdk.momo.model;
