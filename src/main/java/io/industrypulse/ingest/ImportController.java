package io.industrypulse.ingest;

import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.UserScope;
import io.industrypulse.i18n.Messages;
import io.industrypulse.report.ExcelExport;
import io.industrypulse.statdata.RevisionService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The monthly data import page: upload a B204-1 workbook for a period, see the stored revision or every problem
 * (sheet, row, column, rule), download the error copy and the template; recent revisions and what each changed.
 * City roles also choose another kind ({@link TableImportService}: registry, targets, benchmarks, official figures,
 * PPI, VA ratios, canonical package), each with its own template.
 */
@Controller
class ImportController {

    private static final String MONTHLY = "monthly";

    private final MonthlyImportService imports;
    private final TableImportService tables;
    private final RevisionService revisions;
    private final CurrentUser currentUser;
    private final PendingUploads pending;

    ImportController(
            MonthlyImportService imports,
            TableImportService tables,
            RevisionService revisions,
            CurrentUser currentUser,
            PendingUploads pending) {
        this.imports = imports;
        this.tables = tables;
        this.revisions = revisions;
        this.currentUser = currentUser;
        this.pending = pending;
    }

    @GetMapping("/imports")
    String page(@RequestParam(defaultValue = MONTHLY) String kind, Model model) {
        UserScope scope = requireImporter();
        boolean tableKinds = TableImportService.mayImport(scope);
        if (!MONTHLY.equals(kind) && !(tableKinds && tables.knows(kind))) {
            throw new ResponseStatusException(tables.knows(kind) ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND);
        }
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", tableKinds ? tables.kinds() : java.util.List.of());
        model.addAttribute(
                "kindTitle",
                tables.kinds().stream()
                        .filter(k -> k.code().equals(kind))
                        .findFirst()
                        .orElse(null));
        model.addAttribute("recent", revisions.recent(20, scope));
        return "ingest/imports";
    }

    @PostMapping(
            value = "/imports",
            params = {"kind", "kind!=" + MONTHLY})
    String uploadTable(
            @RequestParam String kind,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(defaultValue = "false") boolean replaceMonths,
            @RequestParam(required = false) @Nullable String confirm,
            Model model)
            throws IOException {
        UserScope scope = requireImporter();
        if (!TableImportService.mayImport(scope) || !tables.knows(kind)) {
            throw new ResponseStatusException(tables.knows(kind) ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND);
        }
        boolean replacing = replaceMonths && TableImportService.PACKAGE.equals(kind);
        if (replacing && confirm != null) {
            // the user saw how many rows go and confirmed
            var upload = pending.take(confirm, scope.username());
            if (upload.isEmpty()) {
                model.addAttribute("error", Messages.get("ingest.error.pendingExpired"));
                return page(kind, model);
            }
            try {
                model.addAttribute(
                        "tableResult",
                        tables.importFile(
                                kind, upload.get().getKey(), upload.get().getValue(), scope, true));
            } finally {
                Files.deleteIfExists(upload.get().getKey());
            }
            return page(kind, model);
        }
        // checked after the role: a refused user gets 403 whatever it sent, even a plain form without a file
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", Messages.get("ingest.error.noFile"));
            return page(kind, model);
        }
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        if (replacing) {
            Path held = Files.createTempFile("industrypulse-import", ".upload");
            String token;
            Map<YearMonth, Integer> removals;
            try {
                try (InputStream in = file.getInputStream()) {
                    Files.copy(in, held, StandardCopyOption.REPLACE_EXISTING);
                }
                removals = tables.packageRemovals(held, scope);
                if (removals.isEmpty()) {
                    // nothing would be removed: no question to ask
                    model.addAttribute("tableResult", tables.importFile(kind, held, name, scope, true));
                    return page(kind, model);
                }
                token = pending.put(scope.username(), held, name);
            } finally {
                Files.deleteIfExists(held);
            }
            model.addAttribute("confirm", token);
            model.addAttribute("confirmSource", name);
            model.addAttribute("removals", removals);
            model.addAttribute(
                    "removalTotal",
                    removals.values().stream().mapToInt(Integer::intValue).sum());
            return page(kind, model);
        }
        Path temporary = Files.createTempFile("industrypulse-import", ".upload");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            model.addAttribute("tableResult", tables.importFile(kind, temporary, name, scope));
        } finally {
            Files.deleteIfExists(temporary);
        }
        return page(kind, model);
    }

    @GetMapping("/imports/templates/{kind}.xlsx")
    ResponseEntity<byte[]> tableTemplate(@PathVariable String kind) {
        byte[] template = tables.template(kind).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String title = tables.kinds().stream()
                .filter(k -> k.code().equals(kind))
                .findFirst()
                .orElseThrow()
                .title();
        return download(template, title.replaceAll("[\\\\/:*?\"<>| ()]", "") + "导入模板.xlsx");
    }

    @PostMapping("/imports")
    String upload(
            @RequestParam String period,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Model model)
            throws IOException {
        UserScope scope = requireImporter();
        YearMonth month;
        try {
            month = YearMonth.parse(period);
        } catch (DateTimeParseException e) {
            model.addAttribute("error", Messages.get("ingest.error.monthField", period));
            return page(MONTHLY, model);
        }
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", Messages.get("ingest.error.noExcelFile"));
            return page(MONTHLY, model);
        }
        Path temporary = Files.createTempFile("industrypulse-import", ".upload");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
            model.addAttribute("result", imports.importMonthly(temporary, name, month, scope));
        } finally {
            Files.deleteIfExists(temporary);
        }
        return page(MONTHLY, model);
    }

    @GetMapping("/imports/revisions/{id}")
    String changes(@PathVariable long id, Model model) {
        UserScope scope = requireImporter();
        model.addAttribute(
                "changes",
                revisions.changes(id, scope).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "ingest/changes";
    }

    @GetMapping("/imports/template.xlsx")
    ResponseEntity<byte[]> template() {
        return download(MonthlyTemplate.bytes(), "B204-1月度数据导入模板.xlsx");
    }

    @GetMapping("/imports/errors/{id}")
    ResponseEntity<byte[]> errors(@PathVariable String id) {
        byte[] report = imports.errorReport(id, currentUser.scope())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return download(report, "导入错误清单.xlsx");
    }

    private UserScope requireImporter() {
        UserScope scope = currentUser.scope();
        if (!MonthlyImportService.mayImport(scope)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return scope;
    }

    private static ResponseEntity<byte[]> download(byte[] body, String fileName) {
        return ExcelExport.download(body, fileName);
    }
}
