package org.anju.portal;

/** The two shelves of the county's publications on the portal (plan §(四) publicity). */
public enum NoticeCategory {
    /** 通知公告: notices of the county authority (campaigns, deadlines, results). */
    NOTICE,
    /** 政策法规: laws, regulations and the county's policies, such as the 2022 three-year plan. */
    POLICY
}
