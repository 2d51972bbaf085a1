/** Pages of list results, with auto-iteration across pages. */
package io.github.paysdk.core.paging;
