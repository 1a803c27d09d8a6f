package org.anju.workforce;

/** Who a training is for (保障措施(四): 分层级、分领域的培训制度). */
public enum Audience {
    /** Members of owners' committees and property management committees (业委会、物管会成员). */
    COMMITTEE,
    /** Property companies' staff (物业服务企业从业人员). */
    COMPANY_STAFF,
    /** Officials of the county, townships and communities (物业管理工作人员). */
    OFFICIALS
}
