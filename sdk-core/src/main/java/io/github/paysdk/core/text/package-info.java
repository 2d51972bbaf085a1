/** Small text checks shared by the signers and parsers of every provider module. */
package io.github.paysdk.core.text;
