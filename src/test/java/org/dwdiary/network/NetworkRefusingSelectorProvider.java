package org.dwdiary.network;

import java.io.IOException;
import java.net.ProtocolFamily;
import java.nio.channels.Channel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.Pipe;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.AbstractSelector;
import java.nio.channels.spi.SelectorProvider;

/**
 * The NIO half of {@link NetworkGuard}: refuses socket, server-socket and datagram channels (and with them
 * java.net.http.HttpClient) but hands selectors and pipes, which JavaFX and others use within the process,
 * to the JDK's own provider. Chosen by surefire's argLine
 * ({@code -Djava.nio.channels.spi.SelectorProvider=...}), so it is in force before anything asks for a
 * provider; the JDK's provider is reached through {@code --add-exports java.base/sun.nio.ch=ALL-UNNAMED}.
 */
public final class NetworkRefusingSelectorProvider extends SelectorProvider {

    private final SelectorProvider jdk = jdkProvider();

    private static SelectorProvider jdkProvider() {
        try {
            return (SelectorProvider) Class.forName("sun.nio.ch.DefaultSelectorProvider").getMethod("get").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The network guard needs --add-exports java.base/sun.nio.ch=ALL-UNNAMED", e);
        }
    }

    @Override
    public DatagramChannel openDatagramChannel() throws IOException {
        throw NetworkGuard.refuse("a datagram channel");
    }

    @Override
    public DatagramChannel openDatagramChannel(ProtocolFamily family) throws IOException {
        throw NetworkGuard.refuse("a datagram channel (" + family + ")");
    }

    @Override
    public ServerSocketChannel openServerSocketChannel() throws IOException {
        throw NetworkGuard.refuse("a server socket channel");
    }

    @Override
    public ServerSocketChannel openServerSocketChannel(ProtocolFamily family) throws IOException {
        throw NetworkGuard.refuse("a server socket channel (" + family + ")");
    }

    @Override
    public SocketChannel openSocketChannel() throws IOException {
        throw NetworkGuard.refuse("a socket channel");
    }

    @Override
    public SocketChannel openSocketChannel(ProtocolFamily family) throws IOException {
        throw NetworkGuard.refuse("a socket channel (" + family + ")");
    }

    @Override
    public Pipe openPipe() throws IOException {
        return jdk.openPipe();
    }

    @Override
    public AbstractSelector openSelector() throws IOException {
        return jdk.openSelector();
    }

    @Override
    public Channel inheritedChannel() throws IOException {
        return jdk.inheritedChannel();
    }
}
