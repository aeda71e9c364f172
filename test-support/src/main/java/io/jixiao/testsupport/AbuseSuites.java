package io.jixiao.testsupport;

import java.util.List;

/** Prints what the abuse suites tried and fails with every finding at once. */
public final class AbuseSuites {
    private AbuseSuites() {}

    public static void assertClean(String service, BadInputCatalogue.Report report, int atLeast) {
        System.out.printf(
                "bad-input catalogue of %s: %d cases, %d answers of 5xx, %d not problem+json%n",
                service,
                report.cases(),
                report.serverErrors(),
                report.failures().size() - report.serverErrors());
        fail(report.failures().stream().map(Object::toString).toList(), "bad input not answered with a 4xx problem");
        if (report.cases() < atLeast) {
            throw new AssertionError("only " + report.cases() + " bad-input cases were generated; expected " + atLeast);
        }
    }

    public static void assertClean(String service, AccessMatrix.Report report) {
        System.out.printf(
                "access matrix of %s: %d cases (%d with a role the operation does not admit, %d by strangers"
                        + " on one unit's objects and lists), %d leaks%n",
                service,
                report.cases(),
                report.roleCases(),
                report.strangerCases(),
                report.leaks().size());
        fail(report.leaks(), "access leaks");
        if (report.roleCases() == 0 || report.strangerCases() == 0) {
            throw new AssertionError("the matrix tried no role or no stranger: the OpenAPI document lost its security"
                    + " requirements or the victim's objects were not found");
        }
    }

    private static void fail(List<String> findings, String what) {
        if (!findings.isEmpty()) {
            throw new AssertionError(findings.size() + " " + what + ":\n  "
                    + String.join("\n  ", findings.subList(0, Math.min(60, findings.size()))));
        }
    }
}
