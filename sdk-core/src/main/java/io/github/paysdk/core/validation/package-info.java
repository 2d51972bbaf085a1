/** Input checks that fail before any network call, with a message naming the field and the rule. */
package io.github.paysdk.core.validation;
