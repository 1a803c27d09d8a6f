package org.anju.disclosure;

/**
 * The items a board must carry: plan §11 and Henan Art. 39 (rules.md §2). Message key {@code disclosure.item.NAME}.
 */
public enum DisclosureItem {
    /** 项目负责人及联系方式 (a work phone the company publishes). */
    MANAGER,
    /** 物业服务投诉电话. */
    COMPLAINT_PHONE,
    /** 物业服务内容和标准. */
    SERVICES,
    /** 收费项目和标准: at least one fee item with its price. */
    FEES,
    /** 电梯维保单位和联系方式 (only where the estate has lifts). */
    LIFT_CONTRACTOR,
    /** 消防设施维保单位和联系方式. */
    FIRE_CONTRACTOR,
    /** 车位车库使用情况. */
    PARKING,
    /** 公共水电费分摊情况. */
    UTILITIES,
    /** 物业费和业主共有部分经营收益收支情况. */
    ACCOUNTS,
    /** 电梯维护保养支出情况 (only where the estate has lifts). */
    LIFT_SPENDING;

    public String messageKey() {
        return "disclosure.item." + name();
    }
}
