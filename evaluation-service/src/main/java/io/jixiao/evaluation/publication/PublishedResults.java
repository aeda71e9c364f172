package io.jixiao.evaluation.publication;

import io.jixiao.evaluation.evaluation.Evaluation;
import io.jixiao.evaluation.evaluation.EvaluationStatus;
import io.jixiao.platform.web.Filters;
import io.jixiao.platform.web.PageResult;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** FINAL results only: what a closed year disclosed (the index on fiscal year and status serves the filter). */
@ApplicationScoped
public class PublishedResults {

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<PublishedResult> list(int fiscalYear, String orgCode, int page, int size) {
        Filters f = new Filters()
                .eq("fiscalYear", fiscalYear)
                .eq("status", EvaluationStatus.FINAL)
                .under("orgPath", orgCode);
        var found = Evaluation.find(f.where(), Sort.ascending("orgPath", "projectName", "id"), f.params());
        var items = found.page(Page.of(page, size)).<Evaluation>list().stream()
                .map(PublishedResult::of)
                .toList();
        return new PageResult<>(items, page, size, found.count());
    }
}
