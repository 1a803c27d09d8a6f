package org.anju.region.importing;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of the import template, in their order. The header text is the file format
 * itself (the county's template is in Chinese), so it lives here and not in the messages.
 */
enum ImportColumn {
    /** 楼栋 */
    BUILDING("楼栋"),
    /** 单元, may be blank */
    SECTION("单元"),
    /** 房号 */
    NUMBER("房号"),
    /** 专有部分面积 in m² */
    AREA("专有部分面积"),
    /** 用途: 住宅 or 商业 */
    USE("用途"),
    /** 业主名称 */
    OWNER_NAME("业主名称"),
    /** 证件号码: resident ID or unified social credit code */
    ID_NUMBER("证件号码"),
    /** 联系电话, optional */
    PHONE("联系电话");

    static final List<String> HEADERS = Arrays.stream(values()).map(ImportColumn::header).toList();

    private final String header;

    ImportColumn(String header) {
        this.header = header;
    }

    String header() {
        return header;
    }

    /** Message key of the column's name in the page's language. */
    String messageKey() {
        return "import.column." + name();
    }
}
