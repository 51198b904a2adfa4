package io.github.ebmaven.localaws;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one loopback port for all services. Each request is routed on its own (a kept-alive
 * connection may carry EB and S3 requests in turn): {@code /_localaws/...} to the control path,
 * then to the first {@link LocalService} that claims it (the applications, EC2, SSM),
 * requests signed for {@code iam} or {@code sts} to the IAM emulator, requests signed for
 * {@code elasticbeanstalk} (or unsigned Query requests) to the EB emulator, everything else to
 * S3Proxy. The port can stop answering (connections refused) and answer again, as a restarted
 * service does. S3 requests are forwarded byte for byte, Host header included, so
 * S3Proxy checks the signature the client computed; only {@code Expect: 100-continue}, which no
 * signer signs, is answered here and not forwarded.
 */
final class FrontServer implements AutoCloseable {
  private static final int MAX_EB_BODY = 10 * 1024 * 1024;

  private final ExecutorService workers;
  private final EbEmulator eb;
  private final IamEmulator iam;
  private final ControlPath control;
  private final S3Backend s3;
  private final Faults faults;
  private final Calls calls;
  private final List<LocalService> services = new CopyOnWriteArrayList<>();
  private final int port;
  private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
  private volatile ServerSocket server;
  private volatile boolean closed;

  FrontServer(int port, EbEmulator eb, IamEmulator iam, ControlPath control, S3Backend s3, Faults faults, Calls calls)
      throws IOException {
    this.eb = eb;
    this.iam = iam;
    this.control = control;
    this.s3 = s3;
    this.faults = faults;
    this.calls = calls;
    AtomicInteger n = new AtomicInteger();
    this.workers = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "local-aws-http-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.port = listen(port);
  }

