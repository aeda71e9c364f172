package io.jixiao.platform.problem;

import java.util.ArrayList;
import java.util.List;

/** Collects field errors of a domain check and throws them together, so a form shows every problem at once. */
public final class Violations {
    private final List<Problem.Violation> list = new ArrayList<>();

    public Violations add(String field, String message) {
        list.add(new Problem.Violation(field, message));
        return this;
    }

    public Violations check(boolean ok, String field, String message) {
        return ok ? this : add(field, message);
    }

    public List<Problem.Violation> list() {
        return List.copyOf(list);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw ProblemException.invalid(List.copyOf(list));
        }
    }
}
