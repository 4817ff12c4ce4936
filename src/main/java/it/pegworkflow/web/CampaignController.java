package it.pegworkflow.web;

import it.pegworkflow.monitoring.CampaignCsv;
import it.pegworkflow.monitoring.CampaignReport;
import it.pegworkflow.monitoring.CampaignWorkbook;
import it.pegworkflow.monitoring.Campaigns;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monitoring campaigns (docs/campaigns.md, "Report and Cockpit"): the list, one campaign and its
 * report. Read with the objectives' rule: who follows an objective sees all of it, a responsible of a
 * phase their own answers; a campaign in which the reader may read no objective answers 404 as an
 * unknown one (the controllo di gestione, the Nucleo and the administrators see every campaign).
 */
@RestController
@RequestMapping("/api/campaigns")
class CampaignController {

  private final Campaigns campaigns;
  private final Readers readers;

  CampaignController(Campaigns campaigns, Readers readers) {
    this.campaigns = campaigns;
    this.readers = readers;
  }

  @GetMapping
  List<Campaigns.Listed> list() {
    return campaigns.list(readers.current());
  }

  @GetMapping("/{id}")
  CampaignReport campaign(@PathVariable long id) {
    return report(id);
  }

  @GetMapping("/{id}/report.xlsx")
  ResponseEntity<byte[]> workbook(@PathVariable long id) throws IOException {
    CampaignReport report = report(id);
    var bytes = new ByteArrayOutputStream();
    CampaignWorkbook.write(report, bytes);
    return download(fileName(report) + ".xlsx", MonitoringController.XLSX, bytes);
  }

  @GetMapping("/{id}/report.csv")
  ResponseEntity<byte[]> csv(@PathVariable long id) throws IOException {
    CampaignReport report = report(id);
    var bytes = new ByteArrayOutputStream();
    CampaignCsv.write(report, new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
    return download(fileName(report) + ".csv", MonitoringController.CSV, bytes);
  }

  private CampaignReport report(long id) {
    return campaigns.report(id, readers.current()).orElseThrow(() -> new UnknownCampaign(id));
  }

  /** «monitoraggio-2026-06-30»: the reference date, so that the files of a year sort by it. */
  private static String fileName(CampaignReport report) {
    return "monitoraggio-" + report.campaign().referenceDate();
  }

  private static ResponseEntity<byte[]> download(String name, MediaType type, ByteArrayOutputStream bytes) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .body(bytes.toByteArray());
  }

  /** A campaign that does not exist, or in which the reader may read nothing. */
  static class UnknownCampaign extends RuntimeException {
    UnknownCampaign(long id) {
      super("Nessuna campagna di monitoraggio con numero " + id);
    }
  }
}
