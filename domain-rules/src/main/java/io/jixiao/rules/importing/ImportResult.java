package io.jixiao.rules.importing;

import java.util.List;

/**
 * What a document held: target tables, self-evaluation sheets (自评表), lists of projects whose targets are published
 * (拟公开绩效目标项目统计表), and what the importer had to guess or could not place, in words a person understands.
 */
public record ImportResult(
        List<ImportedTable> tables,
        List<ImportedEvaluation> evaluations,
        List<DisclosureList> disclosures,
        List<String> warnings) {

    public ImportResult(List<ImportedTable> tables, List<String> warnings) {
        this(tables, List.of(), List.of(), warnings);
    }

    /** Something a person would call a table was read: a named indicator, a sheet or a list. */
    public boolean hasIndicators() {
        return tables.stream().anyMatch(t -> !t.named().isEmpty()) || !evaluations.isEmpty() || !disclosures.isEmpty();
    }

    public boolean isEmpty() {
        return tables.isEmpty() && evaluations.isEmpty() && disclosures.isEmpty();
    }
}
