package io.github.paysdk.odeonpay.internal;

import static io.github.paysdk.core.text.Ascii.isAscii;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import io.github.paysdk.core.error.MalformedResponseException;
import io.github.paysdk.core.http.ApiResponse;
import io.github.paysdk.core.json.TopLevelValueWatcher;
import io.github.paysdk.odeonpay.model.Transaction;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a {@link TransactionEnvelope} in one parse, with OdeonPay's case-insensitive names, and tells a
 * rejection apart in the same pass ({@link RejectionCheck}).
 *
 * <p>Matching names case-insensitively makes Jackson lower-case every mixed-case name it reads (a new
 * string per {@code transactionId}, {@code statusCode}, ...). So the envelope is first read with names
 * matched exactly, while every name read is checked: if each is either exactly the name of a component of
 * the envelope's records, or ASCII and equal ignoring case to none of them, exact matching binds every
 * field to the same component as case-insensitive matching would (no two of those names are equal
 * ignoring case), and the result is the same. Any other name ({@code Success}, {@code TransactionID},
 * non-ASCII), or a body that does not parse, is read again by {@link OdeonPayJson#codec()} exactly as
 * before, which also reports a malformed body with the same message.
 */
final class TransactionEnvelopes {
  /** The component names of every record a transaction envelope is read into. */
  static final Set<String> NAMES = Stream.of(TransactionEnvelope.class, Transaction.class,
          ThreeDsModels.Redirect.class, ThreeDsModels.Acs.class)
      .flatMap(type -> Arrays.stream(type.getRecordComponents()))
      .map(RecordComponent::getName)
      .collect(Collectors.toUnmodifiableSet());
  /** {@link #NAMES}, lower case. */
  static final Set<String> LOWER_CASE_NAMES = NAMES.stream()
      .map(name -> name.toLowerCase(Locale.ROOT))
      .collect(Collectors.toUnmodifiableSet());

  private static final JavaType EXACT_TYPE =
      OdeonPayJson.exactNames().mapper().constructType(TransactionEnvelope.class);
  private static final JavaType TYPE = OdeonPayJson.codec().mapper().constructType(TransactionEnvelope.class);

  private TransactionEnvelopes() {}

  /**
   * @param response a 2xx response
   * @return its envelope
   * @throws io.github.paysdk.odeonpay.error.RequestRejectedException if the answer is a rejection
   * @throws MalformedResponseException if the body is empty or not an envelope
   */
  static TransactionEnvelope read(ApiResponse response) {
    RejectionCheck rejection = new RejectionCheck();
    ExactNameCheck names = new ExactNameCheck(rejection);
    TransactionEnvelope envelope;
    try {
      envelope = OdeonPayJson.exactNames().read(response, EXACT_TYPE, names);
    } catch (MalformedResponseException readAgainBelow) {
      envelope = null;
    }
    if (envelope == null || names.readsDifferently()) {
      rejection = new RejectionCheck();
      envelope = OdeonPayJson.codec().read(response, TYPE, rejection);
    }
    if (envelope.model() == null && envelope.threeDsRedirectModel() == null
        && envelope.threeDsModel() == null) {
      rejection.throwIfRejected(response, envelope.success(), envelope.message());
    }
    return envelope;
  }

  /** Passes the top level on to the rejection check and notes any name exact matching may misread. */
  private static final class ExactNameCheck implements TopLevelValueWatcher.Listener {
    private final RejectionCheck rejection;
    private boolean readsDifferently;

    ExactNameCheck(RejectionCheck rejection) {
      this.rejection = rejection;
    }

    @Override
    public void topLevelValue(String name, JsonToken token) {
      rejection.topLevelValue(name, token);
    }

    @Override
    public void fieldName(String name) {
      if (!readsDifferently && !NAMES.contains(name)) {
        readsDifferently = !isAscii(name) || LOWER_CASE_NAMES.contains(name.toLowerCase(Locale.ROOT));
      }
    }

    boolean readsDifferently() {
      return readsDifferently;
    }
  }
}
