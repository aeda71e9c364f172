package io.jixiao.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jixiao.review.org.OrgCopy;
import io.jixiao.testsupport.EventProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrgCopyConsumerTest {

    @Test
    void theOrganisationTreeArrivesByEventsAndADuplicateChangesNothing() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        send("F" + s, "某市财政局", "FINANCE_BUREAU", null, "/F" + s + "/");
        send("D" + s, "某市总工会", "DEPARTMENT", "F" + s, "/F" + s + "/D" + s + "/");
        UUID unitEvent = send("U" + s, "某市困难职工帮扶中心", "UNIT", "D" + s, "/F" + s + "/D" + s + "/U" + s + "/");
        EventProbe.send(
                "orgs",
                "U" + s,
                "org.registered.v1",
                unitEvent,
                org("U" + s, "重复投递的名字", "UNIT", "D" + s, "/F" + s + "/D" + s + "/U" + s + "/"));

        // a sentinel on the same key (so the same partition, after the duplicate): once it is here, the duplicate was
        // handled, whatever it did
        EventProbe.send(
                "orgs",
                "U" + s,
                "org.registered.v1",
                UUID.randomUUID(),
                org("S" + s, "哨兵", "UNIT", "D" + s, "/F" + s + "/D" + s + "/S" + s + "/"));
        await("S" + s);
        OrgCopy unit = QuarkusTransaction.requiringNew().call(() -> OrgCopy.<OrgCopy>findById("U" + s));
        assertEquals("某市困难职工帮扶中心", unit.name, "the duplicate delivery changed nothing");
        assertEquals("/F" + s + "/D" + s + "/U" + s + "/", unit.path);
        assertEquals("UNIT", unit.type);
    }

    @Test
    void theServiceIsHealthyAndDocumented() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().accept("application/json").get("/q/openapi").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }

    private static UUID send(String code, String name, String type, String parent, String path) {
        return EventProbe.send(
                "orgs", code, "org.registered.v1", UUID.randomUUID(), org(code, name, type, parent, path));
    }

    private static String org(String code, String name, String type, String parent, String path) {
        return """
                {"code":"%s","name":"%s","type":"%s","parentCode":%s,"path":"%s"}""".formatted(code, name, type, parent == null ? "null" : "\"" + parent + "\"", path);
    }

    private static OrgCopy await(String code) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            OrgCopy o = QuarkusTransaction.requiringNew().call(() -> OrgCopy.<OrgCopy>findById(code));
            if (o != null) {
                return o;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(code + " never arrived");
    }
}
