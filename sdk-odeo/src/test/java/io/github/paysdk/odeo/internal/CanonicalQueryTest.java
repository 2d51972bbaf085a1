package io.github.paysdk.odeo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.core.http.QueryParam;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalQueryTest {
  @Test
  void sortsByNameAndWritesSpacesAsPlus() {
    List<QueryParam> params = List.of(
        new QueryParam("reference_ids[0]", "INV-001"),
        new QueryParam("reference_ids[1]", "INV 002"),
        new QueryParam("start_date", "1704067200"),
        new QueryParam("end_date", "1706745599"),
        new QueryParam("page_token", "pt_abc"));

    assertThat(CanonicalQuery.of(params)).isEqualTo("end_date=1706745599&page_token=pt_abc"
        + "&reference_ids[0]=INV-001&reference_ids[1]=INV+002&start_date=1704067200");
  }

  @Test
  void sortsLexicographicallySoTenComesBeforeTwo() {
    List<QueryParam> params = List.of(new QueryParam("user_ids[2]", "3"), new QueryParam("user_ids[10]", "11"));

    assertThat(CanonicalQuery.of(params)).isEqualTo("user_ids[10]=11&user_ids[2]=3");
  }

  @Test
  void leavesEveryOtherCharacterRawLikePython() {
    // Python: unquote(urlencode({'k k': 'x%41 y+z&w=é/[]~*'})) == 'k+k=x%41+y+z&w=é/[]~*'
    assertThat(CanonicalQuery.of(List.of(new QueryParam("k k", "x%41 y+z&w=é/[]~*"))))
        .isEqualTo("k+k=x%41+y+z&w=é/[]~*");
  }

  @Test
  void noParametersGiveAnEmptyString() {
    assertThat(CanonicalQuery.of(List.of())).isEmpty();
  }
}
