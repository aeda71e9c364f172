package io.jixiao.review;

import io.jixiao.testsupport.KafkaTestBroker;
import io.jixiao.testsupport.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The real PostgreSQL, Kafka broker and OIDC issuer every test of this module runs against. */
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "review"))
@QuarkusTestResource(KafkaTestBroker.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public class TestInfrastructure {
}
