package org.anju.billing;

/** How a payment was made. Every method but cash carries a reference. */
public enum PaymentMethod {
    /** 现金, at the property office. */
    CASH,
    /** 银行转账, with the bank's reference. */
    TRANSFER,
    /** 线上支付, with the payment provider's transaction number. */
    ONLINE
}