  /** Binds the port (0: a free one) and starts accepting; returns the port. */
  private synchronized int listen(int wanted) throws IOException {
    ServerSocket socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted), 128);
    server = socket;
    Thread acceptor = new Thread(() -> acceptLoop(socket), "local-aws-accept");
    acceptor.setDaemon(true);
    acceptor.start();
    return socket.getLocalPort();
  }

  int port() {
    return port;
  }

  /** Adds a service that answers the requests it claims, ahead of EB and S3 (the control path still comes first). */
  void addService(LocalService service) {
    services.add(service);
  }

  private LocalService serviceFor(RequestHead head) {
    for (LocalService service : services) {
      if (service.claims(head)) {
        return service;
      }
    }
    return null;
  }

  /** Stops answering: the port refuses connections and open connections are cut. */
  synchronized void stopAnswering() {
    ServerSocket socket = server;
    server = null;
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
    for (Socket client : clients) {
      try {
        client.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
  }

  /** Answers again on the same port. */
  synchronized void answerAgain() throws IOException {
    if (server == null && !closed) {
      listen(port);
    }
  }

  boolean answering() {
    return server != null;
  }

  private void acceptLoop(ServerSocket socket) {
    while (!closed && server == socket) {
      try {
        Socket client = socket.accept();
        workers.execute(() -> serve(client));
      } catch (IOException e) {
        if (!closed && server == socket) {
          System.err.println("local-aws: accept failed: " + e);
        }
      }
    }
  }

  private void serve(Socket client) {
    Upstream upstream = new Upstream();
    clients.add(client);
    try (client) {
      client.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(client.getInputStream());
      OutputStream out = new BufferedOutputStream(client.getOutputStream());
      while (!closed) {
        RequestHead head = HttpIo.readRequestHead(in);
        if (head == null || server == null) {
          // A connection accepted just before the port stopped answering gets no answer either.
          return;
        }
        boolean keepAlive;
        LocalService service;
        if (head.path().startsWith(ControlPath.PREFIX)) {
          keepAlive = serveLocally(head, in, out, true);
        } else if ((service = serviceFor(head)) != null) {
          keepAlive = service.serve(head, in, out);
        } else if (IamEmulator.serves(head) || isEb(head)) {
          keepAlive = serveLocally(head, in, out, false);
        } else if (S3AccessFaults.answer(head, s3, faults, calls, eb.now(), out)) {
          keepAlive = head.keepAlive();
        } else {
          keepAlive = forwardToS3(head, in, out, client, upstream);
        }
        if (!keepAlive) {
          return;
        }
      }
    } catch (IOException e) {
      // the client went away or sent garbage: nothing to answer
    } finally {
      clients.remove(client);
      upstream.close();
    }
  }

  private static boolean isEb(RequestHead head) {
    String service = SigV4.signedService(head);
    if (service != null) {
      return !"s3".equals(service);
    }
    if (head.header("Authorization") != null) {
      return false;
    }
    String contentType = head.header("Content-Type");
    return ("POST".equals(head.method) && contentType != null
        && contentType.toLowerCase().startsWith("application/x-www-form-urlencoded"))
        || head.queryParameters().containsKey("Action");
  }

  private boolean serveLocally(RequestHead head, InputStream in, OutputStream out, boolean controlPath)
      throws IOException {
    if (head.expectsContinue()) {
      HttpIo.writeContinue(out);
    }
    byte[] body = HttpIo.readBody(head, in, MAX_EB_BODY);
    boolean keepAlive = head.keepAlive();
    if (controlPath) {
      ControlPath.Reply reply = control.handle(head.method, head.path(), body);
      HttpIo.writeResponse(out, reply.status(), Map.of("Content-Type", "application/json"),
          reply.json().getBytes(StandardCharsets.UTF_8), "HEAD".equals(head.method), !keepAlive);
    } else {
      EbEmulator.Reply reply = IamEmulator.serves(head) ? iam.handle(head, body) : eb.handle(head, body);
      HttpIo.writeResponse(out, reply.status(), Map.of("Content-Type", "text/xml", "x-amzn-RequestId",
          reply.requestId()), reply.body().getBytes(StandardCharsets.UTF_8), "HEAD".equals(head.method), !keepAlive);
    }
    return keepAlive;
  }

  private boolean forwardToS3(RequestHead head, InputStream in, OutputStream out, Socket client, Upstream upstream)
      throws IOException {
    String operation = S3Operations.name(head);
    long resetAfter = head.contentLength() != 0 && ("PUT".equals(head.method) || "POST".equals(head.method))
        ? faults.takeS3Reset() : -1;
    if (head.expectsContinue()) {
      HttpIo.writeContinue(out);
    }
    upstream.ensureOpen(s3.port());
    StringBuilder forwarded = new StringBuilder();
    forwarded.append(head.method).append(' ').append(head.target).append(' ').append(head.version).append("\r\n");
    for (String line : head.headerLines) {
      if (!line.toLowerCase().startsWith("expect:")) {
        forwarded.append(line).append("\r\n");
      }
    }
    forwarded.append("\r\n");
    OutputStream up = upstream.out;
    up.write(forwarded.toString().getBytes(StandardCharsets.ISO_8859_1));
    long[] sent = {0};
    HttpIo.Progress progress = n -> {
      if (resetAfter >= 0 && sent[0] + n > resetAfter) {
        calls.addS3Bytes(Math.max(0, resetAfter - sent[0]));
        calls.record(operation, eb.now(), 0);
        client.setSoLinger(true, 0);
        client.close();
        upstream.close();
        throw new IOException("connection reset by fault injection after " + resetAfter + " bytes");
      }
      sent[0] += n;
      calls.addS3Bytes(n);
    };
    if (head.chunked()) {
      HttpIo.copyChunked(in, up, progress);
    } else {
      HttpIo.copyFixed(in, up, head.contentLength(), progress);
    }
    up.flush();
    // Recorded before the client sees the reply, so a test that counts calls right after its
    // request returns never races the count.
    relayResponse(head, upstream, out, status -> calls.record(operation, eb.now(), status));
    Duration delay = faults.delayFor(operation);
    if (!delay.isZero()) {
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return head.keepAlive() && upstream.isOpen();
  }

  /**
   * Copies S3Proxy's response (interim 1xx responses included) to the client, telling {@code
   * beforeReply} the final status before any of it is written; returns that status.
   */
  private static int relayResponse(
      RequestHead request, Upstream upstream, OutputStream out, java.util.function.IntConsumer beforeReply)
      throws IOException {
    while (true) {
      String statusLine = HttpIo.readLine(upstream.in);
      if (statusLine == null) {
        throw new IOException("S3Proxy closed the connection");
      }
      String[] parts = statusLine.split(" ", 3);
      int status = Integer.parseInt(parts[1]);
      RequestHead responseHead = new RequestHead("RESPONSE", "/", parts[0], HttpIo.readHeaderLines(upstream.in));
      if (status >= 200) {
        beforeReply.accept(status);
      }
      StringBuilder head = new StringBuilder(statusLine).append("\r\n");
      for (String line : responseHead.headerLines) {
        head.append(line).append("\r\n");
      }
      head.append("\r\n");
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      if (status >= 100 && status < 200) {
        out.flush();
        continue;
      }
      if ("HEAD".equals(request.method) || status == 204 || status == 304) {
        // no body
      } else if (responseHead.chunked()) {
        HttpIo.copyChunked(upstream.in, out, HttpIo.Progress.NONE);
      } else if (responseHead.header("Content-Length") != null) {
        HttpIo.copyFixed(upstream.in, out, responseHead.contentLength(), HttpIo.Progress.NONE);
      } else {
        HttpIo.copyToEnd(upstream.in, out);
        upstream.close();
      }
      if (responseHead.hasToken("Connection", "close")) {
        upstream.close();
      }
      out.flush();
      return status;
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    stopAnswering();
    workers.shutdownNow();
  }

  /** The connection to S3Proxy that belongs to one client connection. */
  private static final class Upstream {
    Socket socket;
    InputStream in;
    OutputStream out;

    void ensureOpen(int port) throws IOException {
      if (socket == null || socket.isClosed()) {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setTcpNoDelay(true);
        in = new BufferedInputStream(socket.getInputStream());
        out = new BufferedOutputStream(socket.getOutputStream());
      }
    }

    boolean isOpen() {
      return socket != null && !socket.isClosed();
    }

    void close() {
      if (socket != null) {
        try {
          socket.close();
        } catch (IOException e) {
          // closing anyway
        }
      }
    }
  }
}
