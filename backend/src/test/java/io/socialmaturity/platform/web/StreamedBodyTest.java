package io.socialmaturity.platform.web;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The streamed body's pipe: everything arrives in order, a reader that leaves stops the producer, a failure is seen. */
class StreamedBodyTest {

    final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void whatTheProducerWritesArrivesWholeAndInOrder() throws IOException {
        byte[] data = new byte[StreamedBody.CHUNK * StreamedBody.CHUNKS * 3 + 123]; // more than the queue holds
        new Random(7).nextBytes(data);
        InputStream in = StreamedBody.of(executor, out -> {
            out.write(data, 0, 10);
            out.write(data[10]);
            out.write(data, 11, data.length - 11);
        });
        assertArrayEquals(data, in.readAllBytes());
        assertEquals(-1, in.read());
    }

    @Test
    void aReaderThatLeavesStopsTheProducer() throws Exception {
        CompletableFuture<Throwable> stopped = new CompletableFuture<>();
        InputStream in = StreamedBody.of(executor, out -> {
            try {
                byte[] chunk = new byte[StreamedBody.CHUNK];
                for (int i = 0; i < 10_000; i++) {
                    out.write(chunk);
                }
                stopped.complete(null);
            } catch (IOException e) {
                stopped.complete(e);
                throw e;
            }
        });
        assertEquals(100, in.readNBytes(100).length);
        in.close();
        Throwable t = stopped.get(10, TimeUnit.SECONDS);
        assertNotNull(t, "the producer is told the client went away");
        assertTrue(t.getMessage().contains("went away"), t.getMessage());
    }

    @Test
    void aFailingProducerFailsTheRead() {
        InputStream in = StreamedBody.of(executor, out -> {
            out.write(new byte[10]);
            throw new IllegalStateException("broken");
        });
        IOException e = assertThrows(IOException.class, in::readAllBytes);
        assertEquals("broken", e.getCause().getCause().getMessage());
    }

    @Test
    void aProducerThatClosesItsStreamAndThenFailsStillFailsTheRead() throws Exception {
        // e.g. a try-with-resources around a ZipOutputStream: the close runs before the failure reaches the pipe
        for (int round = 0; round < 50; round++) {
            InputStream in = StreamedBody.of(executor, out -> {
                try (out) {
                    out.write(new byte[10]);
                    throw new IllegalStateException("broken");
                }
            });
            assertThrows(IOException.class, in::readAllBytes, "round " + round);
        }
    }
}
