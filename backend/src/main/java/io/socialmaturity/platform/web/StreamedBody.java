package io.socialmaturity.platform.web;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * A response body written by a producer while the server sends it: the producer runs on the given executor and writes
 * into a bounded queue of chunks ({@value #CHUNK} bytes, at most {@value #CHUNKS} waiting), which the server reads as
 * an {@link InputStream}. So a large download (e.g. the tenant export's ZIP) is never held whole in memory, and a slow
 * client slows the producer down. When the client goes away (the stream is closed) the producer's next write fails
 * and it stops; when the producer fails, the reader's next read fails and the response is cut off (its status was
 * sent already: check everything that can be refused before).
 */
public final class StreamedBody {

    /** Writes the body; may throw, see the class comment. */
    @FunctionalInterface
    public interface Producer {
        void writeTo(OutputStream out) throws IOException;
    }

    static final int CHUNK = 64 * 1024;
    static final int CHUNKS = 16;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(CHUNKS);
    private volatile boolean readerClosed;
    private volatile IOException failure;

    private StreamedBody() {}

    /** Starts {@code producer} on {@code executor} and answers what it writes, as it writes it. */
    public static InputStream of(Executor executor, Producer producer) {
        StreamedBody pipe = new StreamedBody();
        executor.execute(() -> {
            try {
                OutputStream out = new BufferedOutputStream(pipe.new Output(), CHUNK);
                producer.writeTo(out);
                out.flush();
                pipe.put(END); // only a producer that returned ends the body; a failed one never looks complete
            } catch (IOException e) {
                pipe.fail(e);
            } catch (RuntimeException e) {
                pipe.fail(new IOException("the body's producer failed", e));
            }
        });
        return pipe.new Input();
    }

    private void fail(IOException e) {
        failure = e;
        queue.clear(); // the reader must see the failure, not more data
        queue.offer(END);
    }

    private void put(byte[] chunk) throws IOException {
        try {
            while (!queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                if (readerClosed) {
                    throw new IOException("the client went away");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while streaming");
        }
        if (readerClosed) {
            throw new IOException("the client went away");
        }
    }

    private final class Output extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            put(new byte[] {(byte) b});
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > 0) {
                put(Arrays.copyOfRange(b, off, off + len));
            }
        }

        /** Nothing to release: the end is sent when the producer returns, not when it closes its stream. */
        @Override
        public void close() {}
    }

    private final class Input extends InputStream {
        private byte[] current = new byte[0];
        private int position;
        private boolean ended;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (position >= current.length) {
                if (ended) {
                    return -1;
                }
                byte[] next;
                try {
                    next = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while streaming");
                }
                if (failure != null) {
                    throw new IOException("the download could not be completed", failure);
                }
                if (next == END) {
                    ended = true;
                    return -1;
                }
                current = next;
                position = 0;
            }
            int n = Math.min(len, current.length - position);
            System.arraycopy(current, position, b, off, n);
            position += n;
            return n;
        }

        @Override
        public void close() {
            readerClosed = true;
            queue.clear(); // a producer waiting for room wakes up and sees the reader gone
        }
    }
}
