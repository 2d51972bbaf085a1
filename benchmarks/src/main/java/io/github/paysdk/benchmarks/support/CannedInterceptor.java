package io.github.paysdk.benchmarks.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * An OkHttp application interceptor that answers from memory: the first route whose method and path
 * prefix match returns its canned status and body. The request body is written out in full (as it would
 * be to a socket) and discarded, so serialization and signing costs are real and nothing touches the
 * network. Thread-safe once built.
 */
public final class CannedInterceptor implements Interceptor {
  private static final MediaType JSON = MediaType.get("application/json");
  private final List<Route> routes = new ArrayList<>();
  private final AtomicInteger unmatched = new AtomicInteger();

  /**
   * Adds a route; call before the interceptor is used.
   *
   * @param method the HTTP method
   * @param pathPrefix the encoded path prefix to match
   * @param status the status to answer
   * @param body the body to answer (not copied)
   * @return this
   */
  public CannedInterceptor on(String method, String pathPrefix, int status, byte[] body) {
    routes.add(new Route(method, pathPrefix, status, body, new AtomicInteger()));
    return this;
  }

  /**
   * @param method the HTTP method
   * @param pathPrefix a path prefix given to {@link #on}
   * @return how many requests that route answered
   */
  public int count(String method, String pathPrefix) {
    for (Route route : routes) {
      if (route.method.equals(method) && route.pathPrefix.equals(pathPrefix)) {
        return route.hits.get();
      }
    }
    return 0;
  }

  /** @return how many requests matched no route (answered 404) */
  public int unmatched() {
    return unmatched.get();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (request.body() != null) {
      Buffer sink = new Buffer();
      request.body().writeTo(sink);
      sink.clear();
    }
    String path = request.url().encodedPath();
    for (Route route : routes) {
      if (route.method.equals(request.method()) && path.startsWith(route.pathPrefix)) {
        route.hits.incrementAndGet();
        return response(request, route.status, route.body);
      }
    }
    unmatched.incrementAndGet();
    return response(request, 404, "{}".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  private static Response response(Request request, int status, byte[] body) {
    return new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(status)
        .message(status < 300 ? "OK" : "Error")
        .header("Content-Type", "application/json")
        .body(ResponseBody.create(body, JSON))
        .build();
  }

  private record Route(String method, String pathPrefix, int status, byte[] body, AtomicInteger hits) {}
}
