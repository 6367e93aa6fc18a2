package demo.identity;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import bench.TargetRow;

import org.python.util.PythonInterpreter;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Drives token validation ({@code GET /v3/auth/tokens}) over loopback with a bounded load: a fixed
 * number of keep-alive connections, each sending its next request when the last is answered, until a
 * number of requests is reached or time is up. Measures the service with the Python token driver, with
 * the Java one and with the Python one's methods on a stock Jython proxy (no clamp_annotations: the
 * floor of a Python driver) in rounds, which one goes first rotating (a noisy machine would otherwise
 * favour one), and prints requests/s and latency percentiles of each, the medians of the rounds'
 * throughput ratios and the row of its target in {@code gradle bench}'s table ({@link TargetRow}).
 * Usage: {@code Bench [requests] [seconds] [connections] [rounds]}, the requests and seconds shared
 * out over the rounds.
 */
public final class Bench {

    /** UuidTokenProvider's own functions on a stock Jython proxy of TokenDriver. */
    private static final String STOCK_DRIVER = String.join("\n",
            "from demo.identity import TokenDriver",
            "from keystone.drivers import UuidTokenProvider",
            "class StockTokenProvider(TokenDriver):",
            "    def __init__(self, tokens, projects, ttl_seconds):",
            "        self.tokens, self.projects, self.ttl_seconds = tokens, projects, ttl_seconds",
            "    issue = UuidTokenProvider.__dict__['issue']",
            "    validate = UuidTokenProvider.__dict__['validate']",
            "    revoke = UuidTokenProvider.__dict__['revoke']",
            "");

    /** The token lifetime every driver is given, as the Python one's @Value default. */
    private static final long TTL_SECONDS = 3600;

    private Bench() {
    }

    private static TokenDriver stockJythonDriver(TokenDao tokens, ProjectDao projects) {
        PythonInterpreter python = new PythonInterpreter(); // left open: the driver runs in it
        python.exec(STOCK_DRIVER);
        python.set("tokens", tokens);
        python.set("projects", projects);
        return (TokenDriver) python.eval("StockTokenProvider(tokens, projects, " + TTL_SECONDS + ")")
                .__tojava__(TokenDriver.class);
    }

    public static void main(String[] args) throws Exception {
        long requests = args.length > 0 ? Long.parseLong(args[0]) : 200_000;
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 20;
        int connections = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 6;
        try (AnnotationConfigApplicationContext context = Main.context(Map.of("identity.threads", "4"))) {
            KeystoneServer pythonServer = context.getBean(KeystoneServer.class);
            TokenDao tokens = context.getBean(TokenDao.class);
            ProjectDao projects = context.getBean(ProjectDao.class);
            IdentityDriver identity = context.getBean(IdentityDriver.class);
            try (KeystoneServer javaServer = new KeystoneServer(identity, new JavaTokenDriver(tokens, projects, TTL_SECONDS), 4);
                    KeystoneServer stockServer = new KeystoneServer(identity, stockJythonDriver(tokens, projects), 4)) {
                List<Side> sides = List.of(
                        new Side("python token driver (" + context.getBean(TokenDriver.class).getClass().getName()
                                + ")", pythonServer, requests, seconds, connections),
                        new Side("java token driver (" + JavaTokenDriver.class.getName() + ")", javaServer,
                                requests, seconds, connections),
                        new Side("stock Jython token driver (UuidTokenProvider's methods, no clamp_annotations)",
                                stockServer, requests, seconds, connections));
                double[][] ratios = new double[2][rounds];
                for (int round = 0; round < rounds; round++) {
                    for (int i = 0; i < sides.size(); i++) {
                        sides.get((round + i) % sides.size()).measure(requests / rounds, Math.max(1, seconds / rounds),
                                connections);
                    }
                    ratios[0][round] = sides.get(0).lastRate() / sides.get(1).lastRate();
                    ratios[1][round] = sides.get(2).lastRate() / sides.get(1).lastRate();
                }
                sides.forEach(side -> side.report(connections));
                double ratio = printRatio("python / java driver throughput", ratios[0], "target >= 0.9");
                printRatio("stock Jython / java driver throughput", ratios[1], "the floor of a Python driver");
                new TargetRow("identity example, token validation throughput", "requests/s")
                        .ours(sides.get(0).rate()).floor("Java", sides.get(1).rate())
                        .ratioAtLeast(0.9, ratio, "median of " + rounds + " rounds' ratios");
            } finally {
                pythonServer.close();
            }
        }
    }

