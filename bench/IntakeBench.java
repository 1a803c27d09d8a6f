import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closed-loop load generator for complaint intake (issue 7): signs in as a township clerk through the login form,
 * then N threads each POST one complaint after another for a fixed time, against POST /api/v1/complaints and, in
 * the same run, against the bare endpoint POST /api/v1/bench/bare (same filters and JSON, no work). Prints
 * requests per second, p50, p99 and errors for each.
 *   java bench/IntakeBench.java http://localhost:8097 chengguan Anju@2026 8 20
 */
public class IntakeBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String user = args[1];
        String password = args[2];
        int threads = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        var cookies = new java.net.CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        String token = csrf(http.send(get(base + "/login"), HttpResponse.BodyHandlers.ofString()).body());
        http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password + "&_csrf=" + token))
                .build(), HttpResponse.BodyHandlers.discarding());
        String page = http.send(get(base + "/console/complaints/new"), HttpResponse.BodyHandlers.ofString()).body();
        String apiToken = csrf(page);
        String estates = http.send(get(base + "/api/v1/estates?size=100"), HttpResponse.BodyHandlers.ofString()).body();
        long[] ids = Pattern.compile("\\{\"id\":(\\d+)").matcher(estates).results()
                .mapToLong(m -> Long.parseLong(m.group(1))).toArray();
        if (ids.length == 0 || apiToken == null) {
            throw new IllegalStateException("sign-in failed or no estates: " + estates);
        }
        System.out.printf("%d estates of %s; %d threads, %d s each run%n", ids.length, user, threads, seconds);
        for (String path : List.of("/api/v1/bench/bare", "/api/v1/complaints", "/api/v1/bench/bare", "/api/v1/complaints")) {
            run(http, base + path, apiToken, ids, threads, 3, false);
            run(http, base + path, apiToken, ids, threads, seconds, true);
        }
    }

    static void run(HttpClient http, String url, String token, long[] estates, int threads, int seconds, boolean print)
            throws Exception {
        String[] categories = {"NOISE", "SERVICE_QUALITY", "GARBAGE", "ILLEGAL_BUILDING", "LIFT", "FIRE_LANE"};
        ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        java.util.Map<String, AtomicLong> kinds = new java.util.concurrent.ConcurrentHashMap<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                List<Long> mine = new ArrayList<>();
                ThreadLocalRandom r = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    String body = "{\"estateId\":" + estates[r.nextInt(estates.length)] + ",\"category\":\""
                            + categories[r.nextInt(categories.length)] + "\",\"channel\":\"HOTLINE\","
                            + "\"text\":\"基准测试: 楼道堆放杂物影响通行 " + r.nextInt(1_000_000) + "\","
                            + "\"location\":\"3号楼2单元\",\"reporterName\":\"测试\",\"reporterPhone\":\"13800000000\"}";
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", token)
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (res.statusCode() != 201) {
                            errors.incrementAndGet();
                            String b = res.body() == null ? "" : res.body();
                            kinds.computeIfAbsent("HTTP " + res.statusCode() + " " + b.substring(0, Math.min(160, b.length())),
                                    k -> new AtomicLong()).incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        kinds.computeIfAbsent(e.getClass().getSimpleName() + " " + e.getMessage(), k -> new AtomicLong())
                                .incrementAndGet();
                    }
                    mine.add(System.nanoTime() - start);
                }
                samples.add(mine.stream().mapToLong(Long::longValue).toArray());
            });
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        long[] all = samples.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        if (print && all.length > 0) {
            System.out.printf("%-22s %8.0f req/s  p50 %6.1f ms  p99 %6.1f ms  errors %d  (%d requests)%n",
                    url.substring(url.indexOf("/api")), all.length / (double) seconds, all[all.length / 2] / 1e6,
                    all[(int) (all.length * 0.99)] / 1e6, errors.get(), all.length);
        }
        if (print) {
            kinds.forEach((kind, n) -> System.out.printf("    %d × %s%n", n.get(), kind));
        }
    }

    static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET().build();
    }

    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        return m.find() ? m.group(1) : null;
    }
}
