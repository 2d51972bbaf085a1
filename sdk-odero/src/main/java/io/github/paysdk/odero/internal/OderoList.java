package io.github.paysdk.odero.internal;

import java.util.List;

/**
 * The {@code data} of a list response: {@code {"items": [...], "page", "size", "totalSize"}}; the paging
 * fields appear only for paged queries.
 *
 * @param items the items, never null
 * @param page the page number (from 0), or null
 * @param size the page size, or null
 * @param totalSize how many items match in total, or null
 * @param <T> the item type
 */
public record OderoList<T>(List<T> items, Integer page, Integer size, Long totalSize) {
  /** Replaces a missing list by an empty one. */
  public OderoList {
    items = items == null ? List.of() : List.copyOf(items);
  }

  /**
   * @param requestedPage the page asked for
   * @param requestedSize the page size asked for
   * @return whether another page may follow this one
   */
  public boolean hasMore(int requestedPage, int requestedSize) {
    int current = page != null ? page : requestedPage;
    int pageSize = size != null && size > 0 ? size : requestedSize;
    if (items.isEmpty()) {
      return false;
    }
    if (totalSize != null) {
      return (long) (current + 1) * pageSize < totalSize;
    }
    return items.size() >= pageSize;
  }
}