    /** Prints the median of {@code ratios}, and returns it. */
    private static double printRatio(String what, double[] ratios, String meaning) {
        Arrays.sort(ratios);
        double median = ratios[ratios.length / 2];
        System.out.printf("%s: %.2f (median of %d rounds, %.2f to %.2f; %s)%n", what, median, ratios.length, ratios[0],
                ratios[ratios.length - 1], meaning);
        return median;
    }

    /** One server under measurement: its rounds' rates and all their latencies. */
    private static final class Side {
        private final String name;
        private final InetSocketAddress address;
        private final String token;
        private final List<Double> rates = new ArrayList<>();
        private long[] latencies = new long[0];
        private double elapsed;

        /**
         * Starts {@code server} and warms it up (the JIT, Jython's caches) with a tenth of the requests
         * and a quarter of the time the whole measurement may take.
         */
        Side(String name, KeystoneServer server, long requests, long seconds, int connections) throws Exception {
            this.name = name;
            this.address = server.start();
            this.token = issueToken(address);
            run(address, token, requests / 10, seconds / 4, connections);
        }

        void measure(long requests, long seconds, int connections) throws Exception {
            long started = System.nanoTime();
            long[] round = run(address, token, requests, seconds, connections);
            double took = (System.nanoTime() - started) / 1e9;
            elapsed += took;
            rates.add(round.length / took);
            latencies = Arrays.copyOf(latencies, latencies.length + round.length);
            System.arraycopy(round, 0, latencies, latencies.length - round.length, round.length);
        }

        double lastRate() {
            return rates.get(rates.size() - 1);
        }

        /** Requests per second over all its rounds. */
        double rate() {
            return latencies.length / elapsed;
        }

        void report(int connections) {
            Arrays.sort(latencies);
            System.out.printf("%s: %.0f requests/s, p50 %.2f ms, p99 %.2f ms (%d requests in %.1f s, %d connections,"
                    + " %d rounds)%n", name, rate(), percentile(latencies, 50),
                    percentile(latencies, 99), latencies.length, elapsed, connections, rates.size());
        }
    }

    private static double percentile(long[] sorted, int percent) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1L, sorted.length * percent / 100L)] / 1e6;
    }

    /** Runs the load and returns every request's latency in nanoseconds. */
    private static long[] run(InetSocketAddress address, String token, long requests, long seconds, int connections)
            throws Exception {
        AtomicLong budget = new AtomicLong(requests);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        byte[] request = ("GET " + KeystoneApi.TOKENS + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + KeystoneApi.SUBJECT_TOKEN + ": " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        ExecutorService clients = Executors.newFixedThreadPool(connections);
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                results.add(clients.submit(() -> connection(address, request, budget, deadline)));
            }
            long[] all = new long[0];
            for (Future<long[]> result : results) {
                long[] latencies = result.get();
                all = Arrays.copyOf(all, all.length + latencies.length);
                System.arraycopy(latencies, 0, all, all.length - latencies.length, latencies.length);
            }
            return all;
        } finally {
            clients.shutdownNow();
        }
    }

    /** One keep-alive connection sending requests one after another while budget and time last. */
    private static long[] connection(InetSocketAddress address, byte[] request, AtomicLong budget, long deadline)
            throws IOException {
        long[] latencies = new long[1024];
        int count = 0;
        try (Socket socket = new Socket(address.getAddress(), address.getPort())) {
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            while (budget.getAndDecrement() > 0 && System.nanoTime() < deadline) {
                long start = System.nanoTime();
                out.write(request);
                out.flush();
                int status = readResponse(in);
                if (status != 200) {
                    throw new IOException("token validation answered " + status);
                }
                if (count == latencies.length) {
                    latencies = Arrays.copyOf(latencies, count * 2);
                }
                latencies[count++] = System.nanoTime() - start;
            }
        }
        return Arrays.copyOf(latencies, count);
    }

    /** Reads one HTTP/1.1 response with a Content-Length body and returns its status. */
    private static int readResponse(InputStream in) throws IOException {
        String status = line(in);
        int length = 0;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Integer.parseInt(header.substring(15).trim());
            }
        }
        if (in.readNBytes(length).length != length) {
            throw new IOException("connection closed in a response body");
        }
        return Integer.parseInt(status.split(" ")[1]);
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static String issueToken(InetSocketAddress address) throws IOException {
        byte[] body = KeystoneApi.passwordAuth("alice", "secret", "demo").getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(address.getAddress(), address.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + KeystoneApi.TOKENS + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                    + "application/json\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            String status = line(in);
            String token = null;
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                if (header.regionMatches(true, 0, KeystoneApi.SUBJECT_TOKEN + ":", 0, 16)) {
                    token = header.substring(16).trim();
                }
            }
            if (token == null) {
                throw new IOException("no token issued: " + status);
            }
            return token;
        }
    }
}
