package org.anju.region;

/** 用途 of a house: it decides fee tables and some votes. */
public enum HouseUse {
    /** 住宅 */
    RESIDENTIAL("住宅"),
    /** 商业 */
    COMMERCIAL("商业");

    private final String chinese;

    HouseUse(String chinese) {
        this.chinese = chinese;
    }

    /** The word used in the import template. */
    public String chinese() {
        return chinese;
    }

    public static java.util.Optional<HouseUse> fromChinese(String text) {
        for (HouseUse u : values()) {
            if (u.chinese.equals(text) || u.name().equalsIgnoreCase(text)) {
                return java.util.Optional.of(u);
            }
        }
        return java.util.Optional.empty();
    }
}
