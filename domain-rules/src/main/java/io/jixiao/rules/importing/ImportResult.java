package io.jixiao.rules.importing;

import java.util.List;

/** The tables found and what the importer had to guess or could not place, in words a person understands. */
public record ImportResult(List<ImportedTable> tables, List<String> warnings) {
}
