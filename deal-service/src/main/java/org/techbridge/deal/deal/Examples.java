package org.techbridge.deal.deal;

/** Request examples for the OpenAPI document, from the 2025 provincial roadshow series. */
final class Examples {

    /** The robot precision harmonic reducer, licensed under 先使用后付费 (use first, pay later). */
    static final String REDUCER_LICENCE = """
            {"achievementId": "5d0c3a2e-8f41-4b6a-9e27-1c3b5d7f9a02",
             "needId": "a7e1c9b3-2d4f-4e6a-8b0c-3f5e7a9c1d24",
             "institutionId": "8b2e4c6a-1d3f-4a5b-8c7d-9e0f1a2b3c4d",
             "enterpriseId": "c4d6e8f0-1a3b-4c5d-9e7f-2b4d6f8a0c13",
             "roadshowId": "e2f4a6c8-0b1d-4e3f-8a5c-7d9e1f3a5b6c",
             "dealType": "LICENSE", "exclusive": false,
             "amount": {"amount": "800000.00", "currency": "CNY"},
             "paymentModel": "USE_FIRST_PAY_LATER",
             "trialEndsOn": "2026-12-31", "dueOn": "2027-06-30",
             "usageMilestone": "1 000 reducers built into the buyer's six-axis robots",
             "sellerContact": {"name": "技术转移中心", "email": "tech-transfer@example.edu.cn"},
             "notes": "先使用后付费：试用期内免费使用，达到里程碑或到期后付款，也可退回"}
            """;

    /** The apple variety assigned for 2 M yuan at the university session, paid in instalments. */
    static final String APPLE_ASSIGNMENT = """
            {"achievementId": "3c9e1a7b-5d2f-4b8e-a6c0-9f1e3d5b7a24",
             "institutionId": "3f1c2a9e-5b7d-4e1a-9c3b-2d4e6f8a0b1c",
             "enterpriseId": "6a8c0e2f-4b6d-4f8a-9c1e-3b5d7f9a1c32",
             "roadshowId": "e2f4a6c8-0b1d-4e3f-8a5c-7d9e1f3a5b6c",
             "dealType": "ASSIGNMENT", "exclusive": true,
             "amount": {"amount": "2000000.00", "currency": "CNY"},
             "paymentModel": "INSTALLMENTS",
             "schedule": [{"due": "2026-01-31", "amount": {"amount": "1000000.00", "currency": "CNY"}},
                          {"due": "2026-07-31", "amount": {"amount": "1000000.00", "currency": "CNY"}}],
             "notes": "苹果新品种“晋艳”品种权转让，路演现场签约"}
            """;

    static final String NEGOTIATE = """
            {"to": "NEGOTIATION", "note": "双方开始商谈许可范围和费用"}
            """;

    static final String SIGN_APPLE = """
            {"to": "SIGNED", "note": "路演现场签约",
             "terms": {"dealType": "ASSIGNMENT", "exclusive": true,
                       "amount": {"amount": "2000000.00", "currency": "CNY"},
                       "paymentModel": "INSTALLMENTS",
                       "schedule": [{"due": "2026-01-31", "amount": {"amount": "1000000.00", "currency": "CNY"}},
                                    {"due": "2026-07-31", "amount": {"amount": "1000000.00", "currency": "CNY"}}]}}
            """;

    static final String TERMINATE = """
            {"to": "TERMINATED", "reason": "企业预算取消"}
            """;

    private Examples() {
    }
}
