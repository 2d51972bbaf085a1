package io.github.paysdk.momo.internal;

import io.github.paysdk.core.auth.RequestSigner;
import io.github.paysdk.core.http.ApiRequest;
import io.github.paysdk.core.http.OutgoingRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers which {@code X-Reference-Id}s this client has already put on the wire, with which path and
 * body. A 409 {@code RESOURCE_ALREADY_EXIST} then tells two cases apart: the same request sent again
 * (an earlier attempt got through and its answer was lost: "already accepted") and a reference id that
 * some other request used (a real conflict). Runs as a signer so it sees every attempt; bounded, oldest
 * entries are forgotten first.
 */
public final class ReplayLedger implements RequestSigner {
  private static final int CAPACITY = 10_000;
  private final Map<String, Entry> sent = new LinkedHashMap<>(64, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
      return size() > CAPACITY;
    }
  };

  @Override
  public void sign(OutgoingRequest request) {
    String id = request.header(MomoHeaders.REFERENCE_ID);
    if (id == null) {
      return;
    }
    String fingerprint = fingerprint(request.request(), request.body());
    synchronized (sent) {
      Entry entry = sent.get(id);
      if (entry == null || !entry.fingerprint.equals(fingerprint)) {
        sent.put(id, new Entry(fingerprint, 1));
      } else {
        entry.attempts++;
      }
    }
  }

  /** An attempt answered 401 was refused at the gate and created nothing: it does not count. */
  @Override
  public boolean refreshAfterUnauthorized(OutgoingRequest request) {
    String id = request.header(MomoHeaders.REFERENCE_ID);
    if (id != null) {
      synchronized (sent) {
        Entry entry = sent.get(id);
        if (entry != null && entry.attempts > 0) {
          entry.attempts--;
        }
      }
    }
    return false;
  }

  /**
   * @param request a request answered 409
   * @return true if this client sent the same reference id with the same method, path and body before
   *     the attempt that got the 409
   */
  public boolean isResend(ApiRequest request) {
    String id = request.headers().get(MomoHeaders.REFERENCE_ID);
    if (id == null) {
      return false;
    }
    synchronized (sent) {
      Entry entry = sent.get(id);
      return entry != null && entry.fingerprint.equals(fingerprint(request, request.body()))
          && entry.attempts >= 2;
    }
  }

  /**
   * @param request the request
   * @param body its body bytes (only read), or null; null and empty give the same fingerprint
   */
  private static String fingerprint(ApiRequest request, byte[] body) {
    boolean none = body == null || body.length == 0;
    return request.method() + " " + request.path() + " "
        + (none ? 0 : body.length) + ":" + (none ? 0 : Arrays.hashCode(body));
  }

  private static final class Entry {
    final String fingerprint;
    int attempts;

    Entry(String fingerprint, int attempts) {
      this.fingerprint = fingerprint;
      this.attempts = attempts;
    }
  }
}
