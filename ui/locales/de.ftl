### Leadledger — Deutsch. Gemeinsam genutzt von Desktop-Oberfläche und PDF-Bericht.
### Zahlen, Beträge und Datumsangaben kommen bereits formatiert an.
### Lange Wörter tragen weiche Trennstriche (U+00AD), wo Tabellen sie umbrechen dürfen.

## Common

common-na = k. A.
common-days = { $value } Tage
common-none = keine

## Periods

period-range = { $from } – { $to }
period-quarter = Q{ $number }
period-month-1 = Jan
period-month-2 = Feb
period-month-3 = Mär
period-month-4 = Apr
period-month-5 = Mai
period-month-6 = Jun
period-month-7 = Jul
period-month-8 = Aug
period-month-9 = Sep
period-month-10 = Okt
period-month-11 = Nov
period-month-12 = Dez

## Channel directions and the channels a new database starts with

direction-inbound = Inbound
direction-outbound = Outbound
channel-trade-shows = Messen
channel-online-directories = Online-Verzeichnisse
channel-paid-search = Suchmaschinen­werbung
channel-organic-search = Organische Suche
channel-referral = Empfehlungen
channel-existing-customer = Bestandskunden
channel-email = E-Mail
channel-direct-mail = Postmailings
channel-social = Soziale Medien
channel-print = Printwerbung
channel-website-direct = Website (direkt)
channel-outbound-sales = Aktiver Vertrieb
channel-unknown = Unbekannt
source-unknown = Unbekannt

## The demo company's descriptive source names; proper names (Google Ads, Hannover Messe) stay as they are

demo-source-google-organic = Google (organisch)
demo-source-customer-referral = Kundenempfehlung
demo-source-existing-customer = Bestandskunde
demo-source-newsletter = Newsletter
demo-source-direct-mail = Postmailing-Aktion
demo-source-website-direct = Website direkt
demo-source-cold-calling = Kaltakquise

## Attribution models

model-first-touch = Erster Kontakt
model-first-touch-definition = Jeder Lead wird vollständig der Quelle zugerechnet, über die der Interessent zuerst von Ihnen erfahren hat – also der Antwort auf „Wie sind Sie auf uns aufmerksam geworden?“.
model-last-touch = Letzter Kontakt
model-last-touch-definition = Jeder Lead wird vollständig seinem jüngsten Kontaktpunkt zugerechnet.
model-linear = Linear
model-linear-definition = Jeder Lead wird zu gleichen Teilen auf alle seine Kontaktpunkte verteilt.
model-position-based = Positionsbasiert
model-position-based-definition = Je 40 % gehen an den ersten und den letzten Kontaktpunkt, die übrigen 20 % werden auf die Kontaktpunkte dazwischen verteilt. Bei zwei Kontaktpunkten erhält jeder die Hälfte.
model-time-decay = Zeitverlauf
model-time-decay-definition = Kontaktpunkte, die näher am letzten Kontakt des Leads liegen, zählen mehr: Das Gewicht eines Kontaktpunkts halbiert sich { $count ->
    [one] mit jedem Tag, den
   *[other] mit je { $days } Tagen, die
} er weiter zurückliegt.
model-data-driven = Datengetrieben
model-data-driven-definition = Jeder Lead verteilt seine Zurechnung auf die Quellen, über die er kam, im Verhältnis dazu, wie stark jede die Chance erhöht, dass aus einem Lead ein Auftrag wird – geschätzt aus den Kontaktpfaden aller Leads des Zeitraums (Markow-Kette). Seine Aufträge und Umsätze folgen denselben Anteilen, ein Lead mit nur einer Quelle gibt ihr also alles; verändert keine seiner Quellen die Chance, verteilt er gleichmäßig wie im linearen Modell.
model-fallback = Das datengetriebene Modell lässt sich für diesen Zeitraum nicht schätzen (kein Lead wurde zum Auftrag, oder keine Quelle verändert die Abschlusschance). Die Zahlen beruhen deshalb auf dem linearen Modell.

## Figures: names and plain-words definitions

