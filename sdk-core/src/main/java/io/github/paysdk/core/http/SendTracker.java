package io.github.paysdk.core.http;

import okhttp3.Call;
import okhttp3.EventListener;

/**
 * Remembers whether OkHttp began writing a request. Until then a failure certainly left the provider
 * untouched; after it, the outcome of a failed money-moving call is unknown.
 */
final class SendTracker extends EventListener {
  private volatile boolean started;

  /**
   * The SDK's listener factory: the tracker an attempt carries as its tag, together with the listener the
   * caller's own OkHttpClient creates (metrics, tracing), which keeps receiving every event.
   *
   * @param callers the event listener factory of the caller's OkHttpClient, or null for none
   * @return the factory to install on the SDK's client
   */
  static EventListener.Factory factory(EventListener.Factory callers) {
    return call -> {
      SendTracker tracker = call.request().tag(SendTracker.class);
      EventListener theirs = callers == null ? EventListener.NONE : callers.create(call);
      if (tracker == null) {
        return theirs;
      }
      return theirs == EventListener.NONE ? tracker : tracker.plus(theirs);
    };
  }

  @Override
  public void requestHeadersStart(Call call) {
    started = true;
  }

  boolean requestStarted() {
    return started;
  }
}
