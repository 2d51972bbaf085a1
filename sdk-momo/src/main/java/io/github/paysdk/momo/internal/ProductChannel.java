package io.github.paysdk.momo.internal;

import com.fasterxml.jackson.databind.JavaType;
import io.github.paysdk.core.auth.AccessToken;
import io.github.paysdk.core.auth.TokenResponses;
import io.github.paysdk.core.auth.BasicAuth;
import io.github.paysdk.core.auth.BearerTokenAuth;
import io.github.paysdk.core.auth.RequestSigner;
import io.github.paysdk.core.auth.Secret;
import io.github.paysdk.core.auth.StaticHeaders;
import io.github.paysdk.core.auth.TokenProvider;
import io.github.paysdk.core.error.ValidationException;
import io.github.paysdk.core.http.ApiRequest;
import io.github.paysdk.core.http.ApiResponse;
import io.github.paysdk.core.http.HttpExecutor;
import io.github.paysdk.core.http.HttpMethod;
import io.github.paysdk.core.json.JsonCodec;
import io.github.paysdk.core.retry.RetryMode;
import io.github.paysdk.momo.MomoEnvironment;
import io.github.paysdk.momo.MomoProduct;
import io.github.paysdk.momo.ProductCredentials;
import io.github.paysdk.momo.model.Accepted;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One product's connection: its path prefix, its three ways to authenticate (Bearer access token for
 * product calls, Basic API user and key for {@code /token/} and {@code /oauth2/token/}, subscription key
 * alone for provisioning and consent user info) and its cached access token.
 */
public final class ProductChannel {
  private static final String JSON = "application/json";
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final long DEFAULT_EXPIRES_IN = 3600;

  /** How a call authenticates. */
  public enum Auth {
    /** {@code Authorization: Bearer <access token>} from the product's token cache. */
    BEARER,
    /** {@code Authorization: Basic base64(apiUser:apiKey)}. */
    BASIC,
    /** Only the subscription key (the caller may add its own {@code Authorization}). */
    SUBSCRIPTION_KEY
  }

  private final MomoContext context;
  private final String prefix;
  private final HttpExecutor bearer;
  private final HttpExecutor basic;
  private final HttpExecutor keyOnly;
  private final TokenProvider tokens;
  private final String apiUser;

  /**
   * @param context the client's shared parts
   * @param product the product
   * @param credentials its credentials
   */
  public ProductChannel(MomoContext context, MomoProduct product, ProductCredentials credentials) {
    this(context, "/" + product.pathSegment(), credentials.subscriptionKey(), credentials.apiUser(),
        credentials.apiKey());
  }

  /**
   * A channel for calls outside any product (sandbox provisioning): subscription key only.
   *
   * @param context the client's shared parts
   * @param subscriptionKey any product's subscription key
   * @return the channel
   */
  public static ProductChannel provisioning(MomoContext context, Secret subscriptionKey) {
    return new ProductChannel(context, "", subscriptionKey, null, null);
  }

  private ProductChannel(MomoContext context, String prefix, Secret subscriptionKey, String apiUser,
      Secret apiKey) {
    this.context = context;
    this.prefix = prefix;
    this.apiUser = apiUser;
    Clock clock = context.transport().options().clock();
    MomoErrorMapper errors =
        new MomoErrorMapper(context.codec().mapper(), context.ledger(), clock);
    StaticHeaders key = StaticHeaders.of(MomoHeaders.SUBSCRIPTION_KEY, subscriptionKey);
    this.keyOnly = executor(errors, RequestSigner.compose(key, context.ledger()));
    if (apiUser != null) {
      this.basic = executor(errors, RequestSigner.compose(key, new BasicAuth(apiUser, apiKey)));
      this.tokens = new TokenProvider(this::fetchToken, Duration.ofSeconds(60), clock);
      this.bearer = executor(errors,
          RequestSigner.compose(key, new BearerTokenAuth(tokens), context.ledger()));
    } else {
      this.basic = null;
      this.tokens = null;
      this.bearer = null;
    }
  }

  private HttpExecutor executor(MomoErrorMapper errors, RequestSigner signer) {
    return context.transport().executor(context.environment().baseUrl())
        .signer(signer)
        .errorMapper(errors)
        .build();
  }

  /** @return the shared parts */
  public MomoContext context() {
    return context;
  }

  /** @return the JSON codec */
  public JsonCodec codec() {
    return context.codec();
  }

  /** @return the product's access token cache */
  public TokenProvider tokens() {
    return tokens;
  }

  /**
   * Starts a product request: prefix added, {@code X-Target-Environment} set.
   *
   * @param method the method
   * @param path the path below the product, e.g. {@code /v1_0/transfer}
   * @return the builder
   */
  public ApiRequest.Builder request(HttpMethod method, String path) {
    return ApiRequest.builder(method, prefix + path)
        .header(MomoHeaders.TARGET_ENVIRONMENT, context.targetEnvironment());
  }

