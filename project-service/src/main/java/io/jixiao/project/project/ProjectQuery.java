package io.jixiao.project.project;

import io.jixiao.platform.problem.ProblemException;
import io.jixiao.platform.security.OrgPath;
import io.quarkus.panache.common.Sort;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Filters, order and paging of the project list, turned into one HQL query and one count. */
record ProjectQuery(
        Integer fiscalYear, String scopePath, String text, String sourceRef, String sort, int page, int size) {
    private static final Map<String, String> SORTABLE = Map.of(
            "name", "header.name",
            "fiscalYear", "fiscalYear",
            "createdAt", "createdAt",
            "totalAmount", "header.totalAmount",
            "orgCode", "orgCode");

    String where(Map<String, Object> params) {
        StringBuilder q = new StringBuilder("orgPath like :path escape '\\'");
        params.put("path", OrgPath.withinPattern(scopePath));
        if (fiscalYear != null) {
            q.append(" and fiscalYear = :year");
            params.put("year", fiscalYear);
        }
        if (sourceRef != null && !sourceRef.isBlank()) {
            q.append(" and sourceRef = :ref");
            params.put("ref", sourceRef.strip());
        }
        if (text != null && !text.isBlank()) {
            q.append(" and lower(header.name) like :text escape '\\'");
            params.put("text", "%" + OrgPath.escapeLike(text.strip().toLowerCase()) + "%");
        }
        return q.toString();
    }

    Sort order() {
        String spec = sort == null || sort.isBlank() ? "-createdAt" : sort;
        Sort result = null;
        for (String part : List.of(spec.split(","))) {
            String p = part.strip();
            boolean desc = p.startsWith("-");
            String key = desc ? p.substring(1) : p;
            String column = SORTABLE.get(key);
            if (column == null) {
                throw ProblemException.invalid(
                        "sort",
                        "cannot sort by '" + key + "'; use one of " + SORTABLE.keySet()
                                + ", with - in front for descending");
            }
            Sort.Direction d = desc ? Sort.Direction.Descending : Sort.Direction.Ascending;
            result = result == null ? Sort.by(column, d) : result.and(column, d);
        }
        return result.and("id");
    }

    static Map<String, Object> params() {
        return new HashMap<>();
    }
}