figure-leads = Leads
figure-leads-definition = Anfragen, hinter denen eine echte Verkaufschance steht; Spam, Angebote von Lieferanten, Dubletten und Nachbestellungen von Bestandskunden zählen nicht. Ein Kanal oder eine Quelle erhält den Anteil jedes Leads, den das Zurechnungsmodell ihm zuweist.
figure-spend = Marketing­ausgaben
figure-spend-definition = Alle im Zeitraum gebuchten Marketing- und Vertriebskosten: Werbung, Messen, Personal, Software, Gemeinkosten. Für einen Kanal oder eine Quelle nur die darauf gebuchten Kosten.
figure-revenue = Umsatz aus Marketing
figure-revenue-definition = Der Wert der im Zeitraum gewonnenen Aufträge, die auf einen Lead zurückgehen, vom Zurechnungsmodell auf die Quellen verteilt.
figure-total-revenue = Gesamtumsatz
figure-total-revenue-definition = Der Wert aller im Zeitraum gewonnenen Aufträge, einschließlich Nachbestellungen von Bestandskunden.
figure-roi-pct = ROI
figure-roi-pct-definition = Kapitalrendite: Umsatz aus Marketing mal Bruttomarge, abzüglich der Ausgaben, in Prozent der Ausgaben. 0 % heißt, die Ausgaben wurden gerade wieder eingespielt.
figure-romi = ROMI
figure-romi-definition = Umsatz aus Marketing je ausgegebener Währungseinheit.
figure-cpl = Kosten pro Lead
figure-cpl-definition = Ausgaben geteilt durch die Zahl der Leads: was ein Lead gekostet hat.
figure-won-deals = Gewonnene Aufträge
figure-won-deals-definition = Im Zeitraum gewonnene Aufträge, die auf einen Lead zurückgehen.
figure-deal-conversion-pct = Abschluss­quote
figure-deal-conversion-pct-definition = Gewonnene Aufträge in Prozent der Leads.
figure-lead-to-customer-pct = Lead-zu-Kunde-Quote
figure-lead-to-customer-pct-definition = Anteil der im Zeitraum eingegangenen Leads, aus denen bis zum Ende des Zeitraums mindestens ein Auftrag wurde.
figure-new-customers = Neukunden
figure-new-customers-definition = Unternehmen, deren allererster Auftrag im Zeitraum gewonnen wurde.
figure-cac = Kunden­gewinnungs­kosten
figure-cac-definition = Alle Ausgaben des Zeitraums geteilt durch die Zahl der Neukunden: was die Gewinnung eines Neukunden gekostet hat.
figure-cac-inbound = CAC Inbound
figure-cac-inbound-definition = Ausgaben für Inbound-Kanäle (über die Kunden Sie finden) je Neukunde, der über diese Kanäle gewonnen wurde.
figure-cac-outbound = CAC Outbound
figure-cac-outbound-definition = Ausgaben für Outbound-Kanäle (über die Sie auf Kunden zugehen) je Neukunde, der über diese Kanäle gewonnen wurde.
figure-value-converted-pct = Umsatz­ziel­erreichung
figure-value-converted-pct-definition = Gesamtumsatz in Prozent des Umsatzziels für das Jahr; bei einem kürzeren Zeitraum wird das Ziel tageweise anteilig angesetzt.
figure-sales-cycle-days = Verkaufszyklus
figure-sales-cycle-days-definition = Durchschnittliche Zahl der Tage von der Anfrage bis zum gewonnenen Auftrag.
figure-sales-cycle-median-days = Verkaufszyklus (Median)
figure-sales-cycle-median-days-definition = Der Median der Tage von der Anfrage bis zum gewonnenen Auftrag: Die Hälfte der Aufträge wurde schneller gewonnen, die andere Hälfte langsamer.
figure-visitor-to-lead-pct = Besucher-zu-Lead-Quote
figure-visitor-to-lead-pct-definition = Leads in Prozent der Website-Besucher.
figure-unknown-source-pct = Leads ohne bekannte Quelle
figure-unknown-source-pct-definition = Anteil der Leads, bei denen niemand erfasst hat, wie der Interessent auf Sie aufmerksam wurde. Je niedriger, desto verlässlicher sind alle anderen Kennzahlen.
figure-retention-pct = Kunden­bindungs­quote
figure-retention-pct-definition = Anteil der Kunden aus dem gleichen Zeitraum des Vorjahres, die auch in diesem Zeitraum wieder bestellt haben.
figure-clv = Kundenwert (CLV)
figure-clv-definition = Was ein Kunde über die gesamte Geschäftsbeziehung einbringt: durchschnittlicher Auftragswert × Aufträge pro Jahr × Jahre als Kunde.
figure-clv-to-cac = CLV : CAC
figure-clv-to-cac-definition = Kundenwert geteilt durch Kundengewinnungskosten: wie oft ein Kunde seine Gewinnungskosten wieder einspielt.
figure-calls = Eingehende Anrufe
figure-calls-definition = Angenommene eingehende Anrufe von externen Nummern im Protokoll der Telefonanlage, die im Zeitraum begannen.
figure-calls-logged-pct = Erfasste Anrufe
figure-calls-logged-pct-definition = Der Anteil der eingehenden Anrufe, zu denen eine Anfrage der Art Anruf von derselben Nummer innerhalb von 30 Minuten erfasst wurde, × 100.
figure-calls-tracked-pct = Anrufe auf Tracking-Nummern
figure-calls-tracked-pct-definition = Der Anteil der eingehenden Anrufe, die auf der Tracking-Nummer einer Quelle eingingen, × 100.
figure-calls-source-mismatch = Genannt ≠ gewählt
figure-calls-source-mismatch-definition = Erfasste Anrufe auf eine Tracking-Nummer, deren Anfrage eine andere Quelle nennt als die gewählte (Unbekannt zählt nicht).
figure-won-leads = Gewonnene Leads
figure-won-leads-definition = Von den Leads des Zeitraums die, aus denen bis zum Ende des Zeitraums mindestens ein gewonnener Auftrag wurde.
figure-qualified-leads = Qualifizierte Leads
figure-qualified-leads-definition = Leads des Zeitraums, die bis zu seinem Ende als qualifiziert markiert wurden (echter Bedarf, ein Einkäufer, ein Zeitplan).
figure-qualified-pct = Qualifizierungsquote
figure-qualified-pct-definition = Qualifizierte Leads in Prozent der Leads des Zeitraums.
figure-cost-per-qualified-lead = Kosten pro qualifiziertem Lead
figure-cost-per-qualified-lead-definition = Die Ausgaben geteilt durch die Zahl der qualifizierten Leads.
figure-quoted-leads = Leads mit Angebot
figure-quoted-leads-definition = Leads des Zeitraums, die bis zu seinem Ende ein Angebot erhalten haben.
figure-quote-rate-pct = Angebotsquote
figure-quote-rate-pct-definition = Leads mit Angebot in Prozent der Leads des Zeitraums (ein Lead kann ein Angebot bekommen, ohne als qualifiziert markiert zu sein).
figure-quotes = Versandte Angebote
figure-quotes-definition = Angebote mit einem Datum im Zeitraum.
figure-quoted-value = Angebotswert
figure-quoted-value-definition = Die Summe der Angebote mit einem Datum im Zeitraum.
figure-quote-hit-rate-pct = Angebotserfolgsquote
figure-quote-hit-rate-pct-definition = Von den im Zeitraum entschiedenen Angeboten der Anteil, der gewonnen wurde.
figure-quote-to-order-days = Angebot bis Auftrag
figure-quote-to-order-days-definition = Die durchschnittliche Zahl der Tage vom Angebot bis zum gewonnenen Auftrag, über die im Zeitraum gewonnenen Aufträge mit Angebot, Folgeaufträge eingeschlossen.
figure-quote-to-order-median-days = Angebot bis Auftrag (Median)
figure-quote-to-order-median-days-definition = Die Mitte der Tage vom Angebot bis zum Auftrag: Die Hälfte der Aufträge kam schneller, die Hälfte langsamer.
figure-cohort-revenue = Kohortenumsatz bisher
figure-cohort-revenue-definition = Was die Leads des Zeitraums bis heute bestellt haben, gleich wann der Auftrag kam.
figure-cohort-roi-pct = Kohorten-ROI bisher
figure-cohort-roi-pct-definition = Der bisherige Kohortenumsatz mal Rohertragsmarge, abzüglich der Ausgaben des Zeitraums, in Prozent dieser Ausgaben.
figure-cohort-maturity-pct = Reife der Kohorte
figure-cohort-maturity-pct-definition = Wie viel vom Umsatz der Leads eines Jahres in dem Alter, das die Leads dieses Zeitraums jetzt haben, gewöhnlich schon eingegangen war, abgelesen an den Leads der fünf Jahre davor.
figure-cohort-expected-revenue = Erwarteter Kohortenumsatz
figure-cohort-expected-revenue-definition = Was die Leads des Zeitraums voraussichtlich insgesamt bringen: ihr bisheriger Umsatz geteilt durch die Reife.
figure-cohort-expected-roi-pct = Erwarteter Kohorten-ROI
figure-cohort-expected-roi-pct-definition = Der ROI, den die Ausgaben des Zeitraums voraussichtlich bringen, wenn auch die langsamen Käufer bestellt haben, aus dem erwarteten Kohortenumsatz.

## Where a figure stands against the range expected from earlier years

status-below = Unter Erwartung
status-within = Im Rahmen
status-above = Über Erwartung

## Warnings about the data

warning-empty-period = Der Zeitraum { $from } – { $to } enthält keinen Tag bis zum Stichtag { $asof }; alle Kennzahlen sind daher leer.
warning-unresolved-source = Einige Datensätze verweisen auf Quellen, die nicht mehr existieren; sie wurden als „Unbekannt“ gezählt.
warning-data-driven-fallback = { model-fallback }
warning-unknown-source-high = Bei { $pct } der Leads wurde nicht erfasst, wie der Interessent auf Sie aufmerksam wurde. Fragen Sie bei jeder Anfrage „Wie sind Sie auf uns aufmerksam geworden?“ und halten Sie die Antwort fest.
warning-prior-year-missing = Für { $from } – { $to } liegen keine Daten vor; der Vergleich mit dem Vorjahr fehlt daher.
warning-small-sample = Die Kennzahlen der unten aufgeführten Quellen beruhen auf wenigen Fällen (weniger als 10 Leads oder weniger als 3 gewonnene Aufträge im Zeitraum); ihre Quoten sind daher nur bedingt aussagekräftig.
warning-small-sample-source = { $source }: zu wenige Leads ({ $leads }) oder gewonnene Aufträge ({ $won }) im Zeitraum, als dass die Quoten belastbar wären.
warning-none = Keine Hinweise für diesen Zeitraum.

