package io.jixiao.platform.problem;

import java.util.List;

/** Thrown by services for answers that are not 2xx; mapped to problem+json by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** 404 also for what exists but belongs to another organisation: never reveal its data or its existence. */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Problem.of(404, "Not found", what + " " + id + " was not found"));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "Conflict", detail));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "Forbidden", detail));
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.Violation(field, message)));
    }

    public static ProblemException invalid(List<Problem.Violation> violations) {
        String detail = violations.size() == 1
                ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are invalid";
        return new ProblemException(Problem.invalid(detail, violations));
    }
}
