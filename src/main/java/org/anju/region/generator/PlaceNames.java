package org.anju.region.generator;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Names of places: Taiqian's real townships, and pools from which plausible other names are drawn. */
final class PlaceNames {

    /** A township with the communities it always has. */
    record TownshipName(String name, String code, List<String> communities) {
    }

    /** Taiqian's 9 townships (6 镇, 3 乡) in the county's order, with their communities. */
    static final List<TownshipName> TAIQIAN = List.of(
            new TownshipName("城关镇", "410927100", List.of("人和社区", "城东社区", "城西社区", "城南社区", "城北社区",
                    "文化社区", "建设社区", "金堤社区")),
            new TownshipName("侯庙镇", "410927101", List.of("侯庙社区", "东街社区", "西街社区")),
            new TownshipName("孙口镇", "410927102", List.of("孙口社区", "将军渡社区")),
            new TownshipName("打渔陈镇", "410927103", List.of("打渔陈社区", "新兴社区")),
            new TownshipName("马楼镇", "410927104", List.of("马楼社区", "滨河社区", "南街社区")),
            new TownshipName("吴坝镇", "410927105", List.of("吴坝社区", "前进社区")),
            new TownshipName("后方乡", "410927200", List.of("后方社区", "迎宾社区")),
            new TownshipName("清水河乡", "410927201", List.of("清水河社区", "幸福社区")),
            new TownshipName("夹河乡", "410927202", List.of("夹河社区", "黄河社区")));

    /** Henan's 18 prefecture-level cities (code, name); 濮阳 keeps its real counties. */
    static final List<String[]> HENAN_CITIES = List.of(new String[]{"4109", "濮阳市"}, new String[]{"4101", "郑州市"},
            new String[]{"4102", "开封市"}, new String[]{"4103", "洛阳市"}, new String[]{"4104", "平顶山市"},
            new String[]{"4105", "安阳市"}, new String[]{"4106", "鹤壁市"}, new String[]{"4107", "新乡市"},
            new String[]{"4108", "焦作市"}, new String[]{"4110", "许昌市"}, new String[]{"4111", "漯河市"},
            new String[]{"4112", "三门峡市"}, new String[]{"4113", "南阳市"}, new String[]{"4114", "商丘市"},
            new String[]{"4115", "信阳市"}, new String[]{"4116", "周口市"}, new String[]{"4117", "驻马店市"},
            new String[]{"4118", "济源市"});

    /** 濮阳's counties, 台前县 first so that it is always /1/2/3/. */
    static final List<String[]> PUYANG_COUNTIES = List.of(new String[]{"410927", "台前县"},
            new String[]{"410902", "华龙区"}, new String[]{"410922", "清丰县"}, new String[]{"410923", "南乐县"},
            new String[]{"410926", "范县"}, new String[]{"410928", "濮阳县"});

    /** Henan area codes of owners born elsewhere. */
    static final List<String> HENAN_AREAS = List.of("410902", "410922", "410923", "410926", "410928", "410102",
            "410105", "410202", "410303", "410502", "410702", "410802", "411102", "411302", "411402", "411502");

    /** Old estates of a county seat: units' housing compounds (家属院) and early 小区. */
    static final List<String> SEAT_OLD = List.of("县委家属院", "县政府家属院", "供销社家属院", "粮食局家属院", "人民医院家属院",
            "教育局家属院", "交通局家属院", "电业局家属院", "水利局家属院", "税务局家属院", "财政局家属院", "农业银行家属院",
            "工商银行家属院", "建设银行家属院", "邮电局家属院", "一中家属院", "实验小学家属院", "棉纺厂家属院", "化肥厂家属院",
            "食品公司家属院", "物资局家属院", "公安局家属院", "法院家属院", "检察院家属院", "卫生局家属院", "黄河小区", "将军渡小区",
            "文化小区", "建设小区", "城关小区", "人和小区", "百货大楼家属院");

