package org.techbridge.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbridge.client.ApiClient;
import org.techbridge.client.ApiException;
import org.techbridge.client.api.AchievementsApi;
import org.techbridge.client.api.InstitutionsApi;
import org.techbridge.client.model.Achievement;
import org.techbridge.client.model.AchievementRequest;
import org.techbridge.client.model.AchievementStatus;
import org.techbridge.client.model.Domain;
import org.techbridge.client.model.Institution;
import org.techbridge.client.model.InstitutionRequest;
import org.techbridge.client.model.InstitutionType;
import org.techbridge.client.model.IpType;
import org.techbridge.client.model.TransferMode;
import org.techbridge.testing.Tokens;

/**
 * A partner platform's view: the Java client that openapi-generator made from the gateway's merged
 * OpenAPI document (see this module's pom) calls the running gateway and understands its answers,
 * errors included.
 */
@ExtendWith(RunningStack.class)
class GeneratedClientTest {

    @Test
    void theGeneratedClientRegistersPublishesAndReadsBackThroughTheGateway() throws ApiException {
        ApiClient broker = client(Tokens.bearer("broker", null));
        Institution university = new InstitutionsApi(broker).apiV1InstitutionsPost(new InstitutionRequest()
                .name("中北大学 " + UUID.randomUUID()).type(InstitutionType.UNIVERSITY).region("山西省太原市"));

        AchievementsApi achievements = new AchievementsApi(client(Tokens.bearer("institution", university.getId())));
        Achievement draft = achievements.apiV1AchievementsPost(new AchievementRequest()
                .title("高可靠气象仪器 " + UUID.randomUUID()).summary("野外无人值守的高可靠自动气象站")
                .domain(Domain.INFORMATION_TECH).trl(7).ipType(IpType.PATENT).institutionId(university.getId())
                .region("山西省太原市").addTransferModesItem(TransferMode.LICENSE));
        achievements.apiV1AchievementsIdPublishPost(draft.getId().toString(), null);

        Achievement published = new AchievementsApi(client(null)).apiV1AchievementsIdGet(draft.getId().toString());
        assertEquals(AchievementStatus.PUBLISHED, published.getStatus());
        assertEquals(university.getId(), published.getInstitutionId());
        assertEquals(1L, new AchievementsApi(client(null)).apiV1AchievementsGet(null, university.getId().toString(),
                null, null, null, null, null, null, null, null, null).getTotal());
    }

    @Test
    void theGeneratedClientSurfacesTheGatewaysProblemAnswers() {
        ApiException refused = assertThrows(ApiException.class, () -> new InstitutionsApi(client(null))
                .apiV1InstitutionsPost(new InstitutionRequest().name("x").type(InstitutionType.UNIVERSITY).region("y")));
        assertEquals(401, refused.getCode());
        assertTrue(refused.getResponseHeaders().firstValue("Content-Type").orElse("").contains("problem+json"));
    }

    private static ApiClient client(String authorization) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(RunningStack.stack().gateway().toString());
        if (authorization != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", authorization));
        }
        return client;
    }
}
