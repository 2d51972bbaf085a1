package io.github.paysdk.odeo;

import org.junit.jupiter.api.AfterEach;

/** Base of the tests that drive a client against an {@link OdeoMockServer}. */
abstract class OdeoMockServerTest {
  final OdeoMockServer server = new OdeoMockServer();
  final OdeoClient odeo = server.client();

  @AfterEach
  void closeClientAndServer() {
    odeo.close();
    server.close();
  }
}
