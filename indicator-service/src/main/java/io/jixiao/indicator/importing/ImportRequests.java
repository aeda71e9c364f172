package io.jixiao.indicator.importing;

import io.jixiao.indicator.framework.FrameworkService;
import io.jixiao.indicator.framework.FrameworkView;
import io.jixiao.indicator.framework.Level1;
import io.jixiao.platform.problem.Problem;
import io.jixiao.platform.problem.ProblemException;
import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.Roles;
import io.jixiao.platform.web.Uploads;
import io.jixiao.rules.excel.SafeWorkbooks;
import io.jixiao.rules.excel.TargetTableWorkbook;
import io.jixiao.rules.importing.DocumentReader;
import io.jixiao.rules.importing.ImportResult;
import io.jixiao.rules.importing.Levels;
import io.jixiao.rules.pdf.PdfDocuments;
import io.jixiao.rules.word.WordDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request to import, before anything is saved: the document read (text in any seed layout, or the .xlsx the export
 * writes) against the frameworks in force, and whose projects its tables become.
 */
@ApplicationScoped
public class ImportRequests {
    private final FrameworkService frameworks;
    private final ImportService imports;

    ImportRequests(FrameworkService frameworks, ImportService imports) {
        this.frameworks = frameworks;
        this.imports = imports;
    }

    public ImportResult readText(String text, String framework) {
        List<Levels> all =
                frameworks.latest().stream().map(ImportRequests::levels).toList();
        if (framework != null && all.stream().noneMatch(l -> l.code().equals(framework))) {
            throw ProblemException.invalid(
                    "framework", "no framework " + framework + "; GET /api/v1/frameworks lists them");
        }
        return new DocumentReader(all).read(text, framework);
    }

    /** A .docx: its paragraphs and tables as the text readers know them (one cell per line), then read as text. */
    public ImportResult readDocx(byte[] body, String framework) {
        String text;
        try {
            text = WordDocuments.text(new ByteArrayInputStream(body));
        } catch (IOException | RuntimeException e) {
            throw ProblemException.invalid("body", SafeWorkbooks.problem(e));
        }
        return readText(text, framework);
    }

    /** A PDF with a text layer: its lines and cells as the text readers know them, then read as text. */
    public ImportResult readPdf(byte[] body, String framework) {
        String text;
        try {
            text = PdfDocuments.text(body);
        } catch (PdfDocuments.NoTextLayer e) {
            throw Uploads.noTextLayer(e.getMessage());
        } catch (PdfDocuments.Refused e) {
            throw Uploads.refused(e.getMessage());
        }
        return readText(text, framework);
    }

    public ImportResult readXlsx(byte[] body) {
        try {
            return TargetTableWorkbook.read(new ByteArrayInputStream(body));
        } catch (IOException | RuntimeException e) {
            throw ProblemException.invalid("body", SafeWorkbooks.problem(e));
        }
    }

    /** 422 when the document held no table: the reader's warnings say what it saw instead. */
    public static void requireTables(ImportResult result) {
        if (result.tables().isEmpty()) {
            throw new ProblemException(new Problem(
                    "https://jixiao.io/problems/not-a-target-table",
                    "Not a target table",
                    422,
                    String.join("; ", result.warnings()),
                    List.of()));
        }
    }

    /** Saves what was read as a batch whose tables wait for their projects (see {@link ImportService#start}). */
    public ImportBatchView save(ImportResult result, String orgCode, boolean approved, Caller caller) {
        return imports.start(result, owner(orgCode, approved, caller), approved, caller);
    }

    /** Whose projects the tables become: unit staff import for their own organisation, admins for the one they name. */
    private static String owner(String orgCode, boolean approved, Caller caller) {
        String requested = orgCode == null || orgCode.isBlank() ? null : orgCode.strip();
        if (caller.isAdmin()) {
            if (requested == null) {
                throw ProblemException.invalid("orgCode", "is required when an admin saves an import");
            }
            return requested;
        }
        if (approved) {
            throw ProblemException.forbidden("Only admins record imported tables as approved history");
        }
        if (!caller.has(Roles.UNIT_STAFF)) {
            throw ProblemException.forbidden(
                    "Reviewers read documents with dryRun=true; unit staff and admins save them");
        }
        String own = caller.requireOrgCode();
        if (requested != null && !requested.equals(own)) {
            throw ProblemException.forbidden("Unit staff import tables for their own organisation (" + own + ") only");
        }
        return own;
    }

    private static Levels levels(FrameworkView f) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (Level1 l : f.level1()) {
            m.put(l.name(), l.level2());
        }
        return new Levels(f.code(), m);
    }
}
