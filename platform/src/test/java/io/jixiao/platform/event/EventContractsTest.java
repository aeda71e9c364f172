package io.jixiao.platform.event;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the outbox lets a producer write, per contracted event type: whole payloads pass, broken ones are named. */
class EventContractsTest {
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final String ID = UUID.randomUUID().toString();

    private static final String TABLE = """
            {"id":"%s","projectId":"%s","projectName":"帮扶资金","orgCode":"093001","orgPath":"/410100/197001/093001/",
             "fiscalYear":2021,"period":"ANNUAL","status":"SUBMITTED","revision":3,
             "indicators":[{"level1":"产出指标","level2":"数量指标","name":"帮扶人数","target":"≥100人","weight":10,
               "direction":"POSITIVE","applicable":true,"parsed":{"kind":"NUMBER"}}]}""".formatted(ID, ID);

    @ParameterizedTest(name = "{0} accepted")
    @CsvSource(delimiter = '|', textBlock = """
            project.registered.v1       | {"id":"%1$s","fiscalYear":2021,"orgCode":"093001","orgPath":"/410100/093001/","name":"帮扶","amountUnit":"WAN_YUAN","version":0,"costItems":[],"createdBy":"staff"}
            project.updated.v1          | {"id":"%1$s","fiscalYear":2021,"orgCode":"093001","orgPath":"/410100/093001/","name":"帮扶","version":4}
            target-table.submitted.v1   | {"table":%2$s,"version":1,"subjectType":"TARGET_TABLE","changes":null,"submittedBy":"staff"}
            target-table.approved.v1    | {"table":%2$s,"version":2,"grade":"优"}
            evaluation.submitted.v1     | {"evaluation":{"id":"%1$s","orgCode":"093001","orgPath":"/410100/093001/","fiscalYear":2020,"totalScore":95.5},"version":1}
            import.project-resolved.v1  | {"batchId":"%1$s","key":"k","created":true,"project":{"id":"%1$s","fiscalYear":2021,"orgCode":"U","orgPath":"/U/","name":"n","version":0}}
            some.uncontracted.v1        | {"anything":true}
            """)
    void wholePayloadsPass(String type, String body) {
        assertDoesNotThrow(() -> EventContracts.check(json, type, body.formatted(ID, TABLE)));
    }

    @ParameterizedTest(name = "{0} refused: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            project.registered.v1       | {"id":"%1$s","fiscalYear":2021,"orgCode":"093001","name":"帮扶","version":0}                                       | orgPath
            project.updated.v1          | {"id":"%1$s","fiscalYear":2021,"orgCode":"093001","orgPath":"093001","name":"帮扶","version":4}                   | not an organisation path
            project.updated.v1          | {"id":"%1$s","fiscalYear":2021,"orgCode":"093001","orgPath":"/093001/","name":"帮扶","version":4,"amountUnit":"EUR"} | amountUnit
            target-table.submitted.v1   | {"table":%2$s,"version":1}                                                                                        | subjectType
            target-table.approved.v1    | {"version":2}                                                                                                     | table
            target-table.approved.v1    | {"table":{"id":"%1$s","projectId":"%1$s","orgCode":"U","orgPath":"/U/","fiscalYear":2021},"version":2}           | table.indicators
            target-table.approved.v1    | {"table":{"id":"%1$s","projectId":"%1$s","orgCode":"U","orgPath":"/U/","fiscalYear":2021,"indicators":[{"direction":"UP"}]},"version":2} | direction
            target-table.approved.v1    | {"table":{"id":"%1$s","projectId":"%1$s","orgCode":"U","orgPath":"/U/","fiscalYear":2021,"indicators":[{"level1":"产出指标"}]},"version":2} | indicators[0].name
            evaluation.submitted.v1     | {"evaluation":{"id":"%1$s","orgCode":"U","orgPath":"/U/"},"version":1}                                           | evaluation.fiscalYear
            review.completed.v1         | {"subjectType":"TARGET_TABLE","subjectId":"%1$s","version":1,"outcome":"MAYBE"}                                   | outcome
            fiscal-year.closed.v1       | {"scopeOrgPath":"/"}                                                                                               | year
            import.project-resolved.v1  | {"batchId":"%1$s","key":"k","project":{"id":"%1$s","name":"n","version":0}}                                       | fiscalYear
            """)
    void brokenPayloadsAreNamed(String type, String body, String named) {
        IllegalStateException e = assertThrows(
                IllegalStateException.class, () -> EventContracts.check(json, type, body.formatted(ID, TABLE)));
        assertTrue(e.getMessage().contains(named), e.getMessage());
    }
}