  /**
   * @param auth how to authenticate
   * @param request the request
   * @return the successful response
   */
  public ApiResponse send(Auth auth, ApiRequest request) {
    HttpExecutor executor = switch (auth) {
      case BEARER -> bearer;
      case BASIC -> basic;
      case SUBSCRIPTION_KEY -> keyOnly;
    };
    if (executor == null) {
      throw new IllegalStateException("This channel has no API user and key");
    }
    return executor.execute(request);
  }

  /**
   * A product GET with the access token, parsed.
   *
   * @param path the path below the product
   * @param type the model type
   * @param <T> the model type
   * @return the parsed body
   */
  public <T> T get(String path, Class<T> type) {
    return codec().read(send(Auth.BEARER, request(HttpMethod.GET, path).build()), type);
  }

  /**
   * A product GET with the access token, parsed.
   *
   * @param path the path below the product
   * @param type the model type
   * @param <T> the model type
   * @return the parsed body
   */
  public <T> T get(String path, JavaType type) {
    return codec().read(send(Auth.BEARER, request(HttpMethod.GET, path).build()), type);
  }

  /**
   * Sends a resource-creating call: {@code X-Reference-Id}, optional {@code X-Callback-Url}, JSON body
   * serialized once; retried with the same reference id (MTN deduplicates on it).
   *
   * @param method POST (or DELETE for invoice cancellation)
   * @param path the path below the product
   * @param referenceId the reference id
   * @param callbackUrl the request's callback URL, or null for the client default
   * @param body the body model
   * @return the reference id, and whether MTN already had it from an earlier attempt
   */
  public Accepted create(
      HttpMethod method, String path, UUID referenceId, String callbackUrl, Object body) {
    String callback = callbackUrl(callbackUrl);
    String id = MomoRules.uuidV4(referenceId, "referenceId").toString(); // one string: header, key, check
    if (id.equalsIgnoreCase(apiUser)) {
      throw new ValidationException("referenceId", "must not be the API user id");
    }
    ApiRequest request = request(method, path)
        .header(MomoHeaders.REFERENCE_ID, id)
        .header(MomoHeaders.CALLBACK_URL, callback)
        .body(codec().toBytes(body), JSON)
        .retryMode(RetryMode.IDEMPOTENT)
        .lookupKey(id)
        .build();
    ApiResponse response = send(Auth.BEARER, request);
    return new Accepted(referenceId, response.status() == 409);
  }

  /**
   * @param requested a request's callback URL, or null
   * @return it, or the client's default; checked for production (https only) and against the
   *     configured provider callback host
   */
  public String callbackUrl(String requested) {
    String url = requested != null ? requested : context.defaultCallbackUrl();
    if (url == null) {
      return null;
    }
    MomoRules.callbackUrl(url, "callbackUrl");
    if (context.environment() == MomoEnvironment.PRODUCTION) {
      MomoRules.httpsCallbackUrl(url, "callbackUrl");
    }
    if (context.providerCallbackHost() != null) {
      MomoRules.callbackHost(url, context.providerCallbackHost(), "callbackUrl");
    }
    return url;
  }

  /**
   * @param currency a currency about to be sent
   * @param field the field name
   * @throws ValidationException if the sandbox is targeted and the currency is not EUR
   */
  public void checkCurrency(String currency, String field) {
    if (context.isSandbox() && !"EUR".equals(currency)) {
      throw new ValidationException(field, "must be EUR in the sandbox");
    }
  }

  /**
   * @param fields form fields in order; null values are skipped
   * @return the {@code application/x-www-form-urlencoded} bytes
   */
  public static byte[] form(Map<String, String> fields) {
    StringBuilder out = new StringBuilder();
    fields.forEach((name, value) -> {
      if (value != null) {
        if (out.length() > 0) {
          out.append('&');
        }
        out.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
            .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
      }
    });
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** @return the form content type */
  public static String formContentType() {
    return FORM;
  }

  /** @return an ordered map for {@link #form} */
  public static Map<String, String> fields() {
    return new LinkedHashMap<>();
  }

  private AccessToken fetchToken() {
    ApiRequest request = ApiRequest.builder(HttpMethod.POST, prefix + "/token/")
        .retryMode(RetryMode.READ)
        .build();
    ApiResponse response = basic.execute(request);
    TokenResponse token = codec().read(response, TokenResponse.class);
    return new AccessToken(TokenResponses.requireSendable(token.accessToken(), response),
        TokenResponses.expiresAt(context.transport().options().clock().instant(), token.expiresIn(),
            Duration.ofSeconds(DEFAULT_EXPIRES_IN)));
  }
}
