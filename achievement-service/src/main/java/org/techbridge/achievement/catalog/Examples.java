package org.techbridge.achievement.catalog;

/** Request examples for the OpenAPI document, from the 2025 provincial roadshow series. */
final class Examples {

    static final String APPLE = """
            {"title": "苹果新品种“晋艳”", "summary": "果个大、着色好、耐贮藏的晚熟苹果新品种，适宜黄土高原种植",
             "language": "zh", "domain": "AGRICULTURE", "keywords": ["苹果", "新品种"], "trl": 8,
             "ipType": "PLANT_VARIETY", "ipNumbers": ["CNA20231234.5"],
             "institutionId": "3f1c2a9e-5b7d-4e1a-9c3b-2d4e6f8a0b1c", "region": "山西省晋中市",
             "transferModes": ["ASSIGNMENT", "LICENSE"],
             "askingPrice": {"amount": "2000000.00", "currency": "CNY"}}
            """;

    static final String REDUCER = """
            {"title": "机器人精密谐波减速器", "summary": "高精度、低背隙的机器人关节谐波减速器，可替代进口",
             "language": "zh", "domain": "ADVANCED_MANUFACTURING", "keywords": ["谐波减速器", "机器人", "robot"],
             "trl": 7, "ipType": "PATENT", "ipNumbers": ["ZL202210123456.7"],
             "institutionId": "8b2e4c6a-1d3f-4a5b-8c7d-9e0f1a2b3c4d", "region": "山西省太原市",
             "transferModes": ["USE_FIRST_PAY_LATER", "LICENSE"],
             "askingPrice": {"amount": "800000.00", "currency": "CNY"}, "negotiable": true}
            """;

    private Examples() {
    }
}
