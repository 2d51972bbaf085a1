package io.github.paysdk.core.http;

import okhttp3.Call;
import okhttp3.EventListener;

/**
 * Remembers whether OkHttp began writing a request. Until then a failure certainly left the provider
 * untouched; after it, the outcome of a failed money-moving call is unknown.
 */
final class SendTracker extends EventListener {
  static final EventListener.Factory FACTORY = call -> {
    SendTracker tracker = call.request().tag(SendTracker.class);
    return tracker != null ? tracker : EventListener.NONE;
  };

  private volatile boolean started;

  @Override
  public void requestHeadersStart(Call call) {
    started = true;
  }

  boolean requestStarted() {
    return started;
  }
}
