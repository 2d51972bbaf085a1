/** Sub users ({@code /sub-users}): list, create and update the users under your main account. */
package io.github.paysdk.odeo.subuser;