## Charts

chart-leads-title = Leads pro Monat
chart-roi-title = ROI nach Kanal
chart-money-title = Marketingausgaben und Umsatz aus Marketing pro Quartal
chart-no-data = Keine Daten in diesem Zeitraum.
chart-roi-undefined = Ohne Ausgaben kein ROI: { $channels }.

## The management report

report-title = Marketingbericht
report-subtitle = Leads, Kosten und Erträge nach Kanal und Quelle
report-unnamed-company = Firmenname nicht hinterlegt
report-cover-period = Zeitraum
report-cover-as-of = Datenstand
report-cover-model = Zurechnungsmodell
report-cover-currency = Währung
report-cover-ytd = Laufendes Jahr
report-cover-ytd-note = Dieser Bericht umfasst das laufende Jahr bis zum Stichtag, { $from } – { $to }. Alle Vergleiche mit früheren Jahren beziehen sich auf denselben Zeitraum dieser Jahre, im Vorjahr also { $prevfrom } – { $prevto }.
report-cover-ptd = Bis zum Stichtag
report-cover-ptd-note = Dieser Bericht umfasst den Zeitraum bis zum Stichtag, { $from } – { $to }. Alle Vergleiche mit früheren Jahren beziehen sich auf denselben Zeitraum dieser Jahre, im Vorjahr also { $prevfrom } – { $prevto }.
report-cover-highlights = Auf einen Blick
report-footer-page = Seite { $page } von { $pages }
report-footer-made = Erstellt mit Leadledger · Datenstand { $date }
report-no-data = Keine Daten in diesem Zeitraum.
report-summary-title = Kennzahlen
report-summary-intro = Jede Kennzahl für { $period } im Vergleich zum gleichen Zeitraum des Vorjahres und zum Erwartungsbereich, der sich aus dem Trend von bis zu fünf früheren Jahren ergibt. Werte außerhalb dieses Bereichs verdienen einen genaueren Blick; ob höher besser ist, hängt von der Kennzahl ab.
report-col-figure = Kennzahl
report-col-value = Berichts­zeitraum
report-col-prev = Vorjahr
report-col-change = Ver­änderung
report-col-expected = Erwartungs­bereich
report-col-status = Ein­ordnung
report-col-channel = Kanal
report-col-source = Quelle
report-change-points = { $value } Pp.
report-channels-title = Nach Kanal
report-channels-intro = Leads, Aufträge und Umsatz werden Kanälen und Quellen nach dem Modell „{ $model }“ zugerechnet.
report-sources-title = Nach Quelle
report-row-general-spend = Keiner Quelle zugeordnete Ausgaben
report-row-total = Unternehmen gesamt
report-inactive-channels = { $count ->
    [one] Ein Kanal hatte im Zeitraum weder Leads noch Ausgaben oder Umsatz und wird nicht aufgeführt.
   *[other] { $shown } Kanäle hatten im Zeitraum weder Leads noch Ausgaben oder Umsatz und werden nicht aufgeführt.
}
report-inactive-sources = { $count ->
    [one] Eine Quelle hatte im Zeitraum weder Leads noch Ausgaben oder Umsatz und wird nicht aufgeführt.
   *[other] { $shown } Quellen hatten im Zeitraum weder Leads noch Ausgaben oder Umsatz und werden nicht aufgeführt.
}
report-charts-title = Diagramme
report-models-title = Zurechnungsmodelle im Vergleich
report-models-intro = Die Summen des Unternehmens hängen nicht vom Zurechnungsmodell ab, wohl aber ihre Verteilung auf die Kanäle. Jede Spalte zeigt die Werte der Kanäle nach einem Modell. Wo die Modelle stark voneinander abweichen, hängen die Zahlen eines Kanals davon ab, wie zugerechnet wird.
report-models-leads = Leads nach Kanal
report-models-revenue = Umsatz aus Marketing nach Kanal
report-quality-title = Datenqualität und Hinweise
report-quality-intro = Jede Kennzahl in diesem Bericht ist nur so gut wie die Daten dahinter. Diese Prüfungen zeigen, wo die Datenbasis dünn oder lückenhaft ist.
report-quality-records = Leads im Zeitraum
report-quality-sources = Quellen mit Aktivität
report-quality-warnings = Hinweise
report-quality-small-sample = Kleine Fallzahlen
report-calls-title = Anrufe: Wird jeder Anrufer gefragt?
report-calls-intro = Die Anrufliste der Telefonanlage im Abgleich mit den erfassten Anfragen. Gezählt werden angenommene eingehende Anrufe von externen Nummern; ein Anruf gilt als erfasst, wenn binnen 30 Minuten eine telefonische Anfrage von derselben Nummer erfasst wurde.
report-calls-count = Eingehende Anrufe
report-calls-logged = Erfasste Anrufe
report-calls-tracked = Anrufe auf Tracking-Nummern
report-calls-mismatch = Genannt ≠ gewählt
report-calls-expected = Erfasste Anrufe, erwartet aus den Vorjahren
report-calls-meaning = { $logged } der Anrufer wurden erfasst; die Zahlen je Quelle sehen also nur diesen Anteil der telefonischen Anfragen. { $tracked } wählten eine Tracking-Nummer, die die Quelle auch dann nennt, wenn niemand gefragt hat. { $mismatch ->
    [0] Kein Anrufer nannte eine andere Quelle als die gewählte Nummer.
    [one] Ein Anrufer nannte eine andere Quelle als die gewählte Nummer.
   *[other] { $mismatch } Anrufer nannten eine andere Quelle als die gewählte Nummer.
}
report-calls-low = Weniger als 90 % der Anrufe wurden erfasst: Fragen Sie jeden Anrufer, wie er auf uns aufmerksam wurde, sonst wird der Anteil des Telefons an den Leads unterschätzt.
report-calls-none = Die Anrufliste enthält in diesem Zeitraum keine angenommenen Anrufe von externen Nummern.
report-definitions-title = Begriffe
report-definitions-intro = Alle Kennzahlen folgen den Definitionen von Leadledger. Beträge werden nur für die Anzeige auf 2 Nachkommastellen gerundet, Prozentwerte auf 1 Nachkommastelle; „{ common-na }“ kennzeichnet eine Kennzahl, die sich nicht berechnen lässt, weil ihr Nenner null ist.
report-definitions-figures = Kennzahlen
report-definitions-models = Zurechnungsmodelle

## Desktop-App (ui-…): Navigation, Ansichten und Formulare

