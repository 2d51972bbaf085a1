package io.github.paysdk.reliability.concurrency;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.SocketFactory;

/** Counts the sockets OkHttp opens: one per new connection. */
final class CountingSocketFactory extends SocketFactory {
  private final SocketFactory delegate = SocketFactory.getDefault();
  private final AtomicInteger opened = new AtomicInteger();

  /** @return how many sockets were created so far */
  int opened() {
    return opened.get();
  }

  @Override
  public Socket createSocket() throws IOException {
    opened.incrementAndGet();
    return delegate.createSocket();
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    opened.incrementAndGet();
    return delegate.createSocket(host, port);
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
    opened.incrementAndGet();
    return delegate.createSocket(host, port, localHost, localPort);
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    opened.incrementAndGet();
    return delegate.createSocket(host, port);
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    opened.incrementAndGet();
    return delegate.createSocket(address, port, localAddress, localPort);
  }
}
