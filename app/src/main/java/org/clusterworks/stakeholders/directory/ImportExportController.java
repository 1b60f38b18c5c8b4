package org.clusterworks.stakeholders.directory;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.shared.InvalidInput;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Import and export of organisations with their contact people, as CSV or XLSX. */
@Controller
@RequestMapping("/w/{workspace}/organisations")
class ImportExportController {

    private final ImportExport importExport;

    ImportExportController(ImportExport importExport) {
        this.importExport = importExport;
    }

    @GetMapping("/export.csv")
    ResponseEntity<byte[]> exportCsv(CurrentWorkspace ws) throws IOException {
        ws.require(Permission.MANAGE_INITIATIVES);
        return file(importExport.csv(ws.id()), "organisations" + ".csv", new MediaType("text", "csv"));
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(CurrentWorkspace ws) throws IOException {
        ws.require(Permission.MANAGE_INITIATIVES);
        return file(
                importExport.xlsx(ws.id()),
                "organisations" + ".xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private static ResponseEntity<byte[]> file(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    @GetMapping("/import")
    String importForm(CurrentWorkspace ws, Model model) {
        ws.require(Permission.MANAGE_INITIATIVES);
        model.addAttribute("columns", ImportExport.COLUMNS);
        return "stakeholders/import";
    }

    @PostMapping("/import")
    String importFile(
            CurrentWorkspace ws,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        ws.require(Permission.MANAGE_INITIATIVES);
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInput(Map.of("file", "import.empty"));
            }
            List<List<String>> rows = ImportExport.read(file.getOriginalFilename(), file.getInputStream());
            int count = importExport.importRows(ws, rows);
            redirect.addFlashAttribute("success", "import.done");
            redirect.addFlashAttribute("importedCount", count);
            return "redirect:/w/" + ws.slug() + "/organisations";
        } catch (InvalidInput e) {
            model.addAttribute("columns", ImportExport.COLUMNS);
            model.addAttribute("importErrors", e.errors());
            model.addAttribute("importErrorArgs", e.arguments());
            model.addAttribute("importFile", file == null ? "" : file.getOriginalFilename());
            return "stakeholders/import";
        } catch (org.apache.poi.UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException e) {
            model.addAttribute("columns", ImportExport.COLUMNS);
            model.addAttribute("importErrors", Map.of("file", "import.unreadable"));
            model.addAttribute("importFile", file.getOriginalFilename());
            return "stakeholders/import";
        }
    }
}
