package io.github.paysdk.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PageTest {
  private final AtomicInteger fetches = new AtomicInteger();

  /** Pages of [1,2], [], [3], [4,5] (an empty page with a next token happens in the wild). */
  private Page<Integer> page(int index) {
    List<List<Integer>> pages = List.of(List.of(1, 2), List.of(), List.of(3), List.of(4, 5));
    return Page.of(pages.get(index), index + 1 < pages.size() ? () -> {
      fetches.incrementAndGet();
      return page(index + 1);
    } : null);
  }

  @Test
  void autoPagingWalksEveryItemAcrossPagesSkippingEmptyOnes() {
    List<Integer> all = new ArrayList<>();
    page(0).autoPagingIterable().forEach(all::add);
    assertThat(all).containsExactly(1, 2, 3, 4, 5);
    assertThat(fetches).hasValue(3);
  }

  @Test
  void streamFetchesLazily() {
    assertThat(page(0).stream().limit(2).toList()).containsExactly(1, 2);
    assertThat(fetches).hasValue(0);
  }

  @Test
  void lastPageHasNoNext() {
    Page<String> last = Page.last(List.of("a"));
    assertThat(last.hasNextPage()).isFalse();
    assertThatThrownBy(last::nextPage).isInstanceOf(NoSuchElementException.class);
  }
}
