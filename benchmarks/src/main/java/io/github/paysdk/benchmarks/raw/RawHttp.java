package io.github.paysdk.benchmarks.raw;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** What every raw baseline shares: one OkHttpClient, a base URL, a plain mapper, crypto prototypes. */
final class RawHttp {
  static final MediaType JSON = MediaType.get("application/json");
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private final OkHttpClient client;
  private final HttpUrl baseUrl;
  private final String basePath;

  RawHttp(OkHttpClient client, String baseUrl) {
    this.client = client;
    this.baseUrl = HttpUrl.get(baseUrl);
    String path = this.baseUrl.encodedPath();
    this.basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** @return a mapper with the least configuration the canned responses need */
  static JsonMapper.Builder mapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  HttpUrl url(String pathAndQuery) {
    return HttpUrl.get(baseUrl.scheme() + "://" + baseUrl.host() + ":" + baseUrl.port() + basePath
        + pathAndQuery);
  }

  /** Sends the request and parses a 2xx body as {@code type}; anything else is an exception. */
  <T> T call(Request request, ObjectMapper mapper, JavaType type) {
    try (Response response = client.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IllegalStateException("HTTP " + response.code());
      }
      if (type == null) {
        return null;
      }
      try (InputStream body = response.body().byteStream()) {
        return mapper.readValue(body, type);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Mac hmacSha256(String key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A fresh copy of a keyed prototype: thread-safe and cheaper than getInstance + init. */
  static Mac copy(Mac prototype) {
    try {
      return (Mac) prototype.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException(e);
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static MessageDigest copy(MessageDigest prototype) {
    try {
      return (MessageDigest) prototype.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException(e);
    }
  }

  static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  static byte[] hexAscii(byte[] data) {
    byte[] out = new byte[data.length * 2];
    for (int i = 0; i < data.length; i++) {
      out[2 * i] = (byte) HEX[(data[i] >> 4) & 0xF];
      out[2 * i + 1] = (byte) HEX[data[i] & 0xF];
    }
    return out;
  }

  static byte[] json(ObjectMapper mapper, Object body) {
    try {
      return mapper.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
