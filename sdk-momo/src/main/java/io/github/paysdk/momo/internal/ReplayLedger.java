package io.github.paysdk.momo.internal;

import io.github.paysdk.core.auth.RequestSigner;
import io.github.paysdk.core.http.ApiRequest;
import io.github.paysdk.core.http.HttpMethod;
import io.github.paysdk.core.http.OutgoingRequest;
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
    ApiRequest sentRequest = request.request();
    byte[] body = request.body();
    long bodyHash = hash(body);
    synchronized (sent) {
      Entry entry = sent.get(id);
      if (entry == null) {
        sent.put(id, new Entry(sentRequest.method(), sentRequest.path(), length(body), bodyHash));
      } else if (entry.matches(sentRequest.method(), sentRequest.path(), length(body), bodyHash)) {
        entry.attempts++;
      } else {
        // Another request under the same id: it replaces the old one (get() made it the newest).
        entry.remember(sentRequest.method(), sentRequest.path(), length(body), bodyHash);
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
    byte[] body = request.body();
    long bodyHash = hash(body);
    synchronized (sent) {
      Entry entry = sent.get(id);
      return entry != null && entry.matches(request.method(), request.path(), length(body), bodyHash)
          && entry.attempts >= 2;
    }
  }

  /** @return the body's length; null and empty are the same (no body) */
  private static int length(byte[] body) {
    return body == null ? 0 : body.length;
  }

  /**
   * A 64-bit FNV-1a hash of the exact body bytes, computed in place (no copy, no string); null and empty
   * give the same hash.
   */
  static long hash(byte[] body) {
    long hash = 0xcbf29ce484222325L;
    if (body != null) {
      for (byte b : body) {
        hash ^= b & 0xff;
        hash *= 0x100000001b3L;
      }
    }
    return hash;
  }

  /**
   * What was sent under one reference id (method, path, body length and body hash) and how many
   * attempts of it counted.
   */
  private static final class Entry {
    HttpMethod method;
    String path;
    int length;
    long hash;
    int attempts;

    Entry(HttpMethod method, String path, int length, long hash) {
      remember(method, path, length, hash);
    }

    /** Replaces what is remembered by another request: its first attempt. */
    void remember(HttpMethod method, String path, int length, long hash) {
      this.method = method;
      this.path = path;
      this.length = length;
      this.hash = hash;
      this.attempts = 1;
    }

    boolean matches(HttpMethod method, String path, int length, long hash) {
      return this.method == method && this.length == length && this.hash == hash
          && this.path.equals(path);
    }
  }
}
