package io.industrypulse.demo;

import io.industrypulse.enterprise.IndustrialChain;
import java.util.List;
import java.util.Set;

/**
 * Fixed reference data of the demo city: industrial divisions with their 4-digit classes (GB/T 4754-2017), chains
 * and counties with the scenario each one plays. Lists, never hash iteration, so the generator is deterministic.
 */
final class Catalog {

    private Catalog() {}

    /**
     * A division: value-added ratio, the mean PPI of 2025 and 2026 (same month last year = 100), electricity per 万元
     * of output (万千瓦时), and its classes as {@code "class:word|word"} (words go into company names).
     */
    record Division(
            String code,
            String name,
            double vaRatio,
            double ppi2025,
            double ppi2026,
            double electricityIntensity,
            List<String> classes) {

        String classCode(int index) {
            return classes.get(index).substring(0, 4);
        }

        List<String> words(int index) {
            return List.of(classes.get(index).substring(5).split("\\|"));
        }

        boolean utility() {
            return code.equals("44") || code.equals("45") || code.equals("46");
        }
    }

    static final List<Division> DIVISIONS = List.of(
            new Division("06", "煤炭开采和洗选业", 0.38, 93.0, 97.0, 0.10, List.of("0610:煤业|矿业")),
            new Division("08", "黑色金属矿采选业", 0.35, 97.0, 99.0, 0.12, List.of("0810:矿业|铁矿")),
            new Division("10", "非金属矿采选业", 0.33, 99.0, 100.0, 0.08, List.of("1011:矿业|石料", "1019:砂石|建材")),
            new Division(
                    "13",
                    "农副食品加工业",
                    0.22,
                    98.0,
                    99.5,
                    0.03,
                    List.of("1312:面业|粮油", "1329:饲料", "1331:油脂|粮油", "1353:食品|肉业", "1391:淀粉|生化")),
            new Division(
                    "14", "食品制造业", 0.28, 99.5, 100.0, 0.03, List.of("1411:食品", "1431:食品|面业", "1441:乳业", "1495:生物科技")),
            new Division(
                    "15", "酒、饮料和精制茶制造业", 0.35, 99.0, 99.5, 0.02, List.of("1512:酒业", "1513:啤酒", "1522:饮品", "1530:茶业")),
            new Division("17", "纺织业", 0.22, 98.5, 99.5, 0.05, List.of("1711:纺织|棉纺", "1712:纺织", "1713:印染", "1761:针织")),
            new Division("18", "纺织服装、服饰业", 0.25, 99.5, 100.0, 0.02, List.of("1811:服饰", "1819:服装", "1830:服饰")),
            new Division(
                    "20", "木材加工和木、竹、藤、棕、草制品业", 0.24, 98.5, 99.5, 0.04, List.of("2021:木业", "2022:板业", "2032:门业|木业")),
            new Division("21", "家具制造业", 0.24, 99.0, 99.5, 0.02, List.of("2110:家具", "2130:家具")),
            new Division("22", "造纸和纸制品业", 0.23, 96.5, 98.5, 0.08, List.of("2221:纸业", "2231:包装")),
            new Division("23", "印刷和记录媒介复制业", 0.28, 99.0, 99.5, 0.02, List.of("2311:印务", "2319:印刷|包装")),
            new Division("24", "文教、工美、体育和娱乐用品制造业", 0.25, 100.5, 100.5, 0.02, List.of("2411:文具", "2431:工艺品")),
            new Division("25", "石油、煤炭及其他燃料加工业", 0.18, 93.0, 97.0, 0.06, List.of("2511:石化", "2521:焦化")),
            new Division(
                    "26",
                    "化学原料和化学制品制造业",
                    0.24,
                    95.0,
                    98.0,
                    0.12,
                    List.of("2611:化工", "2614:化工|化学", "2625:肥业", "2641:涂料", "2662:化学|新材料")),
            new Division(
                    "27", "医药制造业", 0.36, 99.0, 99.5, 0.03, List.of("2710:药业", "2720:制药|药业", "2740:药业", "2761:生物制药|生物")),
            new Division("29", "橡胶和塑料制品业", 0.23, 97.5, 99.0, 0.05, List.of("2911:轮胎", "2922:塑业|管业", "2927:塑料制品")),
            new Division(
                    "30",
                    "非金属矿物制品业",
                    0.27,
                    94.0,
                    97.5,
                    0.12,
                    List.of("3011:水泥", "3021:建材", "3031:新型建材", "3041:玻璃", "3071:陶瓷")),
            new Division("31", "黑色金属冶炼和压延加工业", 0.20, 95.0, 99.0, 0.10, List.of("3110:钢铁", "3120:钢铁|特钢", "3130:钢材|钢管")),
            new Division("32", "有色金属冶炼和压延加工业", 0.19, 104.0, 105.5, 0.15, List.of("3216:铝业", "3251:铜业|铜材")),
            new Division(
                    "33",
                    "金属制品业",
                    0.24,
                    98.5,
                    99.5,
                    0.04,
                    List.of("3311:钢结构", "3331:集装箱", "3360:表面处理|金属科技", "3391:铸造|铸业", "3393:锻造")),
            new Division("34", "通用设备制造业", 0.26, 99.0, 99.5, 0.02, List.of("3411:锅炉", "3441:泵业", "3451:轴承", "3484:机械")),
            new Division(
                    "35",
                    "专用设备制造业",
                    0.27,
                    99.2,
                    99.6,
                    0.02,
                    List.of("3511:矿山机械|重工", "3521:化工装备", "3544:制药装备", "3581:医疗器械|医疗科技")),
            new Division(
                    "36",
                    "汽车制造业",
                    0.21,
                    97.8,
                    98.5,
                    0.02,
                    List.of("3611:汽车", "3612:新能源汽车", "3620:动力科技", "3660:专用车|车辆", "3670:汽车零部件|汽配")),
            new Division(
                    "37",
                    "铁路、船舶、航空航天和其他运输设备制造业",
                    0.24,
                    100.2,
                    100.5,
                    0.02,
                    List.of("3716:轨道交通", "3744:航空科技", "3761:车业")),
            new Division(
                    "38",
                    "电气机械和器材制造业",
                    0.22,
                    97.0,
                    98.5,
                    0.03,
                    List.of("3811:电机", "3823:电气", "3825:光伏|光电", "3841:锂电|新能源", "3872:照明")),
            new Division(
                    "39",
                    "计算机、通信和其他电子设备制造业",
                    0.20,
                    97.5,
                    98.6,
                    0.03,
                    List.of(
                            "3911:计算机|信息技术",
                            "3921:通信",
                            "3973:半导体|微电子",
                            "3974:显示科技|光电",
                            "3976:光电子",
                            "3982:电路|电子",
                            "3985:电子材料")),
            new Division(
                    "40", "仪器仪表制造业", 0.30, 100.5, 101.0, 0.02, List.of("4011:自动化|控制技术", "4014:仪器", "4021:环保仪器|环境科技")),
            new Division("41", "其他制造业", 0.25, 99.5, 100.0, 0.03, List.of("4190:制品")),
            new Division("42", "废弃资源综合利用业", 0.22, 97.0, 100.0, 0.05, List.of("4210:再生资源", "4220:再生资源|环保科技")),
            new Division(
                    "44",
                    "电力、热力生产和供应业",
                    0.35,
                    98.0,
                    98.5,
                    0.05,
                    List.of("4411:发电|电力", "4412:热电", "4415:风电|新能源", "4416:光伏电力|新能源", "4430:热力")),
            new Division("45", "燃气生产和供应业", 0.28, 97.5, 99.0, 0.01, List.of("4511:燃气|天然气")),
            new Division("46", "水的生产和供应业", 0.40, 101.5, 101.5, 0.08, List.of("4610:水务|供水")));

