package org.anju.cluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anju.AnjuApplication;
import org.anju.identity.Accounts;
import org.anju.identity.AnjuUser;
import org.anju.identity.Role;
import org.anju.platform.JobSlots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on one PostgreSQL, as behind a load balancer: a session made on one
 * is valid on the other, a scheduled job runs once, and an event committed just before a node
 * dies is delivered by the next node that starts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTests {

    /** A test event; the listener below records its delivery. */
    public record Ping(String id) {
    }

    /** On a "hanging" node the listener never finishes (the node is killed meanwhile). */
    public static class PingListener {
        final boolean hang;
        final CountDownLatch started = new CountDownLatch(1);

        PingListener(boolean hang) {
            this.hang = hang;
        }

        @ApplicationModuleListener
        public void on(Ping ping) throws InterruptedException {
            started.countDown();
            if (hang) {
                new CountDownLatch(1).await();
            }
            DELIVERED.add(ping.id());
        }
    }

    static final List<String> DELIVERED = new java.util.concurrent.CopyOnWriteArrayList<>();

    private EmbeddedPostgres embedded;
    private String url;
    private String dropDatabase;

    @BeforeAll
    void database() throws Exception {
        String external = System.getenv("ANJU_DB_URL");
        if (external != null && !external.isBlank()) {
            String name = "anju_nodes_" + ProcessHandle.current().pid();
            String server = external.substring(0, external.lastIndexOf('/') + 1);
            try (Connection c = DriverManager.getConnection(server + "postgres", System.getenv().getOrDefault("ANJU_DB_USER", "postgres"),
                    System.getenv().getOrDefault("ANJU_DB_PASSWORD", ""))) {
                c.createStatement().execute("create database " + name);
            }
            url = server + name;
            dropDatabase = name;
        } else {
            Path dir = Files.createTempDirectory(Path.of("target"), "two-nodes-pg");
            embedded = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true)
                    .setOverrideWorkingDirectory(Path.of("target").toAbsolutePath().toFile()).start();
            url = embedded.getJdbcUrl("postgres", "postgres");
        }
    }

    @AfterAll
    void dropIt() throws Exception {
        if (embedded != null) {
            embedded.close();
        }
        if (dropDatabase != null) {
            String external = System.getenv("ANJU_DB_URL");
            try (Connection c = DriverManager.getConnection(external.substring(0, external.lastIndexOf('/') + 1) + "postgres",
                    System.getenv().getOrDefault("ANJU_DB_USER", "postgres"), System.getenv().getOrDefault("ANJU_DB_PASSWORD", ""))) {
                c.createStatement().execute("drop database if exists " + dropDatabase + " with (force)");
            }
        }
    }

    private ConfigurableApplicationContext node(PingListener listener) {
        return new SpringApplicationBuilder(AnjuApplication.class)
                .profiles("test")
                .initializers(ctx -> ((org.springframework.context.support.GenericApplicationContext) ctx)
                        .registerBean(PingListener.class, () -> listener))
                .run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                        "--spring.datasource.password=", "--anju.scheduling.enabled=true",
                        "--anju.audit.verify-cron=* * * * * *", "--spring.main.banner-mode=off");
    }

    @Test
    void twoNodesShareSessionsRunAJobOnceAndDeliverEventsOfADeadNode() throws Exception {
        // Node A commits an event and dies while its listener is still working.
        PingListener hanging = new PingListener(true);
        ConfigurableApplicationContext a = node(hanging);
        String pingId = "ping-" + System.nanoTime();
        a.getBean(TransactionTemplate.class).executeWithoutResult(tx ->
                a.publishEvent(new Ping(pingId)));
        assertThat(hanging.started.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        a.close();
        assertThat(DELIVERED).doesNotContain(pingId);

        // Node B starts and delivers what A left incomplete; node C joins it.
        ConfigurableApplicationContext b = node(new PingListener(false));
        ConfigurableApplicationContext c = node(new PingListener(false));
        try {
            long deadline = System.currentTimeMillis() + 15_000;
            while (!DELIVERED.contains(pingId) && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertThat(DELIVERED).containsOnlyOnce(pingId);

            // A session made on B is valid on C.
            b.getBean(Accounts.class).create(new Accounts.NewAccount("node-user", "Node@2026pass", "节点测试",
                    Role.DEPARTMENT, new AnjuUser.Binding(null, null, null, idOfDepartment(b), null)));
            String session = login(port(b), "node-user", "Node@2026pass");
            HttpResponse<String> onC = get(port(c), "/console", session);
            assertThat(onC.statusCode()).isEqualTo(200);
            assertThat(onC.body()).contains("节点测试");

            // Both nodes fire the job every second; each day's slot is run by exactly one of them.
            Thread.sleep(2500);
            String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
            JdbcClient jdbc = b.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from plt_job_run where job = 'audit-verify' and slot = ?")
                    .param(today).query(Long.class).single()).isEqualTo(1);
            // And when both claim the same slot at the same instant, one wins.
            var onB = CompletableFuture.supplyAsync(() -> b.getBean(JobSlots.class).claim("race", "1"));
            var onC2 = CompletableFuture.supplyAsync(() -> c.getBean(JobSlots.class).claim("race", "1"));
            assertThat(List.of(onB.get(), onC2.get())).containsExactlyInAnyOrder(true, false);
        } finally {
            c.close();
            b.close();
        }
    }

    private static Long idOfDepartment(ConfigurableApplicationContext ctx) {
        return ctx.getBean(org.anju.identity.DepartmentDirectory.class).ensure(1L, "node-test", "测试部门").id();
    }

    private static int port(ConfigurableApplicationContext ctx) {
        return ((WebServerApplicationContext) ctx).getWebServer().getPort();
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Form login with CSRF; answers the SESSION cookie value. */
    private static String login(int port, String user, String password) throws Exception {
        HttpResponse<String> page = get(port, "/login", null);
        String session = cookie(page);
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "SESSION=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.headers().firstValue("Location").orElse("")).endsWith("/console");
        String renewed = cookie(posted);
        return renewed != null ? renewed : session;
    }

    private static HttpResponse<String> get(int port, String path, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(8, c.indexOf(';'))).findFirst().orElse(null);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
