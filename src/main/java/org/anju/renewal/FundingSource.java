package org.anju.renewal;

/** Where a service station's money comes from (plan §20: 县、乡两级财政专项资金, 居民, 维修资金增值收益). */
public enum FundingSource {
    /** County budget. */
    COUNTY,
    /** Township budget. */
    TOWNSHIP,
    /** Paid by the residents. */
    RESIDENTS,
    /** Income of the maintenance fund (增值收益). */
    FUND_INCOME
}