ui-nav-log = Anfrage erfassen
ui-nav-inquiries = Anfragen & Aufträge
ui-nav-dashboard = Übersicht
ui-nav-spend = Ausgaben
ui-nav-sources = Quellen
ui-nav-import = Import & Export
ui-nav-settings = Einstellungen
ui-unnamed-company = Kein Firmenname
ui-demo-banner = Sie sehen sich die Demo-Firma an. Eingaben hier werden nicht gespeichert.
ui-save = Speichern
ui-saved = Gespeichert.
ui-cancel = Abbrechen
ui-close = Schließen
ui-add = Hinzufügen
ui-edit = Bearbeiten
ui-remove = Entfernen
ui-undo = Rückgängig
ui-previous = Zurück
ui-next = Weiter
ui-search = Firma, Kontakt, Telefon, Quelle suchen…
ui-showing = { $from }–{ $to } von { $total }
ui-show-table = Tabelle zeigen
ui-show-chart = Diagramm zeigen
ui-date = Datum
ui-amount = Betrag
ui-note = Notiz
ui-total = Summe
ui-from = Von
ui-to = Bis
ui-year = Jahr
ui-quarter = Quartal
ui-month = Monat
ui-channel = Kanal
ui-source = Quelle
ui-category = Kategorie
ui-direction = Richtung
ui-direction-inbound = Inbound
ui-direction-outbound = Outbound
ui-direction-shared = Gemeinsam
ui-language-en = English
ui-language-de = Deutsch
ui-language-nl = Nederlands
ui-language-sv = Svenska
ui-language-ru = Русский

ui-welcome-title = Willkommen bei Leadledger
ui-welcome-intro = Sehen Sie, welche Marketingmaßnahmen Anfragen, Angebote und Aufträge bringen – und was jede davon kostet.
ui-welcome-demo = Demo-Firma ansehen
ui-welcome-demo-text = Fünf Jahre eines kleinen Lohnfertigers mit Messen, Branchenverzeichnissen, Suchanzeigen und Empfehlungen. Probieren Sie jede Ansicht aus; nichts wird gespeichert.
ui-welcome-start = Meine Firma anlegen
ui-welcome-currency-note = Die Währung lässt sich später nicht ändern: Alle Beträge werden in ihr gespeichert.

ui-log-title = Anfrage erfassen
ui-log-source = Wie sind Sie auf uns aufmerksam geworden?
ui-log-source-hint = 1–9 für eine häufige Quelle, 0 für unbekannt, oder tippen zum Suchen
ui-log-source-matches = Passende Quellen
ui-log-company-suggestions = Frühere Firmen
ui-log-unknown = Unbekannt
ui-log-tagged = Tracking-Nummer: { $source }
ui-log-need-source = Bitte wählen Sie, wie der Anrufer auf uns aufmerksam geworden ist (0, wenn unbekannt).
ui-log-kind = Art
ui-log-company = Firma
ui-log-contact = Ansprechpartner
ui-log-phone = Telefon
ui-log-email = E-Mail
ui-log-touchpoint = Auch über
ui-log-add-touchpoint = Weiteren Kontaktpunkt hinzufügen
ui-log-date = Datum
ui-log-is-lead = Zählt als Lead
ui-log-not-lead-hint = Spam, Lieferanten und Nachbestellungen sind keine Leads.
ui-log-editing = { $id } wird bearbeitet
ui-log-recent = Letzte Einträge
ui-log-none-yet = Heute noch nichts erfasst.
ui-log-saved = { $id } gespeichert · { $source }
ui-log-waiting = Wartet auf Senden
ui-log-kept-offline = Der Team-Server ist nicht erreichbar: Der Eintrag bleibt auf diesem Rechner und wird gesendet, sobald der Server wieder da ist.
ui-log-refused = Nicht gesendet: { $reason }
ui-offline-banner = Offline: Der Team-Server ist nicht erreichbar. Die angezeigten Daten wurden zuletzt { $when } gelesen. Neue Anfragen unter „Anfrage erfassen“ werden aufbewahrt und später gesendet.
ui-offline-banner-never = Offline: Der Team-Server ist nicht erreichbar, und es wurde noch nichts von ihm gelesen. Neue Anfragen unter „Anfrage erfassen“ werden aufbewahrt und später gesendet.
ui-offline-type-password = Passwort eingeben
ui-offline-waiting = { $count ->
    [one] Ein Eintrag wartet auf das Senden.
   *[other] { $count } Einträge warten auf das Senden.
}
ui-log-received = Eingegangen
ui-log-edit-undone = Änderungen an { $id } rückgängig gemacht.
ui-log-known-customer = Bestandskunde: { $company } ({ $orders ->
    [one] ein Auftrag
   *[other] { $orders } Aufträge
 }, zuletzt am { $last }).
ui-log-mark-reorder = Nachbestellung, kein Lead
ui-log-marked-reorder = Wird als Nachbestellung erfasst, nicht als Lead.
ui-calls-queue-title = Nicht erfasste Anrufe der letzten { $days } Tage
ui-calls-queue-keys = Alt Q: zur Liste · ↑ ↓ wählen · Enter: erfassen · N: kein Lead · Esc: zurück
ui-calls-queue-empty = Alle Anrufe der letzten { $days } Tage sind erfasst.
ui-calls-duration = Dauer
ui-calls-untracked = Keine Tracking-Nummer
ui-calls-not-lead-because = Kein Lead – warum?
ui-calls-reason-supplier = Lieferant
ui-calls-reason-existing-customer = Bestandskunde
ui-calls-reason-private = Privatanruf
ui-calls-reason-wrong-number = Falsch verbunden
ui-calls-open = Anruf erfassen
ui-calls-not-lead = Kein Lead
ui-calls-dismissed = { $id } als kein Lead erfasst · { $reason }
ui-keys-title = Zifferntasten im Erfassungsfenster
ui-keys-rule = Angeheftete Quellen behalten ihre Taste. Die übrigen Tasten erhalten der Reihe nach die Quellen, die in den letzten 90 Tagen am häufigsten genannt wurden; sie werden beim Öffnen der Datei vergeben und bleiben, während Sie arbeiten.
ui-keys-pin = Quelle auf Taste { $key }
ui-keys-by-rule = nach der Regel
ui-keys-pinned = angeheftet
ui-keys-unpin = Lösen
ui-keys-free = frei
ui-kind-call = Anruf
ui-kind-rfq = Angebotsanfrage
ui-kind-email = E-Mail
ui-kind-web_form = Webformular
ui-kind-walk_in = Besuch
ui-kind-trade_show = Messe
ui-kind-other = Sonstiges

ui-col-received = Eingang
ui-col-id = Nr.
ui-col-lead = Lead
ui-col-actions = Aktionen
ui-col-deals = Angebote und Aufträge
ui-col-deal = Vorgang
ui-col-quoted = Angeboten
ui-col-closed = Abgeschlossen
ui-col-status = Status
ui-deal-open = Offen
ui-deal-won = Gewonnen
ui-deal-lost = Verloren
ui-deal-mark-won = Als gewonnen markieren
ui-deal-mark-lost = Als verloren markieren
ui-deal-final-amount = Endbetrag
ui-deal-reason = Grund
ui-deal-add-quote = Angebot hinzufügen

ui-spend-all = Alle Ausgaben
ui-spend-bad-amount = „{ $text }“ ist kein Betrag.
ui-spend-bad-date = Datum: Bitte ein Datum zwischen 1900 und 2200 eingeben.
ui-spend-cell = { $source }, { $month }
ui-spend-general = Allgemeine Ausgaben
ui-spend-general-hint = Gehälter, Software und Gemeinkosten, die keiner einzelnen Quelle zuzuordnen sind. Die Richtung bestimmt, in welche Kundengewinnungskosten sie eingehen.
ui-spend-no-general = Keine allgemeinen Ausgaben in diesem Jahr.
ui-spread = Verteilen auf
ui-spread-months = { $count ->
    [one] einen Monat
   *[other] { $count } Monate
}
ui-category-advertising = Werbung
ui-category-labor = Gehälter
ui-category-software = Software
ui-category-overhead = Gemeinkosten
ui-category-distribution = Versand & Porto
ui-category-events = Veranstaltungen
ui-category-other = Sonstiges

