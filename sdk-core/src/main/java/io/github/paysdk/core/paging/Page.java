package io.github.paysdk.core.paging;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One page of a list call. {@link #autoPagingIterable()} and {@link #stream()} walk every item of this
 * page and the following ones, fetching each next page only when the previous one is used up.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final List<T> items;
  private final Supplier<Page<T>> next;

  private Page(List<T> items, Supplier<Page<T>> next) {
    this.items = List.copyOf(items);
    this.next = next;
  }

  /**
   * @param items this page's items
   * @param next fetches the next page, or null if this is the last page
   * @param <T> the item type
   * @return the page
   */
  public static <T> Page<T> of(List<T> items, Supplier<Page<T>> next) {
    return new Page<>(Objects.requireNonNull(items, "items"), next);
  }

  /**
   * @param items the only page's items
   * @param <T> the item type
   * @return a last page
   */
  public static <T> Page<T> last(List<T> items) {
    return of(items, null);
  }

  /** @return this page's items */
  public List<T> items() {
    return items;
  }

  /** @return whether another page follows */
  public boolean hasNextPage() {
    return next != null;
  }

  /**
   * @return the next page, fetched now
   * @throws NoSuchElementException if this is the last page
   */
  public Page<T> nextPage() {
    if (next == null) {
      throw new NoSuchElementException("This is the last page");
    }
    return next.get();
  }

  /** @return every item of this and the following pages, fetched lazily */
  public Iterable<T> autoPagingIterable() {
    return () -> new AutoPagingIterator<>(this);
  }

  /** @return every item of this and the following pages, fetched lazily, as a sequential stream */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            new AutoPagingIterator<>(this), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  @Override
  public String toString() {
    return "Page{" + items.size() + " items, hasNextPage=" + hasNextPage() + "}";
  }

  private static final class AutoPagingIterator<T> implements Iterator<T> {
    private Page<T> page;
    private Iterator<T> current;

    AutoPagingIterator(Page<T> first) {
      this.page = first;
      this.current = first.items.iterator();
    }

    @Override
    public boolean hasNext() {
      // Skip empty pages: a provider may return an empty page that still has a next-page token.
      while (!current.hasNext() && page.hasNextPage()) {
        page = page.nextPage();
        current = page.items.iterator();
      }
      return current.hasNext();
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }
  }
}