    /** Newer estates of a county seat. */
    static final List<String> SEAT_NEW = List.of("金堤花园", "建业·桂园", "金水湾", "御景园", "阳光花园", "幸福家园", "和谐家园",
            "盛世华庭", "锦绣华府", "东方明珠", "帝湖花园", "翡翠城", "滨河花园", "金色家园", "香榭丽都", "紫金苑", "凤凰城",
            "城市花园", "书香门第", "翰林苑", "康桥水郡", "世纪花园", "龙湖湾", "文昌苑", "明珠花园", "丽水佳苑", "黄河明珠",
            "将军府", "一号院", "恒通花园", "宏达小区", "鑫源小区", "兴业花园", "永安小区", "华龙佳苑", "泰和园", "瑞祥苑",
            "金桂苑", "清华园", "新城家园", "锦江华庭", "御龙湾", "天鹅湖", "富华名苑", "学府花园");

    /** Estates of a market town, "%s" being the town's stem (侯庙), "@" its name (侯庙镇). */
    static final List<String> TOWN_ESTATES = List.of("%s花园", "%s新村", "%s小区", "@政府家属院", "卫生院家属院", "中学家属院",
            "%s佳苑", "%s嘉园", "供销社家属院", "信用社家属院", "%s幸福家园", "%s商贸城小区");

    static final List<String> SEAT_STREETS = List.of("金堤路", "人民路", "建设路", "文化路", "将军路", "黄河路", "台前大道",
            "兴业路", "商贸路", "振兴路", "团结路", "民生路", "育才路", "府前街", "东关街", "西关街");
    static final List<String> TOWN_STREETS = List.of("中心街", "建设路", "文化路", "商贸街", "幸福路", "黄河路");

    private static final String PREFIXES = "金银锦御阳幸和盛东帝翡滨紫凤书翰康世龙文明丽恒宏鑫兴永华泰瑞清新天富学";
    private static final List<String> SUFFIXES = List.of("花园", "家园", "小区", "苑", "华庭", "名苑", "府", "新城", "佳苑", "雅居",
            "公馆", "嘉园", "水岸", "庭院");
    private static final List<String> COMMUNITIES = List.of("人和", "城东", "城西", "城南", "城北", "文化", "建设", "金堤", "解放",
            "胜利", "新华", "育才", "光明", "和平", "团结", "振兴", "东关", "西关", "南关", "北关", "长安", "府前", "民主",
            "健康", "朝阳", "向阳", "红旗", "迎宾", "丰收", "永安", "兴隆", "前进", "富民", "安居", "东湖", "西湖");
    private static final String STEM_FIRST = "安宁平清长永新兴延汝洛淇滑卫汤伊宜鲁孟温武修博原封扶通尉杞睢柘虞夏商鹿郸项沈淮息固"
            + "潢光罗桐泌唐舞叶郏襄宝嵩栾渑灵卢陈王李张刘杨赵";
    private static final String STEM_SECOND = "阳城丘水川陵乡安平集庄屯营寨店口桥湖河山岗坡寺庙楼堤";

    private PlaceNames() {
    }

    /** A name not yet in taken: a two-character stem plus the suffix. */
    static String stem(SplittableRandom random, String suffix, Set<String> taken) {
        while (true) {
            String name = "" + STEM_FIRST.charAt(random.nextInt(STEM_FIRST.length()))
                    + STEM_SECOND.charAt(random.nextInt(STEM_SECOND.length())) + suffix;
            if (taken.add(name)) {
                return name;
            }
        }
    }

    /** The next community name of a township that already has taken. */
    static String community(SplittableRandom random, Set<String> taken) {
        for (String c : COMMUNITIES) {
            if (taken.add(c + "社区")) {
                return c + "社区";
            }
        }
        return stem(random, "社区", taken);
    }

    /** An estate name not yet used in the county: from the pool first, then a made-up one. */
    static String estate(SplittableRandom random, List<String> pool, String township, Set<String> taken) {
        String townStem = township.substring(0, township.length() - 1);
        int start = random.nextInt(pool.size());
        for (int i = 0; i < pool.size(); i++) {
            String name = pool.get((start + i) % pool.size()).replace("%s", townStem).replace("@", township);
            if (taken.add(name)) {
                return name;
            }
        }
        while (true) {
            String name = "" + PREFIXES.charAt(random.nextInt(PREFIXES.length()))
                    + PREFIXES.charAt(random.nextInt(PREFIXES.length())) + SUFFIXES.get(random.nextInt(SUFFIXES.size()));
            if (taken.add(name)) {
                return name;
            }
        }
    }
}