ui-sources-add = Neue Quelle
ui-sources-edit = Quelle bearbeiten
ui-sources-discard-question = Die Änderungen im Formular sind noch nicht gespeichert. Verwerfen?
ui-sources-discard = Änderungen verwerfen
ui-sources-keep-editing = Weiter bearbeiten
ui-sources-name = Name
ui-sources-numbers = Tracking-Nummern (durch Komma getrennt)
ui-sources-uses = { $count ->
    [one] eine Anfrage
   *[other] { $count } Anfragen
}
ui-sources-new-channel = Neuer Kanal
ui-sources-channel-similar = Den vorhandenen Kanal „{ $channel }“ verwenden?
ui-sources-channel-use = „{ $channel }“ verwenden
ui-sources-channel-create = Neuen Kanal „{ $channel }“ anlegen
ui-sources-merge = Quellen zusammenführen
ui-sources-merge-hint = Überträgt alle Anfragen, Ausgaben und Tracking-Nummern einer Quelle auf eine andere und entfernt dann die erste.
ui-sources-merge-from = Zusammenführen
ui-sources-merge-into = in
ui-sources-merge-confirm = Alles von „{ $from }“ geht auf „{ $into }“ über.
ui-sources-read-only = Quellen, Kanäle und Tracking-Nummern legt nur der Inhaber an, ändert, führt zusammen oder entfernt sie; Ihre Rolle im Team kann sie nur lesen.

ui-period = Zeitraum
ui-period-ytd = Laufendes Jahr
ui-period-year = Jahr
ui-period-quarter = Quartal
ui-period-month = Monat
ui-period-custom = Benutzerdefiniert
ui-model = Zurechnung
ui-vs-last-year = { $change } ggü. Vorjahr
ui-expected = Erwartet { $range }
ui-untracked-alarm = Bei { $pct } der Leads ist die Quelle unbekannt
ui-untracked-advice = Fragen Sie jeden Anrufer „Wie sind Sie auf uns aufmerksam geworden?“ – die Zahlen je Kanal sind nur so gut wie diese Antwort.
ui-calls-logged = Erfasste Anrufe
ui-calls-summary = { $calls ->
    [one] { $calls } eingehender Anruf
   *[other] { $calls } eingehende Anrufe
} · { $tracked } auf Tracking-Nummern
ui-calls-alarm = Nur { $pct } der angenommenen Anrufe wurden erfasst
ui-calls-alarm-advice = Jeder nicht erfasste Anruf ist ein Anrufer, den niemand gefragt hat, wie er auf uns aufmerksam wurde. Die Liste im Erfassen-Bildschirm zeigt sie.
ui-calls-mismatches-title = Genannt ≠ gewählt
ui-calls-mismatches-intro = Diese Anrufer nannten eine andere Quelle als die Tracking-Nummer, die sie gewählt haben. Beides bleibt, wie es ist; die Kennzahlen folgen der Angabe des Anrufers.
ui-calls-col-time = Anruf
ui-calls-col-number = Nummer
ui-calls-col-said = Genannt
ui-calls-col-dialled = Gewählt
ui-calls-col-inquiry = Anfrage
ui-chart-leads = Leads pro Monat, { $year } im Vergleich zu den zwei Vorjahren
ui-chart-cpl = Kosten pro Lead nach Quelle
ui-warnings = Hinweise
ui-compare-models = Zurechnungsmodelle im Vergleich
ui-compare-models-show = Alle Modelle vergleichen

ui-import-title = CSV-Datei importieren
ui-import-choose = Datei wählen…
ui-import-path = Datei
ui-import-preview = Vorschau
ui-import-encoding = Zeichensatz
ui-import-delimiter = Trennzeichen
ui-import-decimal = Dezimaltrennzeichen
ui-import-dates = Datumsformat
ui-import-kind = Datensätze
ui-import-create-sources = Fehlende Quellen anlegen
ui-import-run = Importieren
ui-import-running = Wird importiert…
ui-import-accepted = { $rows } Zeilen importiert: { $inserted } neu, { $updated } geändert, { $unchanged } unverändert.
ui-import-refused = { $count ->
    [one] Nichts wurde importiert: Eine Zeile muss korrigiert werden.
   *[other] Nichts wurde importiert: { $count } Zeilen müssen korrigiert werden.
}
ui-import-errors-file = Hier stehen die ersten { $shown }; alle Probleme stehen in { $path }.
ui-import-row = Zeile
ui-import-column = Spalte
ui-import-reason = Problem
ui-kind-file-inquiries = Anfragen
ui-kind-file-deals = Angebote und Aufträge
ui-kind-file-spend = Ausgaben
ui-kind-file-sources = Quellen
ui-kind-file-targets = Ziele
ui-kind-file-traffic = Website-Besucher
ui-kind-file-activity = Aktivität (Klicks, Öffnungen …)
ui-import-what = Was die Datei enthält
ui-import-what-records = Datensätze (Anfragen, Angebote, Ausgaben …)
ui-import-what-calls = Anrufliste der Telefonanlage
ui-calls-import-format = Aufbau
ui-calls-format-auto = Automatisch erkennen
ui-calls-format-asterisk = Asterisk / FreePBX Master.csv
ui-calls-format-fritzbox = FRITZ!Box-Anrufliste
ui-calls-format-3cx = 3CX-Anrufverlauf (Version 20)
ui-calls-format-plain = Einfache Form
ui-calls-format-columns = Anderer Aufbau, nach seinen Spalten
ui-calls-import-columns = Spalten eines anderen Aufbaus
ui-calls-import-columns-hint = Für eine hier nicht genannte Telefonanlage: die Spalten der Datei benennen, als started_at=…,caller=…,dialled=… (started_at, caller und dialled sind nötig; duration_s, answered, direction, extension und call_id können folgen).
ui-calls-read-as = Erkannter Aufbau: { $format } · Zeichensatz: { $encoding }
ui-calls-preview-counts = { $calls ->
    [one] Ein Anruf von einer externen Nummer: { $new } neu, { $already } schon gespeichert.
   *[other] { $calls } Anrufe von externen Nummern: { $new } neu, { $already } schon gespeichert.
}
ui-calls-left-out = Nicht übernommen: ausgehend { $outgoing }, intern { $internal }, Nummer unterdrückt { $withheld }.
ui-calls-col-answered = Angenommen
ui-calls-answered-yes = ja
ui-calls-answered-no = nein
ui-calls-imported = { $new ->
    [one] Ein neuer Anruf gespeichert, { $already } schon gespeichert.
   *[other] { $new } neue Anrufe gespeichert, { $already } schon gespeichert.
}
ui-calls-tagged = { $count ->
    [one] Eine Anfrage unbekannter Herkunft trägt jetzt die Quelle der gewählten Tracking-Nummer.
   *[other] { $count } Anfragen unbekannter Herkunft tragen jetzt die Quelle der gewählten Tracking-Nummer.
}
ui-calls-purged = { $count ->
    [one] Ein Anruf jenseits der Aufbewahrungsfrist hat seine Nummer verloren.
   *[other] { $count } Anrufe jenseits der Aufbewahrungsfrist haben ihre Nummern verloren.
}
ui-export-title = Export
ui-export-run = Als CSV exportieren…
ui-export-done = Gespeichert unter { $path }

