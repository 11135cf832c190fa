package org.dwdiary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.Pipe;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.SelectorProvider;
import java.util.List;
import org.dwdiary.network.NetworkGuard;
import org.dwdiary.network.NetworkRefusingSelectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Proves the network guard that every test in this suite runs under (see org.dwdiary.network): with it
 * in force, the GUI and CLI tests passing means no code path they exercise opens a network connection.
 */
class NoNetworkTest {

    private static final InetSocketAddress LOOPBACK = new InetSocketAddress("127.0.0.1", 9);

    @Test
    void theGuardIsInForceBeforeAnyTestRuns() {
        assertTrue(NetworkGuard.installed(), "installed by the launcher session listener");
        assertInstanceOf(NetworkRefusingSelectorProvider.class, SelectorProvider.provider(),
                "chosen on surefire's command line");
    }

    @Test
    void aSocketToLoopbackIsRefused() {
        assertRefused(() -> new Socket("127.0.0.1", 9).close(), "127.0.0.1");
    }

    @Test
    void anUnconnectedSocketCanBeMadeButNotConnected() throws Exception {
        try (var socket = new Socket()) {
            assertRefused(() -> socket.connect(LOOPBACK), "127.0.0.1");
        }
    }

    @Test
    void aServerSocketIsRefused() {
        assertRefused(() -> new ServerSocket(0).close(), "bind");
    }

    @Test
    void anHttpRequestIsRefused() {
        var client = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:9/")).build();
        assertRefused(() -> client.send(request, HttpResponse.BodyHandlers.discarding()), "socket channel");
    }

    @Test
    void aUrlConnectionIsRefused() {
        assertRefused(() -> URI.create("http://127.0.0.1:9/").toURL().openStream().close(), "127.0.0.1");
    }

    @Test
    void aDatagramSocketIsRefused() {
        assertRefused(() -> {
            try (var socket = new DatagramSocket()) {
                socket.send(new DatagramPacket(new byte[1], 1, LOOPBACK));
            }
        }, "datagram");
    }

    @Test
    void channelsAreRefused() {
        assertRefused(() -> SocketChannel.open(LOOPBACK).close(), "socket channel");
        assertRefused(() -> ServerSocketChannel.open().close(), "server socket channel");
        assertRefused(() -> DatagramChannel.open().close(), "datagram channel");
    }

    @Test
    void selectorsAndPipesWithinTheProcessStillWork() throws Exception {
        try (var selector = Selector.open()) {
            Pipe pipe = Pipe.open();
            pipe.sink().write(ByteBuffer.wrap(new byte[] {42}));
            var read = ByteBuffer.allocate(1);
            pipe.source().read(read);
            assertEquals(42, read.get(0));
            pipe.sink().close();
            pipe.source().close();
            assertEquals(0, selector.selectNow());
        }
        assertEquals(List.of(), NetworkGuard.takeAttempts());
    }

    /** The attempt fails with the guard's message and is recorded (and taken, so this test passes). */
    private static void assertRefused(Executable attempt, String expectedInAddress) {
        var thrown = assertThrows(Throwable.class, attempt);
        assertTrue(messages(thrown).contains(NetworkGuard.REFUSAL), () -> "not the guard's refusal: " + messages(thrown));
        var recorded = NetworkGuard.takeAttempts();
        assertEquals(1, recorded.size(), recorded::toString);
        assertTrue(recorded.get(0).address().contains(expectedInAddress), recorded.get(0).address());
    }

    private static String messages(Throwable thrown) {
        var text = new StringBuilder();
        for (var cause = thrown; cause != null; cause = cause.getCause()) {
            text.append(cause).append(" / ");
        }
        return text.toString();
    }
}
