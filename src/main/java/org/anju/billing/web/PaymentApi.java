package org.anju.billing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import org.anju.billing.BillingView.Payment;
import org.anju.billing.PaymentMethod;
import org.anju.billing.Payments;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Payments of bills and their PDF receipts. */
@RestController
@RequestMapping("/api/v1/payments")
@Tag(name = "billing", description = "物业费: 缴费与收据")
class PaymentApi {

    /** Body of POST /api/v1/payments. */
    record PaymentRequest(Long billId, BigDecimal amount, PaymentMethod method, String reference,
                          String idempotencyKey) {
    }

    private final Payments payments;

    PaymentApi(Payments payments) {
        this.payments = payments;
    }

    @PostMapping
    @Operation(summary = "记录缴费 (幂等: 相同 idempotencyKey 只记一次; 超出欠额为 422; 业主仅可线上支付本人账单)")
    ResponseEntity<Payment> pay(@RequestBody PaymentRequest body) {
        Payment p = payments.pay(new Payments.NewPayment(body.billId(), body.amount(), body.method(), body.reference(),
                body.idempotencyKey()));
        return ResponseEntity.created(URI.create("/api/v1/payments/" + p.id())).body(p);
    }

    @GetMapping
    @Operation(summary = "分页查询缴费记录")
    PageResult<Payment> list(@RequestParam(required = false) Long estateId, @RequestParam(required = false) Long billId,
                             @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return payments.list(estateId, billId, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "缴费详情; 不在管辖范围内为 404")
    Payment get(@PathVariable long id) {
        return payments.get(id);
    }

    @GetMapping(value = "/{id}/receipt", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "缴费收据 (PDF)")
    ResponseEntity<byte[]> receipt(@PathVariable long id) {
        byte[] pdf = payments.receipt(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("receipt-" + id + ".pdf").build().toString())
                .body(pdf);
    }
}
