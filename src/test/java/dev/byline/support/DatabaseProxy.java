package dev.byline.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP pass-through between the app under test and PostgreSQL, so a test can take the
 * database away in the ways a network does and give it back:
 * <ul>
 * <li>{@link #takeDown()}: cut every connection and refuse new ones (a stopped server);</li>
 * <li>{@link #blackhole()}: keep every connection open and accept new ones, but forward
 * nothing either way (a partition where packets are dropped, not refused);</li>
 * <li>{@link #cutAtCommit()}: pass everything through until a client sends {@code COMMIT},
 * then cut that connection before the server sees it (the link dies at commit). The proxy
 * forwards bytes as they come and follows the protocol's messages on a copy, so it never
 * delays traffic; the app connects to it without TLS so that the messages can be read.</li>
 * </ul>
 */
public final class DatabaseProxy implements AutoCloseable {

    private enum Mode { PASS, REFUSE, BLACKHOLE, CUT_AT_COMMIT }

    private final String targetHost;
    private final int targetPort;
    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile Mode mode = Mode.PASS;

    public DatabaseProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        Thread acceptor = new Thread(this::acceptLoop, "db-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Cuts every open connection and refuses new ones until {@link #restore()}. */
    public void takeDown() {
        mode = Mode.REFUSE;
        closeAll();
    }

    /** Silently drops everything, on open connections and new ones, until {@link #restore()}. */
    public void blackhole() {
        mode = Mode.BLACKHOLE;
    }

    /** Cuts any connection that sends COMMIT, before the server gets it, until {@link #restore()}. */
    public void cutAtCommit() {
        mode = Mode.CUT_AT_COMMIT;
    }

    /**
     * Passes traffic again. Connections that lived through a blackhole lost bytes and are
     * closed, as TCP would eventually reset them.
     */
    public void restore() {
        Mode was = mode;
        mode = Mode.PASS;
        if (was == Mode.BLACKHOLE) {
            closeAll();
        }
    }

    private void closeAll() {
        open.forEach(DatabaseProxy::closeQuietly);
        open.clear();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Mode now = mode;
                if (now == Mode.REFUSE) {
                    closeQuietly(client);
                    continue;
                }
                open.add(client);
                if (now == Mode.BLACKHOLE) {
                    continue; // held open, never answered; closed by restore()
                }
                Socket upstream = new Socket(targetHost, targetPort);
                open.add(upstream);
                pipe(client, upstream, true);
                pipe(upstream, client, false);
            } catch (IOException e) {
                if (server.isClosed()) {
                    return;
                }
            }
        }
    }

    private void pipe(Socket from, Socket to, boolean fromClient) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                from.setTcpNoDelay(true);
                to.setTcpNoDelay(true);
                MessageScanner scanner = fromClient ? new MessageScanner() : null;
                byte[] buffer = new byte[16384];
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    Mode now = mode;
                    if (now == Mode.BLACKHOLE) {
                        continue;
                    }
                    // The scanner reads a copy of what passed; a chunk that completes a COMMIT is
                    // never forwarded, so the server never has the whole message and never commits.
                    if (scanner != null && scanner.scan(buffer, n) && now == Mode.CUT_AT_COMMIT) {
                        throw new IOException("cut at commit");
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException ignored) {
                // the other side went away, or the connection was cut on purpose
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "db-proxy-pipe");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Follows the client's side of the PostgreSQL protocol on the side, without holding any
     * byte back: it is fed each chunk as it passes and tells whether a message completed in it
     * is a COMMIT, whether it comes as a simple query, as an unnamed statement, or as the bind
     * of a statement the driver prepared earlier under a name (it does so after a few uses).
     */
    static final class MessageScanner {

        private static final int KEPT_BYTES = 1024;
        private final Map<String, Boolean> commitStatements = new HashMap<>();
        private boolean startup = true;
        /** The message being read: its 1-byte type (typed messages only) and 4-byte length, then its payload. */
        private final byte[] header = new byte[5];
        private int headerRead;
        /** Payload bytes still to come, -1 while the header is read. */
        private long payloadLeft = -1;
        /** The payload's start: enough for the names and the query text a COMMIT is recognised by. */
        private byte[] kept;
        private int keptLength;

        /** Feeds {@code length} bytes; true when a message completed in them is a COMMIT. */
        boolean scan(byte[] bytes, int length) {
            boolean commit = false;
            int at = 0;
            while (at < length) {
                int headerSize = startup ? 4 : 5;
                if (payloadLeft < 0) {
                    int take = Math.min(headerSize - headerRead, length - at);
                    System.arraycopy(bytes, at, header, headerRead, take);
                    headerRead += take;
                    at += take;
                    if (headerRead < headerSize) {
                        break;
                    }
                    long declared = Integer.toUnsignedLong(ByteBuffer.wrap(header, headerSize - 4, 4).getInt());
                    payloadLeft = Math.max(0, declared - 4);
                    kept = new byte[(int) Math.min(payloadLeft, KEPT_BYTES)];
                    keptLength = 0;
                }
                int take = (int) Math.min(payloadLeft, length - at);
                int keep = Math.min(take, kept.length - keptLength);
                System.arraycopy(bytes, at, kept, keptLength, keep);
                keptLength += keep;
                payloadLeft -= take;
                at += take;
                if (payloadLeft == 0) {
                    commit |= complete();
                }
            }
            return commit;
        }

        private boolean complete() {
            boolean wasStartup = startup;
            byte type = header[0];
            byte[] message = kept;
            payloadLeft = -1;
            headerRead = 0;
            if (wasStartup) {
                int code = message.length >= 4 ? ByteBuffer.wrap(message, 0, 4).getInt() : 0;
                // SSL and GSS encryption requests come before the startup message, untyped too.
                startup = code == 80877103 || code == 80877104;
                return false;
            }
            return isCommit(type, message, commitStatements);
        }
    }

    private static boolean isCommit(byte type, byte[] payload, Map<String, Boolean> commitStatements) {
        switch (type) {
            case 'Q' -> {
                return isCommitText(cString(payload, 0));
            }
            case 'P' -> {
                String name = cString(payload, 0);
                String query = cString(payload, name.getBytes(StandardCharsets.UTF_8).length + 1);
                boolean commit = isCommitText(query);
                commitStatements.put(name, commit);
                return commit && name.isEmpty();
            }
            case 'B' -> {
                String portal = cString(payload, 0);
                String statement = cString(payload, portal.getBytes(StandardCharsets.UTF_8).length + 1);
                return Boolean.TRUE.equals(commitStatements.get(statement));
            }
            default -> {
                return false;
            }
        }
    }

    private static boolean isCommitText(String sql) {
        return sql.strip().replace(";", "").equalsIgnoreCase("COMMIT");
    }

    private static String cString(byte[] bytes, int from) {
        if (from >= bytes.length) {
            return "";
        }
        int end = from;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, from, Math.max(0, end - from), StandardCharsets.UTF_8);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        takeDown();
        server.close();
    }
}