    /** 4-digit classes of the key air-polluting industries (重点涉气行业) that get a performance grade. */
    static final Set<String> AIR_POLLUTING_CLASSES = Set.of(
            "2221", "2511", "2521", "2611", "2614", "2625", "2641", "2662", "2710", "2911", "3011", "3021", "3031",
            "3041", "3071", "3110", "3120", "3130", "3216", "3251", "3360", "3391", "3393", "4411", "4412", "4430");

    /** A chain and the 4-digit classes whose enterprises usually belong to it. */
    record Chain(IndustrialChain chain, Set<String> classes) {}

    static final List<Chain> CHAINS = List.of(
            new Chain(new IndustrialChain("NEV", "新能源汽车", 1), Set.of("3612", "3620", "3670", "3841", "3823")),
            new Chain(
                    new IndustrialChain("EIT", "电子信息", 2),
                    Set.of("3911", "3921", "3973", "3974", "3976", "3982", "3985", "4011")),
            new Chain(
                    new IndustrialChain("BIO", "生物医药", 3),
                    Set.of("2710", "2720", "2740", "2761", "3544", "3581", "1495")),
            new Chain(
                    new IndustrialChain("NMT", "新材料", 4),
                    Set.of("2662", "3216", "3251", "3985", "3120", "3041", "2614")),
            new Chain(
                    new IndustrialChain("HEQ", "高端装备", 5),
                    Set.of("3411", "3441", "3451", "3511", "3521", "3716", "3744", "4014", "3484")),
            new Chain(new IndustrialChain("NEN", "新能源", 6), Set.of("3825", "3841", "4415", "4416", "3811")));

