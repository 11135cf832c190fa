package org.dwdiary.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.DatagramSocketImpl;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketImpl;
import java.util.ArrayList;
import java.util.List;

/**
 * The tests' proof that Direct Work Diary opens no network connection. Installed once per test JVM,
 * before any test class is loaded, by {@link NetworkGuardSession}; the NIO half is
 * {@link NetworkRefusingSelectorProvider}, named on surefire's command line. Every attempt to connect,
 * bind or listen fails with "Direct Work Diary must not open network connections: …" and is recorded
 * with its stack trace, so that {@link NoNetworkExtension} also fails a test whose code swallowed the
 * refusal. Covers classic sockets (client and server, so also URLConnection), datagram sockets and
 * socket, server-socket and datagram channels (so also java.net.http.HttpClient). Not covered: DNS
 * look-ups (Java 17 has no resolver hook) and child processes.
 */
public final class NetworkGuard {

    public static final String REFUSAL = "Direct Work Diary must not open network connections: ";

    /** One refused attempt: what it tried to reach, and where from. */
    public record Attempt(String address, String thread, Throwable stack) {
        @Override
        public String toString() {
            var trace = new java.io.StringWriter();
            stack.printStackTrace(new java.io.PrintWriter(trace));
            return address + " on thread " + thread + "\n" + trace;
        }
    }

    private static final List<Attempt> ATTEMPTS = new ArrayList<>();
    private static boolean installed;

    private NetworkGuard() {
    }

    /** Installs the socket factories; harmless to call again. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        try {
            Socket.setSocketImplFactory(RefusingSocketImpl::new);
            ServerSocket.setSocketFactory(RefusingSocketImpl::new);
            installDatagramFactory();
        } catch (IOException e) {
            throw new IllegalStateException("Could not install the network guard: a socket factory was already set", e);
        }
        installed = true;
    }

    @SuppressWarnings("deprecation") // the only hook for java.net.DatagramSocket in Java 17
    private static void installDatagramFactory() throws IOException {
        DatagramSocket.setDatagramSocketImplFactory(RefusingDatagramSocketImpl::new);
    }

    public static synchronized boolean installed() {
        return installed;
    }

    /** Records the attempt and returns the exception the caller must throw. */
    static SocketException refuse(String address) {
        var refusal = new SocketException(REFUSAL + address);
        synchronized (NetworkGuard.class) {
            ATTEMPTS.add(new Attempt(address, Thread.currentThread().getName(), refusal));
        }
        return refusal;
    }

    /** The attempts recorded since the last call, which forgets them. */
    public static synchronized List<Attempt> takeAttempts() {
        var taken = List.copyOf(ATTEMPTS);
        ATTEMPTS.clear();
        return taken;
    }

    private static String describe(SocketAddress address) {
        return String.valueOf(address);
    }

    /** A socket that can be created and closed but never connected, bound or listening. */
    private static final class RefusingSocketImpl extends SocketImpl {
        @Override
        protected void create(boolean stream) {
        }

        @Override
        protected void connect(String host, int port) throws IOException {
            throw refuse(host + ":" + port);
        }

        @Override
        protected void connect(InetAddress address, int port) throws IOException {
            throw refuse(address + ":" + port);
        }

        @Override
        protected void connect(SocketAddress address, int timeout) throws IOException {
            throw refuse(describe(address));
        }

        @Override
        protected void bind(InetAddress host, int port) throws IOException {
            throw refuse("bind " + host + ":" + port);
        }

        @Override
        protected void listen(int backlog) throws IOException {
            throw refuse("listen");
        }

        @Override
        protected void accept(SocketImpl s) throws IOException {
            throw refuse("accept");
        }

        @Override
        protected InputStream getInputStream() throws IOException {
            throw new SocketException("Socket is not connected");
        }

        @Override
        protected OutputStream getOutputStream() throws IOException {
            throw new SocketException("Socket is not connected");
        }

        @Override
        protected int available() throws IOException {
            throw new SocketException("Socket is not connected");
        }

        @Override
        protected void close() {
        }

        @Override
        protected void sendUrgentData(int data) throws IOException {
            throw new SocketException("Socket is not connected");
        }

        @Override
        public void setOption(int optID, Object value) {
        }

        @Override
        public Object getOption(int optID) {
            return null;
        }
    }

    /** A datagram socket that can never be bound, so never sends or receives. */
    @SuppressWarnings("deprecation")
    private static final class RefusingDatagramSocketImpl extends DatagramSocketImpl {
        @Override
        protected void create() {
        }

        @Override
        protected void bind(int lport, InetAddress laddr) throws SocketException {
            throw refuse("datagram bind " + laddr + ":" + lport);
        }

        @Override
        protected void send(DatagramPacket p) throws IOException {
            throw refuse("datagram to " + p.getSocketAddress());
        }

        @Override
        protected void connect(InetAddress address, int port) throws SocketException {
            throw refuse("datagram connect " + address + ":" + port);
        }

        @Override
        protected int peek(InetAddress i) throws IOException {
            throw refuse("datagram receive");
        }

        @Override
        protected int peekData(DatagramPacket p) throws IOException {
            throw refuse("datagram receive");
        }

        @Override
        protected void receive(DatagramPacket p) throws IOException {
            throw refuse("datagram receive");
        }

        @Override
        protected void setTTL(byte ttl) {
        }

        @Override
        protected byte getTTL() {
            return 0;
        }

        @Override
        protected void setTimeToLive(int ttl) {
        }

        @Override
        protected int getTimeToLive() {
            return 0;
        }

        @Override
        protected void join(InetAddress inetaddr) throws IOException {
            throw refuse("multicast join " + inetaddr);
        }

        @Override
        protected void leave(InetAddress inetaddr) throws IOException {
            throw refuse("multicast leave " + inetaddr);
        }

        @Override
        protected void joinGroup(SocketAddress mcastaddr, NetworkInterface netIf) throws IOException {
            throw refuse("multicast join " + mcastaddr);
        }

        @Override
        protected void leaveGroup(SocketAddress mcastaddr, NetworkInterface netIf) throws IOException {
            throw refuse("multicast leave " + mcastaddr);
        }

        @Override
        protected void close() {
        }

        @Override
        public void setOption(int optID, Object value) {
        }

        @Override
        public Object getOption(int optID) {
            return null;
        }
    }
}
