package io.tradechain.gateway.it;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A minimal HTTP/1.1 client for the benchmark: one keep-alive connection, one request at a time,
 * waiting for the whole response (Content-Length or chunked). The JDK's HttpClient costs several
 * times more CPU per request, and on a 2-core machine the load generator competes with the gateway
 * for the same cores. Not for anything but benchmarks.
 */
final class KeepAliveHttp implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final String host;

    KeepAliveHttp(String host, int port) throws IOException {
        this.socket = new Socket(host, port);
        socket.setTcpNoDelay(true);
        this.out = socket.getOutputStream();
        this.in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        this.host = host + ":" + port;
    }

    /**
     * Sends one POST and returns the status code; the body is read and dropped into {@code body} if
     * given.
     */
    int post(String path, String authorization, String json, ByteArrayOutputStream body)
            throws IOException {
        byte[] content = json.getBytes(StandardCharsets.UTF_8);
        String head =
                "POST "
                        + path
                        + " HTTP/1.1\r\nHost: "
                        + host
                        + "\r\nAuthorization: "
                        + authorization
                        + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: "
                        + content.length
                        + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[headBytes.length + content.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(content, 0, request, headBytes.length, content.length);
        out.write(request);
        out.flush();
        return readResponse(body);
    }

    private int readResponse(ByteArrayOutputStream body) throws IOException {
        String status = line();
        if (!status.startsWith("HTTP/1.1 ")) {
            throw new IOException("not an HTTP/1.1 response: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(header.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line().strip(), 16);
                    size > 0;
                    size = Long.parseLong(line().strip(), 16)) {
                copy(size, body);
                line();
            }
            line();
        } else if (length >= 0) {
            copy(length, body);
        } else {
            throw new IOException("response without Content-Length or chunked encoding");
        }
        return code;
    }

    private void copy(long count, ByteArrayOutputStream body) throws IOException {
        for (long i = 0; i < count; i++) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed in a response body");
            }
            if (body != null) {
                body.write(b);
            }
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed in a response");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