    /**
     * A county and its scenario: how many enterprises it starts with, its specialties (weighted 6:1 against the
     * others), the divisions of its dominant enterprises, its designed real growth in 2025 and 2026 (fractions), its
     * targets (%), and whether the Q4 2025 shock hits it.
     */
    record County(
            String code,
            String name,
            int enterprises,
            List<String> specialties,
            List<String> anchors,
            double growth2025,
            double growth2026,
            double target2025,
            double target2026,
            boolean shock) {

        /** The name without its 区/县/市 suffix, as used in company names. */
        String shortName() {
            return name.substring(0, name.length() - 1);
        }
    }

    static final String PROVINCE_CODE = "130000";
    static final String PROVINCE_NAME = "示例省";
    static final String CITY_CODE = "130100";
    static final String CITY_NAME = "示例市";
    static final double CITY_TARGET_2025 = 6.5;
    static final double CITY_TARGET_2026 = 6.0;

    static final List<County> COUNTIES = List.of(
            new County(
                    "130102",
                    "长安区",
                    70,
                    List.of("39", "27", "40", "23"),
                    List.of("39", "27"),
                    0.075,
                    0.080,
                    6.5,
                    6.5,
                    false),
            new County(
                    "130103",
                    "桥西区",
                    60,
                    List.of("14", "15", "23", "38"),
                    List.of("15", "38"),
                    0.055,
                    0.015,
                    6.0,
                    5.5,
                    true),
            new County(
                    "130104",
                    "新华区",
                    110,
                    List.of("26", "25", "29", "22"),
                    List.of("26", "25"),
                    0.040,
                    -0.045,
                    5.5,
                    5.0,
                    true),
            new County(
                    "130105",
                    "裕华区",
                    80,
                    List.of("35", "34", "40", "39"),
                    List.of("35", "39"),
                    0.075,
                    0.085,
                    7.0,
                    7.0,
                    false),
            new County(
                    "130108",
                    "临河区",
                    180,
                    List.of("31", "33", "30", "44"),
                    List.of("31", "31", "44"),
                    0.050,
                    0.025,
                    5.5,
                    5.0,
                    false),
            new County(
                    "130109",
                    "滨江区",
                    150,
                    List.of("36", "38", "39", "34"),
                    List.of("36", "38"),
                    0.100,
                    0.110,
                    9.0,
                    9.0,
                    false),
            new County(
                    "130121",
                    "清源县",
                    130,
                    List.of("13", "14", "17", "18"),
                    List.of("13", "14"),
                    0.060,
                    0.030,
                    6.5,
                    7.0,
                    false),
            new County(
                    "130123",
                    "安平县",
                    120,
                    List.of("33", "34", "20", "21", "29"),
                    List.of("33", "34"),
                    0.065,
                    0.075,
                    6.0,
                    6.0,
                    false),
            new County(
                    "130125",
                    "河阳县",
                    110,
                    List.of("06", "08", "30", "10", "44", "25"),
                    List.of("06", "30"),
                    0.030,
                    -0.025,
                    5.0,
                    5.0,
                    false),
            new County(
                    "130127",
                    "柳林县",
                    100,
                    List.of("27", "26", "14"),
                    List.of("27", "26"),
                    0.080,
                    0.095,
                    8.0,
                    7.5,
                    false),
            new County(
                    "130130",
                    "石门县",
                    90,
                    List.of("30", "10", "42", "22"),
                    List.of("30", "42"),
                    0.045,
                    0.060,
                    4.5,
                    4.5,
                    false),
            new County(
                    "130181",
                    "永宁市",
                    200,
                    List.of("38", "32", "36", "26", "44"),
                    List.of("32", "38", "44"),
                    0.070,
                    0.050,
                    8.0,
                    8.0,
                    true));

    /** Characters used for 字号 (trade names). */
    static final String TRADE_NAME_CHARACTERS = "华兴瑞鑫宏泰恒金源盛达隆通丰远新海天汇博诚凯光明德信安永嘉昌聚利宇晨润开中正科创众旭富益和力冠佳荣锦腾翔辰弘卓越顺铭";

    static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎";

    static final String GIVEN_NAME_CHARACTERS = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰志红建华文辉玉萍国庆海波春梅晓东宁斌雪峰燕鹏";
}