ui-settings-company = Firmenname
ui-settings-currency = Währung
ui-settings-currency-fixed = Beim Anlegen der Firma festgelegt.
ui-settings-fiscal-start = Geschäftsjahr beginnt im
ui-settings-margin = Bruttomarge (%)
ui-settings-margin-hint = Die Rendite rechnet mit diesem Anteil des Umsatzes; 100 zählt den ganzen Umsatz.
ui-settings-half-life = Halbwertszeit im Modell „Zeitverlauf“ (Tage)
ui-settings-half-life-hint = Wie schnell ältere Kontaktpunkte im Modell „Zeitverlauf“ an Gewicht verlieren.
ui-settings-call-retention = Anrufe behalten ihre Nummern (Monate)
ui-settings-call-retention-hint = Ein Anruf im Protokoll der Telefonanlage, der älter ist, verliert die Nummern des Anrufers und die gewählte Nummer; was die Kennzahlen brauchen, bleibt erhalten.
ui-settings-language = Sprache
ui-settings-file = Datenbank: { $path }
ui-settings-read-only = Die Einstellungen der Firma ändert nur der Inhaber; Ihre Rolle im Team kann sie nur lesen.
ui-backups-title = Sicherungen
ui-backups-hint = Leadledger sichert die Datenbank täglich und vor jedem Update automatisch in den Ordner „backups“ neben der Datei. Aufbewahrt werden 7 tägliche, 4 wöchentliche und 12 monatliche Kopien.
ui-backups-none = Noch keine Sicherungen.
ui-backups-demo = Die Demo-Firma existiert nur im Arbeitsspeicher und hat keine Sicherungen.
ui-backups-now = Jetzt sichern
ui-backups-done = Sicherung { $name } erstellt.
ui-backups-restore = Wiederherstellen…
ui-backups-col-when = Erstellt
ui-backups-col-kind = Art
ui-backups-col-size = Größe
ui-backups-size = { $mb } MB
ui-backup-kind-daily = Täglich
ui-backup-kind-weekly = Wöchentlich
ui-backup-kind-monthly = Monatlich
ui-backup-kind-manual = Manuell
ui-backup-kind-pre-migration = Vor einem Update
ui-backup-kind-pre-restore = Vor einer Wiederherstellung
ui-backup-kind-damaged = Beschädigte Datei
ui-backup-kind-other = Sonstige
ui-restore-title = Diese Sicherung wiederherstellen?
ui-restore-body = Die Datenbank wird durch die Sicherung vom { $when } ersetzt. Der aktuelle Stand wird vorher gesichert, sodass Sie jederzeit zu ihm zurückkehren können.
ui-restore-confirm = Wiederherstellen
ui-restore-done = Die Sicherung vom { $when } wurde wiederhergestellt.
ui-damaged-banner = Diese Datenbank ist beschädigt. Sie ist schreibgeschützt geöffnet: Sie können Ihre Zahlen ansehen, aber nichts ändern.
ui-damaged-restore = Sicherung vom { $when } wiederherstellen
ui-damaged-no-backup = Es gibt keine intakte Sicherung zum Wiederherstellen. Kopieren Sie die Datei { $file } zuerst an einen sicheren Ort.
ui-problem-corrupt-title = Diese Datenbank ist beschädigt
ui-problem-corrupt-body = Die Datei { $file } ist beschädigt und kann nicht gelesen werden.
ui-problem-too-new-title = Diese Datenbank stammt aus einer neueren Leadledger-Version
ui-problem-too-new-body = Die Datei { $file } wurde von einer neueren Leadledger-Version geschrieben (Datenbankversion { $found }; diese Version unterstützt höchstens { $supported }). Aktualisieren Sie Leadledger, um sie zu öffnen. Die Datei wurde nicht verändert.
ui-problem-not-a-database-title = Dies ist keine Leadledger-Datenbank
ui-problem-not-a-database-body = Die Datei { $file } ist keine Leadledger-Datenbank, oder ihr Anfang ist beschädigt. Die Datei wurde nicht verändert.
ui-problem-unreadable-title = Die Datenbank lässt sich nicht öffnen
ui-problem-unreadable-body = Die Datei { $file } konnte nicht geöffnet werden: { $reason }
ui-problem-restore-hint = Beim Wiederherstellen bleibt die aktuelle Datei im Sicherungsordner erhalten.
ui-location-network-share = Diese Datenbank liegt auf einem Netzlaufwerk ({ $detail }). Arbeiten zwei Rechner gleichzeitig damit, kann sie beschädigt werden. Speichern Sie sie auf der lokalen Festplatte dieses Rechners und geben Sie stattdessen Sicherungen oder Exporte weiter.
ui-location-cloud-folder = Diese Datenbank liegt im Cloud-Sync-Ordner „{ $detail }“. Die Synchronisation kann die Datei kopieren, während sie geschrieben wird; dabei gehen Änderungen verloren. Verschieben Sie sie in einen lokalen Ordner und synchronisieren Sie stattdessen die Sicherungen mit der Cloud.
ui-dismiss = Ausblenden
ui-error-read-only = Die Datenbank ist beschädigt und schreibgeschützt geöffnet. Stellen Sie eine Sicherung wieder her, bevor Sie etwas ändern.
ui-undo-expired = Das Löschen lässt sich nicht mehr rückgängig machen.
ui-error-conflict = Jemand anderes hat diesen Eintrag geändert, während Sie ihn bearbeitet haben. Hier sehen Sie ihn so, wie er jetzt ist: Nehmen Sie Ihre Änderung erneut vor und speichern Sie.
ui-error-conflict-removed = Jemand anderes hat diesen Eintrag gelöscht, während Sie ihn bearbeitet haben; es wurde nichts gespeichert.
ui-restored = Wiederhergestellt.
ui-deleted-inquiry = Anfrage { $id } gelöscht
ui-deleted-deal = Angebot oder Auftrag { $id } gelöscht
ui-deleted-spend = Ausgabe von { $amount } am { $date } gelöscht
ui-deleted-source = Quelle „{ $label }“ gelöscht
ui-delete-inquiry = Anfrage löschen
ui-import-reading = Datei wird gelesen…
ui-import-storing = Zeilen werden geprüft und gespeichert: { $done } von { $total }
ui-import-saving = Wird gespeichert…
ui-import-encoding-auto = Erkannt ({ $name })
ui-import-encoding-guessed = Der Text passt zu mehr als einer Codepage; { $name } wurde nach Ihrer Sprache gewählt. Sehen Namen falsch aus, wählen Sie oben die Kodierung.
ui-import-kind-choose = Bitte wählen…
ui-import-kind-unknown = Die Kopfzeile passt zu keiner einzelnen Datenart: Wählen Sie, was die Datei enthält.
ui-import-read-as = Gelesen als { $encoding }.
ui-import-channel-changed = Kanal { $channel } ist jetzt { $to } (vorher { $from }).
ui-import-created-sources = Neue Quellen (im Kanal „Unbekannt“): { $names }
ui-template-title = Vorlagen
ui-template-hint = Eine leere Datei mit den richtigen Spalten, zum Ausfüllen in der Tabellenkalkulation.
ui-template-save = Vorlage speichern…
ui-template-done = Vorlage gespeichert unter { $path }

