package io.github.paysdk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Delivers a simulator's callbacks (webhooks) to a URL the test gives. */
public final class CallbackSender {
  private static final MediaType JSON = MediaType.get("application/json");
  private final OkHttpClient client = new OkHttpClient.Builder()
      .callTimeout(10, TimeUnit.SECONDS)
      .build();

  /**
   * Sends one callback and waits for the answer.
   *
   * @param method POST or PUT
   * @param url where to send it
   * @param headers extra headers (e.g. a signature)
   * @param body the exact body bytes
   * @return the receiver's HTTP status
   */
  public int send(String method, String url, Map<String, String> headers, byte[] body) {
    Request.Builder request = new Request.Builder()
        .url(url)
        .method(method, RequestBody.create(body, JSON));
    headers.forEach(request::header);
    try (Response response = client.newCall(request.build()).execute()) {
      return response.code();
    } catch (IOException e) {
      throw new UncheckedIOException("Callback to " + url + " failed", e);
    }
  }
}
