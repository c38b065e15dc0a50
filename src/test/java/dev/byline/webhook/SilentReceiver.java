package dev.byline.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A receiver that is dead in the worst way: it accepts the connection, reads whatever comes
 * and never answers. Counts the connections the sender holds open to it at the same time.
 */
final class SilentReceiver implements AutoCloseable {

    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger mostOpen = new AtomicInteger();

    SilentReceiver() throws IOException {
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
        Thread acceptor = new Thread(this::acceptLoop, "silent-receiver");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/hooks/silent";
    }

    /** Connections made to it so far. */
    int accepted() {
        return accepted.get();
    }

    /** The most connections that were open to it at one time. */
    int mostOpenAtOnce() {
        return mostOpen.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                accepted.incrementAndGet();
                open.add(socket);
                mostOpen.accumulateAndGet(open.size(), Math::max);
                Thread reader = new Thread(() -> drain(socket), "silent-receiver-connection");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Reads until the sender gives up and closes (or resets) the connection. */
    private void drain(Socket socket) {
        byte[] buffer = new byte[8192];
        try (InputStream in = socket.getInputStream()) {
            while (in.read(buffer) >= 0) {
                // never answered
            }
        } catch (IOException closed) {
            // the sender reset the connection
        } finally {
            open.remove(socket);
            try {
                socket.close();
            } catch (IOException ignored) {
                // closed already
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : open) {
            socket.close();
        }
    }
}
