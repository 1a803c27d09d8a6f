package org.anju.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anju.billing.BillingView.Bill;
import org.anju.billing.BillingView.Payment;
import org.anju.billing.internal.BillingStore;
import org.anju.identity.AnjuUser;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdiction;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.platform.pdf.HtmlPdf;
import org.anju.platform.pdf.QrCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments of bills. The company serving the estate records cash, transfers and online payments; an owner
 * pays their own bill online (the provider's transaction number as reference). The client's idempotency key
 * makes a retried request the same payment, never a second one; a payment above what is still owed is
 * refused (422), and the bill's row lock and check constraint hold that under concurrency too.
 */
@Service
@Transactional(readOnly = true)
public class Payments {

    /** A payment to record. */
    public record NewPayment(Long billId, BigDecimal amount, PaymentMethod method, String reference,
                             String idempotencyKey) {
    }

    private final BillingStore store;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;
    private final HtmlPdf pdf;
    private final Clock clock;

    Payments(BillingStore store, Jurisdictions jurisdictions, AuditLog audit, HtmlPdf pdf, Clock clock) {
        this.store = store;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.pdf = pdf;
        this.clock = clock;
    }

    @Transactional
    public Payment pay(NewPayment n) {
        String key = Acting.key(n.idempotencyKey());
        if (n.billId() == null) {
            throw InvalidRequestException.field("billId", "billing.error.bill");
        }
        var replay = store.paymentByKey(key);
        Jurisdiction j = jurisdictions.current();
        LocalDate today = LocalDate.now(clock);
        Bill bill = store.bill(j, n.billId(), today).orElseThrow(() -> new NotFoundException("bill", n.billId()));
        AnjuUser user = Acting.require(Role.PROPERTY_COMPANY, Role.OWNER);
        if (replay.isPresent()) {
            Payment p = replay.get();
            if (p.billId() != bill.id() || n.amount() == null || p.amount().compareTo(n.amount()) != 0) {
                throw InvalidRequestException.rule("idempotencyKey", "billing.error.keyReused");
            }
            return p;
        }
        List<FieldError> errors = new ArrayList<>();
        if (n.amount() == null || n.amount().signum() <= 0 || n.amount().stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("amount", "billing.error.amount"));
        }
        if (n.method() == null) {
            errors.add(new FieldError("method", "billing.error.method"));
        }
        String reference = n.reference() == null || n.reference().isBlank() ? null : n.reference().strip();
        if (n.method() != null && n.method() != PaymentMethod.CASH && reference == null) {
            errors.add(new FieldError("reference", "billing.error.reference"));
        }
        if (reference != null && reference.length() > 64) {
            errors.add(new FieldError("reference", "billing.error.reference"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        if (user.role() == Role.OWNER && n.method() != PaymentMethod.ONLINE) {
            throw new AccessDeniedException("owners pay online");
        }
        BigDecimal[] amounts = store.lockAmounts(bill.id()).orElseThrow();
        BigDecimal outstanding = amounts[0].subtract(amounts[1]);
        if (n.amount().compareTo(outstanding) > 0) {
            throw InvalidRequestException.rule("amount", "billing.error.overpaid", outstanding.toPlainString());
        }
        long id = store.insertPayment(bill.id(), n.amount(), n.method(), reference, key, Acting.actor());
        Payment p = store.payment(j, id).orElseThrow();
        Map<String, Object> after = new HashMap<>();
        after.put("billId", bill.id());
        after.put("amount", n.amount());
        after.put("method", n.method());
        after.put("receiptNo", p.receiptNo());
        audit.record(AuditEntry.created("payment", id, "缴费 " + n.amount() + " 元 (账单 " + bill.id() + ")", after));
        return p;
    }

    public PageResult<Payment> list(Long estateId, Long billId, PageRequest page) {
        Jurisdiction j = jurisdictions.current();
        return new PageResult<>(store.payments(j, estateId, billId, page), store.countPayments(j, estateId, billId),
                page.page(), page.size());
    }

    public Payment get(long id) {
        return store.payment(jurisdictions.current(), id).orElseThrow(() -> new NotFoundException("payment", id));
    }

    /** The receipt (收据) of a payment as PDF, with a QR code of its number. */
    public byte[] receipt(long id) {
        Payment p = get(id);
        Bill b = store.bill(jurisdictions.current(), p.billId(), LocalDate.now(clock)).orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("payment", p);
        model.put("bill", b);
        model.put("paidAt", p.paidAt().atZoneSameInstant(clock.getZone()).toLocalDateTime().withNano(0)
                .toString().replace('T', ' '));
        model.put("qr", QrCode.pngDataUri(p.receiptNo(), 3));
        return pdf.render("billing/receipt", model);
    }
}
