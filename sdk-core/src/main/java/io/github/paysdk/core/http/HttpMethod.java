package io.github.paysdk.core.http;

/** The HTTP methods the providers use. */
public enum HttpMethod {
  /** GET: a read. */
  GET,
  /** POST. */
  POST,
  /** PUT. */
  PUT,
  /** PATCH. */
  PATCH,
  /** DELETE. */
  DELETE
}
