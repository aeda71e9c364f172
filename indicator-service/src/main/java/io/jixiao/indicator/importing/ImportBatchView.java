package io.jixiao.indicator.importing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An import and what became of each of its tables; poll it until status is no longer WAITING")
public record ImportBatchView(
        UUID id,
        String orgCode,
        @Schema(example = "WAITING") ImportBatch.Status status,
        boolean approved,
        int tables,
        int created,
        int rejected,
        List<Item> items,
        List<String> warnings,
        OffsetDateTime createdAt,
        OffsetDateTime finishedAt) {

    @Schema(description = "One table of the document")
    public record Item(
            int position,
            String projectName,
            String period,
            @Schema(example = "CREATED") ImportItem.Status status,
            UUID projectId,
            UUID targetTableId,
            List<String> problems) {}

    static ImportBatchView of(ImportBatch b, List<ImportItem> items) {
        List<Item> views = items.stream()
                .map(i -> new Item(
                        i.position, i.projectName, i.period, i.status, i.projectId, i.targetTableId, i.problems))
                .toList();
        int created = (int) items.stream()
                .filter(i -> i.status == ImportItem.Status.CREATED)
                .count();
        int rejected = (int) items.stream()
                .filter(i -> i.status == ImportItem.Status.REJECTED)
                .count();
        return new ImportBatchView(
                b.id,
                b.orgCode,
                b.status,
                b.approved,
                items.size(),
                created,
                rejected,
                views,
                b.warnings,
                b.createdAt,
                b.finishedAt);
    }
}