## Reports screen

ui-nav-reports = Berichte
ui-reports-title = Management-Bericht
ui-reports-intro = Das PDF für Inhaber, Gesellschafter oder Bank: Kennzahlen im Vergleich zu den Vorjahren, Kanäle und Quellen, Diagramme und Begriffserklärungen. Blättern Sie die Seiten durch und speichern Sie dann.
ui-reports-language = Sprache des Berichts
ui-reports-paper = Papierformat
ui-reports-paper-a4 = A4
ui-reports-paper-letter = US Letter
ui-reports-preview = Vorschau
ui-reports-rendering = Seiten werden gesetzt…
ui-reports-save = PDF speichern…
ui-reports-saving = Wird gespeichert…
ui-reports-saved = { $pages ->
    [one] Eine Seite gespeichert unter { $path }
   *[other] { $pages } Seiten gespeichert unter { $path }
}
ui-reports-pages = { $count ->
    [one] Eine Seite
   *[other] { $count } Seiten
}
ui-reports-page = Seite { $page } von { $pages }
ui-reports-open-page = Seite { $page } von { $pages } vergrößern
ui-reports-keys = ← → blättern · Esc schließt
ui-reports-stale = Die Auswahl hat sich seit dieser Vorschau geändert. Mit „Vorschau“ sehen Sie die neuen Seiten.
ui-reports-empty = Mit „Vorschau“ können Sie jede Seite ansehen, bevor Sie das PDF speichern.
ui-reports-error-dates = Prüfen Sie die Datumsangaben: Das Ende des Zeitraums muss nach seinem Beginn liegen, und zwar in einem Jahr, das Leadledger verarbeiten kann.
ui-reports-error-invalid = Eine der Angaben ist so nicht möglich; sie ist rot markiert.
ui-reports-error-disk-full = Der Datenträger ist voll; der Bericht wurde nicht gespeichert. Schaffen Sie Platz und versuchen Sie es noch einmal.
ui-reports-error-write = Dort lässt sich der Bericht nicht speichern. Es wurde nichts geschrieben; wählen Sie einen anderen Ordner.
ui-reports-error-no-company = Öffnen Sie zuerst die Demo oder Ihre Firma.

## Rows that open by keyboard, leaving the demo, what each dashboard chart shows (for screen readers)
ui-inquiries-keys = Jede Zeile öffnet sich mit der Eingabe- oder Leertaste und zeigt ihre Angebote und Aufträge; mit den Pfeiltasten wechseln Sie die Zeile.
ui-demo-leave = Mit meiner Firma beginnen
ui-chart-leads-alt = Diagramm der Leads pro Monat: { $year } als Balken, { $previous } und { $before } als Linien
ui-chart-roi-alt = Balkendiagramm des ROI je Kanal, in Prozent
ui-chart-cpl-alt = Balkendiagramm der Kosten pro Lead je Quelle, die Quellen mit den meisten Leads zuerst

## Team mode: connecting to a team server, and being offline
ui-team-connect-title = Mit einem Team-Server verbinden
ui-team-connect-text = Ihr Team führt seine Daten auf einem PostgreSQL-Server. Die Angaben erhalten Sie von der Person, die ihn eingerichtet hat.
ui-team-host = Server
ui-team-port = Port
ui-team-database = Datenbank
ui-team-user = Benutzername
ui-team-password = Passwort
ui-team-password-note = Das Passwort wird im Schlüsselbund dieses Computers verwahrt, wo es einen gibt; sonst fragt Leadledger bei jedem Start danach, außer LEADLEDGER_PASSWORD ist gesetzt. Leadledger selbst speichert es nirgends.
ui-team-tls = Verschlüsselung
ui-team-tls-prefer = Wenn der Server sie anbietet
ui-team-tls-require = Immer
ui-team-tls-verify-full = Immer, mit Prüfung des Zertifikats
ui-team-invite-open = Einladungsdatei öffnen…
ui-team-invite-chosen = Einladung: { $file }
ui-team-invite-clear = Server von Hand eingeben
ui-team-invite-note = Die Einladung des Inhabers nennt den Server und lässt Leadledger sein Zertifikat prüfen; Sie ergänzen Benutzernamen und Passwort.
ui-team-connect = Verbinden
ui-team-work-offline = Vorerst offline arbeiten
ui-team-work-offline-note = „Anfrage erfassen“ nimmt weiter Anrufe auf diesem Computer auf; sie werden gesendet, sobald Sie das Passwort eingeben.
ui-team-connecting = Verbindung wird hergestellt …
ui-team-on = Team-Server: { $place }
ui-team-remembered = Zuletzt: { $place }
ui-team-error-auth-failed = Der Server hat den Benutzernamen oder das Passwort abgelehnt. Prüfen Sie beides und versuchen Sie es erneut.
ui-team-error-offline = Der Team-Server ist nicht erreichbar. Prüfen Sie, ob er eingeschaltet ist und ob dieser Computer mit seinem Netzwerk verbunden ist.
ui-team-error-not-found = Auf dem Server gibt es keine Datenbank mit diesem Namen.
ui-team-error-not-a-database = Das ist keine Leadledger-Datenbank, oder sie ist noch leer: Der Inhaber richtet sie zuerst ein.
ui-team-error-server-too-old = Auf dem Server läuft ein PostgreSQL älter als Version 15; Leadledger braucht Version 15 oder neuer.
ui-team-error-needs-upgrade = Die Team-Datenbank wurde mit einer älteren Leadledger-Version eingerichtet. Der Inhaber aktualisiert sie zuerst (leadledger team upgrade).
ui-team-error-database-too-new = Die Team-Datenbank stammt von einer neueren Leadledger-Version. Aktualisieren Sie Leadledger auf diesem Computer.
ui-team-error-tls-failed = Es konnte keine verschlüsselte Verbindung zum Server hergestellt werden. Prüfen Sie die Einstellung der Verschlüsselung und das Zertifikat des Servers.
ui-team-error-forbidden = Diese Anmeldung hat noch keine Rolle in der Team-Datenbank. Der Inhaber fügt Sie hinzu (leadledger team add-user).
ui-team-error-other = Die Verbindung ist fehlgeschlagen.
ui-team-backup-failed = Die heutige Kopie der Team-Datenbank konnte nicht erstellt werden ({ $detail }). Ihre Arbeit ist auf dem Server sicher; Leadledger versucht es beim nächsten Öffnen der Datenbank erneut.
ui-error-offline = Offline: Der Team-Server ist nicht erreichbar. Es wurde nichts geändert; versuchen Sie es erneut, sobald er wieder erreichbar ist.

