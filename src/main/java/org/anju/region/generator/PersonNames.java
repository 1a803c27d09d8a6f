package org.anju.region.generator;

import java.util.SplittableRandom;

/** Chinese personal and organisation names, drawn with the frequency of common surnames. */
final class PersonNames {

    // The most common surnames first and repeated, so 王 李 张 刘 appear as often as in Henan.
    private static final String SURNAMES = "王王王王李李李李张张张张刘刘刘陈陈杨杨赵赵黄周吴徐孙孙胡朱高林何郭郭马马罗梁宋"
            + "郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔"
            + "康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文牛申翟葛";
    private static final String MALE = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆亮建国庆文志海峰振东晓博新春云龙永忠金"
            + "德成林兵全红卫利民";
    private static final String FEMALE = "芳敏静丽娟艳霞秀娜玲英华慧巧美娟红梅莉兰凤洁琳素云莲珍雪荣爱桂月萍颖佳琪欣悦婷雅"
            + "倩丹燕晶";
    private static final String[] ORGANISATIONS = {"%s华联商贸有限公司", "%s供销合作社", "%s农村信用合作联社", "中国邮政集团有限公司%s分公司",
            "%s鑫隆百货有限公司", "%s惠民药店有限公司", "%s金桥实业有限公司", "%s宏远商贸有限公司", "%s丰源粮油有限公司",
            "%s城市建设投资有限公司", "%s益民超市有限公司", "%s顺达通讯器材有限公司"};

    private PersonNames() {
    }

    static String person(SplittableRandom random, boolean male) {
        String pool = male ? MALE : FEMALE;
        StringBuilder name = new StringBuilder(3).append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        name.append(pool.charAt(random.nextInt(pool.length())));
        if (random.nextInt(10) < 7) {
            name.append(pool.charAt(random.nextInt(pool.length())));
        }
        return name.toString();
    }

    /** A relative: same surname as the owner. */
    static String relative(SplittableRandom random, String owner) {
        return owner.charAt(0) + person(random, random.nextBoolean()).substring(1);
    }

    static int organisations() {
        return ORGANISATIONS.length;
    }

    static String organisation(int index, String county) {
        return ORGANISATIONS[index % ORGANISATIONS.length].formatted(county);
    }
}
