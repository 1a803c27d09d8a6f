package org.anju.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.anju.Fixtures;
import org.anju.identity.AnjuUser.Binding;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Several requests at once in a fresh session (a page's htmx tabs right after login) all succeed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Import(Fixtures.class)
class ConcurrentSessionRequestsTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void parallelPageRequestsJustAfterLoginNeverFail() throws Exception {
        long town = fixtures.region(null, "TOWNSHIP", Fixtures.unique("并发镇"));
        String user = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (int round = 0; round < 3; round++) {
            String session = SignIn.http(http, port, user, Fixtures.PASSWORD);
            List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/console/estates"))
                        .header("Cookie", "SESSION=" + session).build(), HttpResponse.BodyHandlers.ofString()));
            }
            for (var call : calls) {
                assertThat(call.get().statusCode()).isEqualTo(200);
            }
        }
    }
}
