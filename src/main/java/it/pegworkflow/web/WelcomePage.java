package it.pegworkflow.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The root page, in Italian for every browser: the product and the municipality ({@code peg.city}),
 * and the way to Tasklist and Cockpit. The one page of ours open without a login: it names nothing
 * but the product and the city. Camunda's own English «Welcome» redirect is off
 * ({@code camunda.bpm.webapp.index-redirect-enabled}).
 */
@RestController
class WelcomePage {

  private final String page;

  WelcomePage(@Value("${peg.city:}") String city, @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
    String apps = webapps.endsWith("/") ? webapps.substring(0, webapps.length() - 1) : webapps;
    this.page = """
        <!DOCTYPE html>
        <html lang="it">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>PEG Workflow%s</title>
        <style>
        body { font-family: Helvetica, Arial, sans-serif; margin: 0; color: #222; background: #f5f6f8; }
        header { background: #1f3b5b; color: #fff; padding: 28px 40px; }
        header h1 { margin: 0; font-size: 30px; }
        header p { margin: 6px 0 0; font-size: 18px; }
        main { padding: 30px 40px; max-width: 900px; }
        .apps { display: flex; gap: 20px; flex-wrap: wrap; margin-top: 20px; }
        .apps a { display: block; width: 260px; padding: 18px; background: #fff; border: 1px solid #ccd3dc;
          border-radius: 6px; color: #1f3b5b; text-decoration: none; }
        .apps a strong { display: block; font-size: 20px; margin-bottom: 6px; }
        .apps a span { color: #555; }
        </style>
        </head>
        <body>
        <header><h1>PEG Workflow</h1>%s</header>
        <main>
        <p>Il Piano Esecutivo di Gestione dell'anno: obiettivi, fasi, indicatori, rendicontazione e validazione.</p>
        <div class="apps">
        <a class="app" href="%s/app/tasklist/"><strong>Tasklist</strong><span>I miei compiti: fasi da completare,
        solleciti, indicatori da rilevare, validazioni</span></a>
        <a class="app" href="%s/app/cockpit/"><strong>Cockpit</strong><span>Il monitoraggio degli obiettivi PEG:
        stato, fasi in ritardo, Gantt, relazione in Excel</span></a>
        <a class="app" href="%s/app/admin/"><strong>Amministrazione</strong><span>Utenti, gruppi e autorizzazioni
        (per gli amministratori)</span></a>
        </div>
        </main>
        </body>
        </html>
        """.formatted(city.isBlank() ? "" : " – " + escape(city.strip()),
        city.isBlank() ? "" : "<p class=\"city\">" + escape(city.strip()) + "</p>", apps, apps, apps);
  }

  @GetMapping("/")
  ResponseEntity<String> welcome() {
    return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "no-cache")
        .body(page);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
