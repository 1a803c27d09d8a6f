package org.anju.casework.web;

import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bare endpoint of the intake benchmark (bench/intake-benchmark.sh), in the bench profile only: the same
 * security filters, session, CSRF and JSON binding as POST /api/v1/complaints, and nothing else, so that the
 * benchmark shows what intake itself costs.
 */
@RestController
@Profile("bench")
class BareEndpoint {

    @PostMapping("/api/v1/bench/bare")
    ResponseEntity<ComplaintApi.ComplaintRequest> bare(@RequestBody ComplaintApi.ComplaintRequest request) {
        return ResponseEntity.status(201).body(request);
    }
}