## Inhaber-PIN (Issue 14)
ui-pin-title = Inhaber-PIN
ui-pin-intro = Auf einem Rechner, den Mitarbeitende mitbenutzen, sperrt eine Inhaber-PIN die Geld-Ansichten: die Geldkennzahlen der Übersicht, Ausgaben, Berichte, Import & Export und Sicherungen. Anfragen erfassen bleibt offen.
ui-pin-is-set = Eine Inhaber-PIN ist gesetzt. Geben Sie die aktuelle PIN ein, um sie zu ändern oder zu entfernen.
ui-pin-team = In einer Team-Datenbank gilt die Inhaber-PIN nicht: Dort entscheiden die Rollen des Servers, wer was sieht.
ui-pin-current = Aktuelle PIN
ui-pin-new = Neue PIN
ui-pin-repeat = Neue PIN wiederholen
ui-pin-rule = Eine PIN besteht aus 4 bis 12 Ziffern (0–9), sonst nichts.
ui-pin-mismatch = Die beiden neuen PINs stimmen nicht überein.
ui-pin-set = PIN setzen
ui-pin-change = PIN ändern
ui-pin-clear = PIN entfernen
ui-pin-lock = Jetzt sperren
ui-pin-set-done = Die PIN ist gesetzt. Die Geld-Ansichten sperren sich, wenn Sie auf Sperren drücken, und beim nächsten Start.
ui-pin-changed = Die PIN ist geändert.
ui-pin-cleared = Die PIN ist entfernt; die Geld-Ansichten sind offen.
ui-pin-locked-now = Die Geld-Ansichten sind gesperrt.
ui-pin-honest = Die PIN sperrt diese Ansichten, nicht die Datei: Die Datenbank ist nicht verschlüsselt, und wer die Datei mit einem anderen Programm öffnen kann, kann sie lesen.
ui-pin-forgot = PIN vergessen? Wer die Datenbankdatei öffnen kann, entfernt sie mit:
ui-pin-locked-title = Mit der Inhaber-PIN gesperrt
ui-pin-locked-text = Geldkennzahlen bleiben verborgen, bis die Inhaber-PIN eingegeben ist. Anfragen und der Anteil ohne Quelle bleiben in der Übersicht sichtbar.
ui-pin-field = Inhaber-PIN
ui-pin-open = Öffnen
ui-pin-wrong = Diese PIN stimmt nicht.
ui-pin-wait = Zu viele falsche PINs. Versuchen Sie es in { $seconds } s erneut.
ui-nav-lock = Sperren
ui-error-locked = Das ist mit der Inhaber-PIN gesperrt. Geben Sie sie ein, um die Geld-Ansichten zu öffnen.
ui-error-forbidden = Ihre Rolle im Team erlaubt das nicht; nur der Inhaber kann das tun.

# Einstellungen → Team (Issue 14): der Platz des Inhabers verwaltet die Personen einer Team-Datenbank.
ui-invite-title = Einen Arbeitsplatz einladen
ui-invite-hint = Mit der Einladungsdatei verbindet sich ein anderer Computer, und das Zertifikat des Servers wird geprüft. Sie enthält den Server, wie die Arbeitsplätze ihn erreichen, die Datenbank und die Zertifizierungsstelle, die das Zertifikat signiert hat; keinen Benutzernamen und kein Passwort, sie darf also per E-Mail verschickt werden.
ui-invite-ca = Zertifikat der Zertifizierungsstelle wählen…
ui-invite-ca-chosen = Zertifikat: { $file }
ui-invite-save = Einladung speichern…
ui-invite-saved = Die Einladung wurde unter { $file } gespeichert.
ui-team-people-title = Team
ui-team-people-hint = Jede Person meldet sich mit eigenem Namen und Passwort an. Inhaber sehen alles; der Vertrieb sieht Anfragen und Geschäfte ohne Geldbeträge; der Empfang sieht Anfragen und die Anrufliste. Der Server selbst verweigert jeder Rolle, was sie nicht sehen darf.
ui-team-people-none = Noch niemand hinzugefügt.
ui-team-people-login = Anmeldename
ui-team-people-role = Rolle
ui-team-people-password = Passwort
ui-team-people-add = Person hinzufügen
ui-team-people-remove = Entfernen
ui-team-people-reset = Neues Passwort
ui-team-people-reset-done = { $login } hat ein neues Passwort.
ui-team-role-owner = Inhaber
ui-team-role-sales = Vertrieb
ui-team-role-desk = Empfang

# The funnel and the cohorts (issue 15).
ui-qualify = Als qualifiziert markieren
ui-unqualify = Nicht qualifiziert
ui-qualified = Qualifiziert
ui-qualified-on = Qualifiziert am { $date }
ui-qualify-date = Qualifiziert am
ui-qualify-hint = Alt+U markiert den Lead als heute qualifiziert, oder am Datum daneben.
ui-open-quotes = Offene Angebote
ui-open-quotes-none = Kein Angebot wartet auf eine Entscheidung.
ui-quote-waiting = Wartet seit
ui-quote-age = { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
}
ui-funnel-title = Trichter: vom Lead zum Auftrag
ui-funnel-alt = Balkendiagramm der Leads, qualifizierten Leads, Leads mit Angebot und gewonnenen Leads jeder Quelle im Zeitraum
ui-funnel-all = Alle Quellen
ui-cohort-title = Kohorten: was die Leads jedes Jahres brachten
ui-cohort-alt = Liniendiagramm des Umsatzes, den die Leads jedes Jahres bisher gebracht haben, Monat für Monat seit Jahresbeginn aufsummiert
ui-cohort-months = Monate seit Jahresbeginn
ui-cohort-year = Leads von
ui-cohort-expected = Die Leads dieses Jahres bringen voraussichtlich insgesamt { $revenue } (ROI { $roi }); { $maturity } davon sind gewöhnlich bis jetzt eingegangen.
ui-cohort-unknown = Die Leads früherer Jahre haben noch keinen Umsatz, daher lässt sich der dieses Jahres nicht absehen.
report-funnel-title = Der Trichter: vom Lead zum Auftrag
report-funnel-intro = Von den Leads des Zeitraums: wie viele als qualifiziert markiert wurden, wie viele ein Angebot erhielten und wie viele bestellten. Jeder Anteil bezieht sich auf alle Leads des Zeitraums, denn ein Lead kann ein Angebot bekommen, ohne als qualifiziert markiert zu sein.
report-funnel-chart = Leads, qualifiziert, mit Angebot und gewonnen nach Quelle
report-cohort-title = Kohorten: was die Leads jedes Jahres bringen
report-cohort-intro = Ein Auftrag kommt oft Monate nach der Anfrage, daher wurde der gebuchte Umsatz eines Jahres meist von früherem Marketing verdient. Hier stehen die Ausgaben jedes Jahres dem gegenüber, was die eigenen Leads dieses Jahres bisher bestellt haben, gleich wann; die Kurven zeigen, wie dieser Umsatz Monat für Monat wuchs.
report-cohort-chart = Umsatz der Leads jedes Jahres nach Monaten seit Jahresbeginn
ui-activity-title = Kanalaktivität pro Monat
ui-activity-metric = Kennzahl
ui-activity-cost-per = Kosten pro Einheit
ui-activity-none = Für dieses Jahr gibt es noch keine Aktivitätszahlen. Importieren Sie die Klicks, Impressionen oder Öffnungen Ihrer Plattformen als Datei der Art Aktivität.
ui-activity-total = { $metric }: { $count } im Jahr, je { $cost }, { $rate } wurden Leads
ui-activity-metric-clicks = Klicks
ui-activity-metric-impressions = Impressionen
ui-activity-metric-opens = Öffnungen
ui-activity-metric-downloads = Downloads
ui-activity-metric-followers = Follower
