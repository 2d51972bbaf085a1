package io.github.paysdk.core.paging;

import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * Builds {@link Page}s for APIs paged by {@code offset} and {@code limit}. The next page starts where
 * this one ended; there is one while the reported total is not reached or, without a total, while a
 * page comes back full.
 */
public final class OffsetPaging {
  private OffsetPaging() {}

  /**
   * One fetched slice.
   *
   * @param items the items at the requested offset
   * @param total the total the API reported, or null if it reports none
   * @param <T> the item type
   */
  public record Slice<T>(List<T> items, Integer total) {
    /** Copies the items. */
    public Slice {
      items = List.copyOf(Objects.requireNonNull(items, "items"));
    }
  }

  /**
   * @param offset the first item's offset
   * @param limit the page size asked for
   * @param fetch fetches the slice at an offset
   * @param <T> the item type
   * @return the page at {@code offset}, fetched now; later pages are fetched on demand
   */
  public static <T> Page<T> page(int offset, int limit, IntFunction<Slice<T>> fetch) {
    Slice<T> slice = fetch.apply(offset);
    List<T> items = slice.items();
    int nextOffset = offset + items.size();
    boolean more = !items.isEmpty()
        && (slice.total() != null ? nextOffset < slice.total() : items.size() >= limit);
    return Page.of(items, more ? () -> page(nextOffset, limit, fetch) : null);
  }
}
