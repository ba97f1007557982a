### Leadledger — Nederlands. Gedeeld door de desktopapp en het PDF-rapport.
### Getallen, bedragen en datums komen al opgemaakt binnen.

## Common

common-na = n.v.t.
common-days = { $value } dagen
common-none = geen

## Periods

period-range = { $from } – { $to }
period-quarter = Q{ $number }
period-month-1 = jan
period-month-2 = feb
period-month-3 = mrt
period-month-4 = apr
period-month-5 = mei
period-month-6 = jun
period-month-7 = jul
period-month-8 = aug
period-month-9 = sep
period-month-10 = okt
period-month-11 = nov
period-month-12 = dec

## Channel directions and the channels a new database starts with

direction-inbound = Inbound
direction-outbound = Outbound
channel-trade-shows = Beurzen
channel-online-directories = Online bedrijvengidsen
channel-paid-search = Zoekmachine­adverteren
channel-organic-search = Organisch zoeken
channel-referral = Doorverwijzingen
channel-existing-customer = Bestaande klanten
channel-email = E-mail
channel-direct-mail = Direct mail
channel-social = Sociale media
channel-print = Printadvertenties
channel-website-direct = Website (direct)
channel-outbound-sales = Actieve verkoop
channel-unknown = Onbekend
source-unknown = Onbekend

## The demo company's descriptive source names; proper names (Google Ads, Hannover Messe) stay as they are

demo-source-google-organic = Google (organisch)
demo-source-customer-referral = Aanbeveling door klant
demo-source-existing-customer = Bestaande klant
demo-source-newsletter = Nieuwsbrief
demo-source-direct-mail = Direct-mailcampagne
demo-source-website-direct = Website direct
demo-source-cold-calling = Koude acquisitie

## Attribution models

model-first-touch = Eerste interactie
model-first-touch-definition = Elke lead wordt volledig toegeschreven aan de bron waar de prospect voor het eerst van u hoorde: het antwoord op ‘Hoe heeft u ons gevonden?’.
model-last-touch = Laatste interactie
model-last-touch-definition = Elke lead wordt volledig toegeschreven aan zijn meest recente contactmoment.
model-linear = Lineair
model-linear-definition = Elke lead wordt gelijk verdeeld over al zijn contactmomenten.
model-position-based = Positiegebaseerd
model-position-based-definition = Het eerste en het laatste contactmoment krijgen elk 40%; de overige 20% wordt verdeeld over de contactmomenten daartussen. Bij twee contactmomenten krijgt elk de helft.
model-time-decay = Tijdsverval
model-time-decay-definition = Contactmomenten dichter bij het laatste contact van de lead tellen zwaarder: het gewicht van een contactmoment halveert { $count ->
    [one] met elke dag
   *[other] met elke { $days } dagen
} dat het verder terugligt.
model-data-driven = Datagestuurd
model-data-driven-definition = Elke lead verdeelt zijn attributie over de bronnen waarlangs hij binnenkwam, naar verhouding van hoeveel elke bron de kans vergroot dat een lead een order wordt, geschat uit de klantreizen van alle leads in de periode (een markovketen). Zijn orders en omzet volgen dezelfde verdeling, dus een lead met één bron geeft die bron alles; verandert geen van zijn bronnen de kans, dan verdeelt hij gelijk, zoals in het lineaire model.
model-fallback = Het datagestuurde model is voor deze periode niet te schatten (geen enkele lead werd een order, of geen bron verandert de kans daarop). De cijfers gebruiken daarom het lineaire model.

## Figures: names and plain-words definitions

figure-leads = Leads
figure-leads-definition = Aanvragen met een echte verkoopkans; spam, verkooppraatjes van leveranciers, dubbele aanvragen en nabestellingen van bestaande klanten tellen niet mee. Een kanaal of bron krijgt het deel van elke lead dat het attributiemodel eraan toekent.
figure-spend = Marketing­uitgaven
figure-spend-definition = Alle in de periode geboekte marketing- en verkoopkosten: advertenties, beurzen, personeel, software, overhead. Bij een kanaal of bron alleen de kosten die daarop geboekt zijn.
figure-revenue = Omzet uit marketing
figure-revenue-definition = De waarde van de in de periode gewonnen orders die uit een lead voortkwamen, door het attributiemodel over de bronnen verdeeld.
figure-total-revenue = Totale omzet
figure-total-revenue-definition = De waarde van alle in de periode gewonnen orders, nabestellingen van bestaande klanten inbegrepen.
figure-roi-pct = ROI
figure-roi-pct-definition = Rendement op de investering: omzet uit marketing maal de brutomarge, min de uitgaven, als percentage van de uitgaven. 0% betekent dat de uitgaven precies zijn terugverdiend.
figure-romi = ROMI
figure-romi-definition = Omzet uit marketing per uitgegeven munteenheid.
figure-cpl = Kosten per lead
figure-cpl-definition = Uitgaven gedeeld door het aantal leads: wat één lead heeft gekost.
figure-won-deals = Gewonnen orders
figure-won-deals-definition = In de periode gewonnen orders die uit een lead voortkwamen.
figure-deal-conversion-pct = Orderconversie
figure-deal-conversion-pct-definition = Gewonnen orders als percentage van de leads.
figure-lead-to-customer-pct = Conversie lead naar klant
figure-lead-to-customer-pct-definition = Het deel van de in de periode ontvangen leads dat vóór het einde van de periode tot minstens één gewonnen order leidde.
figure-new-customers = Nieuwe klanten
figure-new-customers-definition = Bedrijven waarvan de allereerste order in de periode werd gewonnen.
figure-cac = Klant­wervings­kosten
figure-cac-definition = Alle uitgaven in de periode gedeeld door het aantal nieuwe klanten: wat het werven van één nieuwe klant heeft gekost.
figure-cac-inbound = CAC inbound
figure-cac-inbound-definition = Uitgaven aan inboundkanalen (waarlangs klanten u vinden) per nieuwe klant die via die kanalen is gewonnen.
figure-cac-outbound = CAC outbound
figure-cac-outbound-definition = Uitgaven aan outboundkanalen (waarlangs u klanten benadert) per nieuwe klant die via die kanalen is gewonnen.
figure-value-converted-pct = Realisatie omzet­doel
figure-value-converted-pct-definition = De totale omzet als percentage van het omzetdoel voor het jaar; voor een kortere periode wordt het doel naar rato van het aantal dagen genomen.
figure-sales-cycle-days = Verkoopcyclus
figure-sales-cycle-days-definition = Het gemiddelde aantal dagen van aanvraag tot gewonnen order.
figure-sales-cycle-median-days = Verkoopcyclus (mediaan)
figure-sales-cycle-median-days-definition = De middelste waarde van het aantal dagen van aanvraag tot gewonnen order: de helft van de orders werd sneller gewonnen, de andere helft trager.
figure-visitor-to-lead-pct = Conversie bezoeker naar lead
figure-visitor-to-lead-pct-definition = Leads als percentage van de websitebezoekers.
figure-unknown-source-pct = Leads zonder bekende bron
figure-unknown-source-pct-definition = Het deel van de leads waarbij niemand heeft vastgelegd hoe de prospect bij u terechtkwam. Hoe lager, hoe betrouwbaarder alle andere cijfers.
figure-retention-pct = Klantbehoud
figure-retention-pct-definition = Het deel van de klanten uit dezelfde periode een jaar eerder dat ook in deze periode opnieuw bestelde.
figure-clv = Klantwaarde (CLV)
figure-clv-definition = Wat een klant over de hele relatie oplevert: gemiddelde orderwaarde × orders per jaar × aantal jaren als klant.
figure-clv-to-cac = CLV : CAC
figure-clv-to-cac-definition = Klantwaarde gedeeld door klantwervingskosten: hoe vaak een klant terugverdient wat het kostte om hem te werven.
figure-calls = Inkomende gesprekken
figure-calls-definition = Beantwoorde inkomende gesprekken van externe nummers in het logboek van de telefooncentrale die in de periode begonnen.
figure-calls-logged-pct = Vastgelegde gesprekken
figure-calls-logged-pct-definition = Het aandeel inkomende gesprekken waarbij binnen 30 minuten een aanvraag van het soort telefoon van hetzelfde nummer is vastgelegd, × 100.
figure-calls-tracked-pct = Gesprekken naar trackingnummers
figure-calls-tracked-pct-definition = Het aandeel inkomende gesprekken naar het trackingnummer van een bron, × 100.
figure-calls-source-mismatch = Genoemd ≠ gebeld
figure-calls-source-mismatch-definition = Vastgelegde gesprekken naar een trackingnummer waarvan de aanvraag een andere bron noemt dan de gebelde (Onbekend telt niet).
figure-won-leads = Gewonnen leads
figure-won-leads-definition = Van de leads van de periode die waaruit tegen het einde van de periode ten minste één gewonnen order kwam.
figure-qualified-leads = Gekwalificeerde leads
figure-qualified-leads-definition = Leads van de periode die tegen het einde ervan als gekwalificeerd zijn gemarkeerd (een echte behoefte, een inkoper, een planning).
figure-qualified-pct = Kwalificatiegraad
figure-qualified-pct-definition = Gekwalificeerde leads als percentage van de leads van de periode.
figure-cost-per-qualified-lead = Kosten per gekwalificeerde lead
figure-cost-per-qualified-lead-definition = De uitgaven gedeeld door het aantal gekwalificeerde leads.
figure-quoted-leads = Leads met offerte
figure-quoted-leads-definition = Leads van de periode die tegen het einde ervan een offerte hebben gekregen.
figure-quote-rate-pct = Offertegraad
figure-quote-rate-pct-definition = Leads met offerte als percentage van de leads van de periode (een lead kan een offerte krijgen zonder als gekwalificeerd gemarkeerd te zijn).
figure-quotes = Verstuurde offertes
figure-quotes-definition = Offertes met een datum in de periode.
figure-quoted-value = Offertewaarde
figure-quoted-value-definition = Het totaalbedrag van de offertes met een datum in de periode.
figure-quote-hit-rate-pct = Offertescore
figure-quote-hit-rate-pct-definition = Van de offertes die in de periode zijn beslist, het aandeel dat is gewonnen.
figure-quote-to-order-days = Offerte tot order
figure-quote-to-order-days-definition = Het gemiddelde aantal dagen van offerte tot gewonnen order, over de in de periode gewonnen orders met een offerte, nabestellingen inbegrepen.
figure-quote-to-order-median-days = Offerte tot order (mediaan)
figure-quote-to-order-median-days-definition = Het midden van de dagen van offerte tot order: de helft van de orders kwam sneller, de helft langzamer.
figure-cohort-revenue = Cohortomzet tot nu
figure-cohort-revenue-definition = Wat de leads van de periode tot vandaag hebben besteld, wanneer de order ook kwam.
figure-cohort-roi-pct = Cohort-ROI tot nu
figure-cohort-roi-pct-definition = De cohortomzet tot nu maal de brutomarge, min de uitgaven van de periode, als percentage van die uitgaven.
figure-cohort-maturity-pct = Rijpheid van het cohort
figure-cohort-maturity-pct-definition = Hoeveel van de omzet van de leads van een jaar gewoonlijk al binnen was op de leeftijd die de leads van deze periode nu hebben, afgelezen aan de leads van de vijf jaren ervoor.
figure-cohort-expected-revenue = Verwachte cohortomzet
figure-cohort-expected-revenue-definition = Wat de leads van de periode waarschijnlijk in totaal opleveren: hun omzet tot nu gedeeld door de rijpheid.
figure-cohort-expected-roi-pct = Verwachte cohort-ROI
figure-cohort-expected-roi-pct-definition = De ROI die de uitgaven van de periode waarschijnlijk opleveren zodra ook de trage kopers hebben besteld, uit de verwachte cohortomzet.

## Where a figure stands against the range expected from earlier years

status-below = Onder verwachting
status-within = Binnen verwachting
status-above = Boven verwachting

## Warnings about the data

warning-empty-period = De periode { $from } – { $to } bevat geen dag op of vóór de peildatum { $asof }; alle cijfers zijn daarom leeg.
warning-unresolved-source = Sommige gegevens verwijzen naar bronnen die niet meer bestaan; ze zijn als ‘Onbekend’ geteld.
warning-data-driven-fallback = { model-fallback }
warning-unknown-source-high = Bij { $pct } van de leads is niet vastgelegd hoe de prospect bij u terechtkwam. Vraag bij elke aanvraag ‘Hoe heeft u ons gevonden?’ en noteer het antwoord.
warning-prior-year-missing = Er zijn geen gegevens van { $from } – { $to }, dus de vergelijking met vorig jaar ontbreekt.
warning-small-sample = De cijfers van de hieronder vermelde bronnen berusten op kleine aantallen (minder dan 10 leads of minder dan 3 gewonnen orders in de periode); trek uit hun ratio’s dus geen harde conclusies.
warning-small-sample-source = { $source }: te weinig leads ({ $leads }) of gewonnen orders ({ $won }) in de periode om op de ratio’s te vertrouwen.
warning-none = Geen waarschuwingen voor deze periode.

## Charts

chart-leads-title = Leads per maand
chart-roi-title = ROI per kanaal
chart-money-title = Marketinguitgaven en omzet uit marketing per kwartaal
chart-no-data = Geen gegevens in deze periode.
chart-roi-undefined = Zonder uitgaven geen ROI: { $channels }.

## The management report

report-title = Marketingrapportage
report-subtitle = Leads, kosten en opbrengsten per kanaal en bron
report-unnamed-company = Bedrijfsnaam niet ingesteld
report-cover-period = Periode
report-cover-as-of = Peildatum
report-cover-model = Attributiemodel
report-cover-currency = Valuta
report-cover-ytd = Lopend jaar
report-cover-ytd-note = Dit rapport beslaat het lopende jaar tot de peildatum, { $from } – { $to }. Elke vergelijking met eerdere jaren gebruikt dezelfde periode van die jaren, vorig jaar dus { $prevfrom } – { $prevto }.
report-cover-ptd = Tot de peildatum
report-cover-ptd-note = Dit rapport beslaat de periode tot de peildatum, { $from } – { $to }. Elke vergelijking met eerdere jaren gebruikt dezelfde periode van die jaren, vorig jaar dus { $prevfrom } – { $prevto }.
report-cover-highlights = In één oogopslag
report-footer-page = Pagina { $page } van { $pages }
report-footer-made = Opgesteld met Leadledger · peildatum { $date }
report-no-data = Geen gegevens in deze periode.
report-summary-title = Kerncijfers
report-summary-intro = Elk cijfer voor { $period }, vergeleken met dezelfde periode een jaar eerder en met de bandbreedte die de trend van maximaal vijf eerdere jaren doet verwachten. Een cijfer buiten die bandbreedte verdient nadere aandacht; of hoger beter is, hangt van het cijfer af.
report-col-figure = Kengetal
report-col-value = Deze periode
report-col-prev = Vorig jaar
report-col-change = Verschil
report-col-expected = Verwachte band­breedte
report-col-status = Beoordeling
report-col-channel = Kanaal
report-col-source = Bron
report-change-points = { $value } %-punt
report-channels-title = Per kanaal
report-channels-intro = Leads, orders en omzet worden aan kanalen en bronnen toegeschreven volgens het model ‘{ $model }’.
report-sources-title = Per bron
report-row-general-spend = Uitgaven niet op een bron geboekt
report-row-total = Totaal bedrijf
report-inactive-channels = { $count ->
    [one] Eén kanaal had in de periode geen leads, uitgaven of omzet en is niet opgenomen.
   *[other] { $shown } kanalen hadden in de periode geen leads, uitgaven of omzet en zijn niet opgenomen.
}
report-inactive-sources = { $count ->
    [one] Eén bron had in de periode geen leads, uitgaven of omzet en is niet opgenomen.
   *[other] { $shown } bronnen hadden in de periode geen leads, uitgaven of omzet en zijn niet opgenomen.
}
report-charts-title = Grafieken
report-models-title = Attributiemodellen vergeleken
report-models-intro = De totalen van het bedrijf hangen niet af van het attributiemodel, de verdeling over de kanalen wel. Elke kolom toont de cijfers van de kanalen volgens één model. Waar de modellen sterk verschillen, hangen de cijfers van een kanaal af van de gekozen attributie.
report-models-leads = Leads per kanaal
report-models-revenue = Omzet uit marketing per kanaal
report-quality-title = Datakwaliteit en waarschuwingen
report-quality-intro = Elk cijfer in dit rapport is maar zo goed als de gegevens erachter. Deze controles laten zien waar de gegevens dun of onvolledig zijn.
report-quality-records = Leads in de periode
report-quality-sources = Bronnen met activiteit
report-quality-warnings = Waarschuwingen
report-quality-small-sample = Kleine aantallen
report-calls-title = Gesprekken: wordt elke beller gevraagd?
report-calls-intro = Het gesprekslog van de telefooncentrale naast de vastgelegde aanvragen. Geteld worden beantwoorde inkomende gesprekken van externe nummers; een gesprek is vastgelegd als binnen 30 minuten een telefonische aanvraag van hetzelfde nummer is ontvangen.
report-calls-count = Inkomende gesprekken
report-calls-logged = Vastgelegde gesprekken
report-calls-tracked = Gesprekken naar trackingnummers
report-calls-mismatch = Genoemd ≠ gekozen
report-calls-expected = Vastgelegde gesprekken, verwacht op basis van vorige jaren
report-calls-meaning = { $logged } van de bellers is vastgelegd, dus de cijfers per bron zien alleen dat deel van de telefonische aanvragen. { $tracked } koos een trackingnummer, dat de bron noemt ook als niemand het vroeg. { $mismatch ->
    [0] Geen beller noemde een andere bron dan het gekozen nummer.
    [one] Eén beller noemde een andere bron dan het gekozen nummer.
   *[other] { $mismatch } bellers noemden een andere bron dan het gekozen nummer.
}
report-calls-low = Minder dan 90 % van de gesprekken is vastgelegd: vraag elke beller hoe hij ons heeft gevonden, anders wordt het aandeel van de telefoon in de leads onderschat.
report-calls-none = Het gesprekslog bevat in deze periode geen beantwoorde gesprekken van externe nummers.
report-definitions-title = Begrippen
report-definitions-intro = Alle cijfers volgen de definities van Leadledger. Bedragen worden alleen voor de weergave afgerond op 2 decimalen en percentages op 1 decimaal; ‘{ common-na }’ staat bij een cijfer dat niet te berekenen is omdat de noemer nul is.
report-definitions-figures = Kengetallen
report-definitions-models = Attributiemodellen

## Desktopapp (ui-…): navigatie, schermen en formulieren

ui-nav-log = Aanvraag vastleggen
ui-nav-inquiries = Aanvragen & deals
ui-nav-dashboard = Dashboard
ui-nav-spend = Uitgaven
ui-nav-sources = Bronnen
ui-nav-import = Import & export
ui-nav-settings = Instellingen
ui-unnamed-company = Geen bedrijfsnaam
ui-demo-banner = U bekijkt het demobedrijf. Wat u hier invoert, wordt niet bewaard.
ui-save = Opslaan
ui-saved = Opgeslagen.
ui-cancel = Annuleren
ui-close = Sluiten
ui-add = Toevoegen
ui-edit = Bewerken
ui-remove = Verwijderen
ui-undo = Ongedaan maken
ui-previous = Vorige
ui-next = Volgende
ui-search = Zoek bedrijf, contactpersoon, telefoon, bron…
ui-showing = { $from }–{ $to } van { $total }
ui-show-table = Tabel tonen
ui-show-chart = Grafiek tonen
ui-date = Datum
ui-amount = Bedrag
ui-note = Notitie
ui-total = Totaal
ui-from = Van
ui-to = Tot
ui-year = Jaar
ui-quarter = Kwartaal
ui-month = Maand
ui-channel = Kanaal
ui-source = Bron
ui-category = Categorie
ui-direction = Richting
ui-direction-inbound = Inbound
ui-direction-outbound = Outbound
ui-direction-shared = Gedeeld
ui-language-en = English
ui-language-de = Deutsch
ui-language-nl = Nederlands
ui-language-sv = Svenska
ui-language-ru = Русский

ui-welcome-title = Welkom bij Leadledger
ui-welcome-intro = Bekijk welke marketing aanvragen, offertes en orders oplevert, en wat elke activiteit kost.
ui-welcome-demo = Demobedrijf verkennen
ui-welcome-demo-text = Vijf jaar gegevens van een kleine metaalbewerker met beurzen, bedrijvengidsen, zoekadvertenties en doorverwijzingen. Probeer elk scherm; niets wordt opgeslagen.
ui-welcome-start = Mijn bedrijf instellen
ui-welcome-currency-note = De valuta kan later niet worden gewijzigd: elk bedrag wordt erin opgeslagen.

ui-log-title = Aanvraag vastleggen
ui-log-source = Hoe heeft u ons gevonden?
ui-log-source-hint = Druk 1–9 voor een veelgebruikte bron, 0 voor onbekend, of typ om te zoeken
ui-log-source-matches = Passende bronnen
ui-log-company-suggestions = Eerdere bedrijven
ui-log-unknown = Onbekend
ui-log-tagged = Trackingnummer: { $source }
ui-log-need-source = Kies hoe de beller ons heeft gevonden (0 als dat onbekend is).
ui-log-kind = Soort
ui-log-company = Bedrijf
ui-log-contact = Contactpersoon
ui-log-phone = Telefoon
ui-log-email = E-mail
ui-log-touchpoint = Ook gehoord via
ui-log-add-touchpoint = Nog een contactmoment toevoegen
ui-log-date = Datum
ui-log-is-lead = Telt als lead
ui-log-not-lead-hint = Spam, leveranciers en nabestellingen zijn geen leads.
ui-log-editing = { $id } bewerken
ui-log-recent = Laatste invoer
ui-log-none-yet = Vandaag nog niets vastgelegd.
ui-log-saved = { $id } opgeslagen · { $source }
ui-log-waiting = Wacht op verzenden
ui-log-kept-offline = De teamserver is niet bereikbaar: de invoer blijft op deze computer en wordt verzonden zodra de server terug is.
ui-log-refused = Niet verzonden: { $reason }
ui-offline-banner = Offline: de teamserver is niet bereikbaar. Wat u ziet is voor het laatst gelezen op { $when }. Nieuwe aanvragen bij Aanvraag vastleggen worden bewaard en later verzonden.
ui-offline-banner-never = Offline: de teamserver is niet bereikbaar en er is nog niets van gelezen. Nieuwe aanvragen bij Aanvraag vastleggen worden bewaard en later verzonden.
ui-offline-type-password = Wachtwoord invoeren
ui-offline-waiting = { $count ->
    [one] Eén invoer wacht op verzenden.
   *[other] { $count } invoeren wachten op verzenden.
}
ui-log-received = Ontvangen
ui-log-edit-undone = Wijzigingen aan { $id } ongedaan gemaakt.
ui-log-known-customer = Bestaande klant: { $company } ({ $orders ->
    [one] één order
   *[other] { $orders } orders
 }, laatst op { $last }).
ui-log-mark-reorder = Nabestelling, geen lead
ui-log-marked-reorder = Vastgelegd als nabestelling, niet als lead.
ui-calls-queue-title = Niet vastgelegde gesprekken, laatste { $days } dagen
ui-calls-queue-keys = Alt Q: naar de lijst · ↑ ↓ kiezen · Enter: vastleggen · N: geen lead · Esc: terug
ui-calls-queue-empty = Elk gesprek van de laatste { $days } dagen is vastgelegd.
ui-calls-duration = Duur
ui-calls-untracked = Geen trackingnummer
ui-calls-not-lead-because = Geen lead – waarom?
ui-calls-reason-supplier = Leverancier
ui-calls-reason-existing-customer = Bestaande klant
ui-calls-reason-private = Privégesprek
ui-calls-reason-wrong-number = Verkeerd verbonden
ui-calls-open = Gesprek vastleggen
ui-calls-not-lead = Geen lead
ui-calls-dismissed = { $id } vastgelegd als geen lead · { $reason }
ui-keys-title = Cijfertoetsen in het registratiescherm
ui-keys-rule = Vastgezette bronnen houden hun toets. De overige toetsen gaan op volgorde naar de bronnen die de afgelopen 90 dagen het vaakst zijn genoemd; ze worden verdeeld bij het openen van het bestand en veranderen niet terwijl u werkt.
ui-keys-pin = Bron op toets { $key }
ui-keys-by-rule = volgens de regel
ui-keys-pinned = vastgezet
ui-keys-unpin = Losmaken
ui-keys-free = vrij
ui-kind-call = Telefoon
ui-kind-rfq = Offerteaanvraag
ui-kind-email = E-mail
ui-kind-web_form = Webformulier
ui-kind-walk_in = Bezoek
ui-kind-trade_show = Beurs
ui-kind-other = Overig

ui-col-received = Ontvangen
ui-col-id = Nr.
ui-col-lead = Lead
ui-col-actions = Acties
ui-col-deals = Offertes en orders
ui-col-deal = Deal
ui-col-quoted = Offerte
ui-col-closed = Afgesloten
ui-col-status = Status
ui-deal-open = Open
ui-deal-won = Gewonnen
ui-deal-lost = Verloren
ui-deal-mark-won = Markeren als gewonnen
ui-deal-mark-lost = Markeren als verloren
ui-deal-final-amount = Eindbedrag
ui-deal-reason = Reden
ui-deal-add-quote = Offerte toevoegen

ui-spend-all = Alle uitgaven
ui-spend-bad-amount = ‘{ $text }’ is geen bedrag.
ui-spend-bad-date = Datum: vul een datum tussen 1900 en 2200 in.
ui-spend-cell = { $source }, { $month }
ui-spend-general = Algemene uitgaven
ui-spend-general-hint = Salarissen, software en overhead die bij geen enkele bron horen. De richting bepaalt in welke klantwervingskosten ze meetellen.
ui-spend-no-general = Geen algemene uitgaven dit jaar.
ui-spread = Spreiden over
ui-spread-months = { $count ->
    [one] één maand
   *[other] { $count } maanden
}
ui-category-advertising = Reclame
ui-category-labor = Salarissen
ui-category-software = Software
ui-category-overhead = Overhead
ui-category-distribution = Verzending & porto
ui-category-events = Evenementen
ui-category-other = Overig

ui-sources-add = Nieuwe bron
ui-sources-edit = Bron bewerken
ui-sources-discard-question = De wijzigingen in het formulier zijn nog niet opgeslagen. Weggooien?
ui-sources-discard = Wijzigingen weggooien
ui-sources-keep-editing = Verder bewerken
ui-sources-name = Naam
ui-sources-numbers = Trackingnummers (gescheiden door komma’s)
ui-sources-uses = { $count ->
    [one] één aanvraag
   *[other] { $count } aanvragen
}
ui-sources-new-channel = Nieuw kanaal
ui-sources-channel-similar = Het bestaande kanaal ‘{ $channel }’ gebruiken?
ui-sources-channel-use = ‘{ $channel }’ gebruiken
ui-sources-channel-create = Nieuw kanaal ‘{ $channel }’ aanmaken
ui-sources-merge = Bronnen samenvoegen
ui-sources-merge-hint = Verplaatst alle aanvragen, uitgaven en trackingnummers van een bron naar een andere en verwijdert daarna de eerste.
ui-sources-merge-from = Voeg
ui-sources-merge-into = samen met
ui-sources-merge-confirm = Alles van ‘{ $from }’ gaat naar ‘{ $into }’.
ui-sources-read-only = Alleen de eigenaar voegt bronnen, kanalen en trackingnummers toe, wijzigt, voegt ze samen of verwijdert ze; uw rol in het team kan ze alleen lezen.

ui-period = Periode
ui-period-ytd = Lopend jaar
ui-period-year = Jaar
ui-period-quarter = Kwartaal
ui-period-month = Maand
ui-period-custom = Aangepast
ui-model = Attributie
ui-vs-last-year = { $change } t.o.v. vorig jaar
ui-expected = Verwacht { $range }
ui-untracked-alarm = Bij { $pct } van de leads is de bron onbekend
ui-untracked-advice = Vraag elke beller ‘Hoe heeft u ons gevonden?’ — de cijfers per kanaal zijn maar zo goed als dat antwoord.
ui-calls-logged = Vastgelegde gesprekken
ui-calls-summary = { $calls ->
    [one] { $calls } inkomend gesprek
   *[other] { $calls } inkomende gesprekken
} · { $tracked } naar trackingnummers
ui-calls-alarm = Slechts { $pct } van de beantwoorde gesprekken is vastgelegd
ui-calls-alarm-advice = Elk gesprek dat niet is vastgelegd, is een beller die niemand heeft gevraagd hoe hij ons heeft gevonden. De lijst op het scherm Vastleggen toont ze.
ui-calls-mismatches-title = Genoemd ≠ gekozen
ui-calls-mismatches-intro = Deze bellers noemden een andere bron dan het trackingnummer dat ze kozen. Beide blijven zoals ze zijn; de cijfers volgen wat de beller zei.
ui-calls-col-time = Gesprek
ui-calls-col-number = Nummer
ui-calls-col-said = Genoemd
ui-calls-col-dialled = Gekozen
ui-calls-col-inquiry = Aanvraag
ui-chart-leads = Leads per maand, { $year } tegenover de twee jaren ervoor
ui-chart-cpl = Kosten per lead per bron
ui-warnings = Waarschuwingen
ui-compare-models = Attributiemodellen vergeleken
ui-compare-models-show = Alle modellen vergelijken

ui-import-title = Een CSV-bestand importeren
ui-import-choose = Bestand kiezen…
ui-import-path = Bestand
ui-import-preview = Voorbeeld
ui-import-encoding = Codering
ui-import-delimiter = Scheidingsteken
ui-import-decimal = Decimaalteken
ui-import-dates = Datums
ui-import-kind = Gegevens
ui-import-create-sources = Ontbrekende bronnen aanmaken
ui-import-run = Importeren
ui-import-running = Bezig met importeren…
ui-import-accepted = { $rows } rijen geïmporteerd: { $inserted } nieuw, { $updated } gewijzigd, { $unchanged } ongewijzigd.
ui-import-refused = { $count ->
    [one] Er is niets geïmporteerd: één rij moet worden gecorrigeerd.
   *[other] Er is niets geïmporteerd: { $count } rijen moeten worden gecorrigeerd.
}
ui-import-errors-file = Hier staan de eerste { $shown }; alle problemen staan in { $path }.
ui-import-row = Rij
ui-import-column = Kolom
ui-import-reason = Probleem
ui-kind-file-inquiries = Aanvragen
ui-kind-file-deals = Offertes en orders
ui-kind-file-spend = Uitgaven
ui-kind-file-sources = Bronnen
ui-kind-file-targets = Doelen
ui-kind-file-traffic = Websitebezoekers
ui-kind-file-activity = Activiteit (klikken, openingen …)
ui-import-what = Wat het bestand bevat
ui-import-what-records = Gegevens (aanvragen, offertes, uitgaven …)
ui-import-what-calls = Gesprekslijst van de telefooncentrale
ui-calls-import-format = Indeling
ui-calls-format-auto = Automatisch herkennen
ui-calls-format-asterisk = Asterisk / FreePBX Master.csv
ui-calls-format-fritzbox = FRITZ!Box-gesprekslijst
ui-calls-format-3cx = 3CX-gespreksgeschiedenis (versie 20)
ui-calls-format-plain = Eenvoudige vorm
ui-calls-format-columns = Andere indeling, volgens de kolommen
ui-calls-import-columns = Kolommen van een andere indeling
ui-calls-import-columns-hint = Voor een telefooncentrale die hier niet staat: noem de kolommen van het bestand als started_at=…,caller=…,dialled=… (started_at, caller en dialled zijn nodig; duration_s, answered, direction, extension en call_id mogen volgen).
ui-calls-read-as = Herkende indeling: { $format } · codering: { $encoding }
ui-calls-preview-counts = { $calls ->
    [one] Eén gesprek van een extern nummer: { $new } nieuw, { $already } al opgeslagen.
   *[other] { $calls } gesprekken van externe nummers: { $new } nieuw, { $already } al opgeslagen.
}
ui-calls-left-out = Weggelaten: uitgaand { $outgoing }, intern { $internal }, nummer afgeschermd { $withheld }.
ui-calls-col-answered = Beantwoord
ui-calls-answered-yes = ja
ui-calls-answered-no = nee
ui-calls-imported = { $new ->
    [one] Eén nieuw gesprek opgeslagen, { $already } al opgeslagen.
   *[other] { $new } nieuwe gesprekken opgeslagen, { $already } al opgeslagen.
}
ui-calls-tagged = { $count ->
    [one] Eén aanvraag van onbekende herkomst draagt nu de bron van het gekozen trackingnummer.
   *[other] { $count } aanvragen van onbekende herkomst dragen nu de bron van het gekozen trackingnummer.
}
ui-calls-purged = { $count ->
    [one] Eén gesprek ouder dan de bewaartermijn is zijn nummer kwijt.
   *[other] { $count } gesprekken ouder dan de bewaartermijn zijn hun nummers kwijt.
}
ui-export-title = Exporteren
ui-export-run = Exporteren als CSV…
ui-export-done = Opgeslagen in { $path }

ui-settings-company = Bedrijfsnaam
ui-settings-currency = Valuta
ui-settings-currency-fixed = Vastgelegd bij het aanmaken van het bedrijf.
ui-settings-fiscal-start = Boekjaar begint in
ui-settings-margin = Brutomarge (%)
ui-settings-margin-hint = Het rendement rekent met dit deel van de omzet; 100 telt de hele omzet.
ui-settings-half-life = Halveringstijd bij tijdsverval (dagen)
ui-settings-half-life-hint = Hoe snel oudere contactmomenten gewicht verliezen in het model Tijdsverval.
ui-settings-call-retention = Gesprekken bewaren hun nummers (maanden)
ui-settings-call-retention-hint = Een gesprek uit het logboek van de telefooncentrale dat ouder is, verliest het nummer van de beller en het gebelde nummer; wat de kengetallen nodig hebben blijft bewaard.
ui-settings-language = Taal
ui-settings-file = Database: { $path }
ui-settings-read-only = Alleen de eigenaar wijzigt de instellingen van het bedrijf; uw rol in het team kan ze alleen lezen.
ui-backups-title = Back-ups
ui-backups-hint = Leadledger maakt elke dag en vóór elke update automatisch een back-up van de database in de map ‘backups’ naast het bestand. Er blijven 7 dagelijkse, 4 wekelijkse en 12 maandelijkse kopieën bewaard.
ui-backups-none = Nog geen back-ups.
ui-backups-demo = Het demobedrijf bestaat alleen in het geheugen en heeft geen back-ups.
ui-backups-now = Nu back-up maken
ui-backups-done = Back-up { $name } gemaakt.
ui-backups-restore = Terugzetten…
ui-backups-col-when = Gemaakt
ui-backups-col-kind = Soort
ui-backups-col-size = Grootte
ui-backups-size = { $mb } MB
ui-backup-kind-daily = Dagelijks
ui-backup-kind-weekly = Wekelijks
ui-backup-kind-monthly = Maandelijks
ui-backup-kind-manual = Handmatig
ui-backup-kind-pre-migration = Vóór een update
ui-backup-kind-pre-restore = Vóór het terugzetten
ui-backup-kind-damaged = Beschadigd bestand
ui-backup-kind-other = Overig
ui-restore-title = Deze back-up terugzetten?
ui-restore-body = De database wordt vervangen door de back-up van { $when }. De huidige gegevens worden eerst als back-up bewaard, zodat u er later naar kunt terugkeren.
ui-restore-confirm = Terugzetten
ui-restore-done = De back-up van { $when } is teruggezet.
ui-damaged-banner = Deze database is beschadigd. Hij is alleen-lezen geopend: u kunt uw cijfers bekijken, maar niets wijzigen.
ui-damaged-restore = Back-up van { $when } terugzetten
ui-damaged-no-backup = Er is geen intacte back-up om terug te zetten. Kopieer eerst het bestand { $file } naar een veilige plek.
ui-problem-corrupt-title = Deze database is beschadigd
ui-problem-corrupt-body = Het bestand { $file } is beschadigd en kan niet worden gelezen.
ui-problem-too-new-title = Deze database komt uit een nieuwere versie van Leadledger
ui-problem-too-new-body = Het bestand { $file } is geschreven door een nieuwere versie van Leadledger (databaseversie { $found }; deze versie ondersteunt tot en met { $supported }). Werk Leadledger bij om het te openen. Het bestand is niet gewijzigd.
ui-problem-not-a-database-title = Dit is geen Leadledger-database
ui-problem-not-a-database-body = Het bestand { $file } is geen Leadledger-database, of het begin ervan is beschadigd. Het bestand is niet gewijzigd.
ui-problem-unreadable-title = De database kan niet worden geopend
ui-problem-unreadable-body = Het bestand { $file } kon niet worden geopend: { $reason }
ui-problem-restore-hint = Bij het terugzetten blijft het huidige bestand bewaard in de map met back-ups.
ui-location-network-share = Deze database staat op een netwerkschijf ({ $detail }). Als twee computers hem tegelijk gebruiken, kan hij beschadigd raken. Zet hem op de schijf van deze computer en deel in plaats daarvan back-ups of exports.
ui-location-cloud-folder = Deze database staat in de cloudsynchronisatiemap ‘{ $detail }’. De synchronisatie kan het bestand kopiëren terwijl het wordt geschreven, waardoor wijzigingen verloren gaan. Zet hem in een lokale map en laat in plaats daarvan de back-ups naar de cloud gaan.
ui-dismiss = Verbergen
ui-error-read-only = De database is beschadigd en alleen-lezen geopend. Zet eerst een back-up terug voordat u iets wijzigt.
ui-undo-expired = Het verwijderen kan niet meer ongedaan worden gemaakt.
ui-error-conflict = Iemand anders heeft deze invoer gewijzigd terwijl u die bewerkte. Hier ziet u hoe die er nu uitziet: breng uw wijziging opnieuw aan en sla op.
ui-error-conflict-removed = Iemand anders heeft deze invoer verwijderd terwijl u die bewerkte; er is niets opgeslagen.
ui-restored = Teruggezet.
ui-deleted-inquiry = Aanvraag { $id } verwijderd
ui-deleted-deal = Offerte of order { $id } verwijderd
ui-deleted-spend = Uitgave van { $amount } op { $date } verwijderd
ui-deleted-source = Bron ‘{ $label }’ verwijderd
ui-delete-inquiry = Aanvraag verwijderen
ui-import-reading = Bestand wordt gelezen…
ui-import-storing = Rijen worden gecontroleerd en opgeslagen: { $done } van { $total }
ui-import-saving = Bezig met opslaan…
ui-import-encoding-auto = Herkend ({ $name })
ui-import-encoding-guessed = De tekst past bij meer dan één codetabel; { $name } is gekozen op basis van uw taal. Zien namen er verkeerd uit, kies dan hierboven de codering.
ui-import-kind-choose = Kies…
ui-import-kind-unknown = De kopregel past niet bij één soort gegevens: kies wat het bestand bevat.
ui-import-read-as = Gelezen als { $encoding }.
ui-import-channel-changed = Kanaal { $channel } is nu { $to } (was { $from }).
ui-import-created-sources = Nieuwe bronnen (in het kanaal Onbekend): { $names }
ui-template-title = Sjablonen
ui-template-hint = Een leeg bestand met de juiste kolommen, om in een spreadsheet in te vullen.
ui-template-save = Sjabloon opslaan…
ui-template-done = Sjabloon opgeslagen in { $path }

## Reports screen

ui-nav-reports = Rapporten
ui-reports-title = Managementrapport
ui-reports-intro = Het PDF-rapport voor de eigenaar, de vennoten of de bank: kerncijfers naast die van eerdere jaren, kanalen en bronnen, grafieken en definities. Blader eerst door de pagina’s en sla het dan op.
ui-reports-language = Taal van het rapport
ui-reports-paper = Papierformaat
ui-reports-paper-a4 = A4
ui-reports-paper-letter = US Letter
ui-reports-preview = Voorbeeld
ui-reports-rendering = Pagina’s worden opgemaakt…
ui-reports-save = PDF opslaan…
ui-reports-saving = Bezig met opslaan…
ui-reports-saved = { $pages ->
    [one] Eén pagina opgeslagen in { $path }
   *[other] { $pages } pagina’s opgeslagen in { $path }
}
ui-reports-pages = { $count ->
    [one] Eén pagina
   *[other] { $count } pagina’s
}
ui-reports-page = Pagina { $page } van { $pages }
ui-reports-open-page = Pagina { $page } van { $pages } vergroten
ui-reports-keys = ← → bladeren · Esc sluit
ui-reports-stale = De keuzes zijn gewijzigd sinds dit voorbeeld. Klik op ‘Voorbeeld’ voor de nieuwe pagina’s.
ui-reports-empty = Klik op ‘Voorbeeld’ om elke pagina te bekijken voordat u het PDF-bestand opslaat.
ui-reports-error-dates = Controleer de datums: de einddatum moet na de begindatum liggen, in een jaar dat Leadledger kan verwerken.
ui-reports-error-invalid = Een van de keuzes kan niet worden gebruikt; die is rood gemarkeerd.
ui-reports-error-disk-full = De schijf is vol, dus het rapport is niet opgeslagen. Maak ruimte vrij en probeer het opnieuw.
ui-reports-error-write = Het rapport kan daar niet worden opgeslagen. Er is niets geschreven; kies een andere map.
ui-reports-error-no-company = Open eerst de demo of uw eigen bedrijf.

## Rows that open by keyboard, leaving the demo, what each dashboard chart shows (for screen readers)
ui-inquiries-keys = Elke rij opent met Enter of de spatiebalk en toont de offertes en orders; met de pijltoetsen gaat u naar een andere rij.
ui-demo-leave = Beginnen met mijn bedrijf
ui-chart-leads-alt = Grafiek van de leads per maand: { $year } als staven, { $previous } en { $before } als lijnen
ui-chart-roi-alt = Staafdiagram van de ROI per kanaal, in procenten
ui-chart-cpl-alt = Staafdiagram van de kosten per lead per bron, de bronnen met de meeste leads eerst

## Team mode: connecting to a team server, and being offline
ui-team-connect-title = Verbinden met een teamserver
ui-team-connect-text = Uw team bewaart zijn gegevens op een PostgreSQL-server. Vraag deze gegevens aan degene die hem heeft ingericht.
ui-team-host = Server
ui-team-port = Poort
ui-team-database = Database
ui-team-user = Gebruikersnaam
ui-team-password = Wachtwoord
ui-team-password-note = Het wachtwoord wordt bewaard in de sleutelhanger van deze computer als die er is; anders vraagt Leadledger er bij elke start om, tenzij LEADLEDGER_PASSWORD is ingesteld. Leadledger zelf slaat het nergens op.
ui-team-tls = Versleuteling
ui-team-tls-prefer = Als de server die aanbiedt
ui-team-tls-require = Altijd
ui-team-tls-verify-full = Altijd, met controle van het certificaat
ui-team-invite-open = Uitnodigingsbestand openen…
ui-team-invite-chosen = Uitnodiging: { $file }
ui-team-invite-clear = Server zelf invullen
ui-team-invite-note = De uitnodiging van de eigenaar noemt de server en laat Leadledger zijn certificaat controleren; u vult uw gebruikersnaam en wachtwoord in.
ui-team-connect = Verbinden
ui-team-work-offline = Intussen offline werken
ui-team-work-offline-note = Aanvraag vastleggen blijft gesprekken op deze computer opnemen; ze worden verzonden zodra u het wachtwoord invoert.
ui-team-connecting = Bezig met verbinden…
ui-team-on = Teamserver: { $place }
ui-team-remembered = Vorige keer: { $place }
ui-team-error-auth-failed = De server heeft de gebruikersnaam of het wachtwoord geweigerd. Controleer beide en probeer het opnieuw.
ui-team-error-offline = De teamserver is niet bereikbaar. Controleer of hij aanstaat en of deze computer op zijn netwerk is aangesloten.
ui-team-error-not-found = De server heeft geen database met deze naam.
ui-team-error-not-a-database = Dit is geen Leadledger-database, of hij is nog leeg: de eigenaar richt hem eerst in.
ui-team-error-server-too-old = Op de server draait een PostgreSQL ouder dan versie 15; Leadledger heeft versie 15 of nieuwer nodig.
ui-team-error-needs-upgrade = De teamdatabase is ingericht met een oudere versie van Leadledger. De eigenaar werkt hem eerst bij (leadledger team upgrade).
ui-team-error-database-too-new = De teamdatabase komt van een nieuwere versie van Leadledger. Werk Leadledger op deze computer bij.
ui-team-error-tls-failed = Er kon geen versleutelde verbinding met de server worden gemaakt. Controleer de instelling voor versleuteling en het certificaat van de server.
ui-team-error-forbidden = Deze login heeft nog geen rol in de teamdatabase. De eigenaar voegt u toe (leadledger team add-user).
ui-team-error-other = Verbinden is mislukt.
ui-team-backup-failed = De kopie van vandaag van de teamdatabase kon niet worden gemaakt ({ $detail }). Uw werk staat veilig op de server; Leadledger probeert het opnieuw wanneer de database weer wordt geopend.
ui-error-offline = Offline: de teamserver is niet bereikbaar. Er is niets gewijzigd; probeer het opnieuw zodra hij weer bereikbaar is.

## Eigenaarspincode (issue 14)
ui-pin-title = Eigenaarspincode
ui-pin-intro = Op een computer die medewerkers delen, vergrendelt een eigenaarspincode de geldschermen: de geldcijfers van het dashboard, Uitgaven, Rapporten, Import & export en Back-ups. Aanvragen vastleggen blijft open.
ui-pin-is-set = Er is een eigenaarspincode ingesteld. Voer de huidige pincode in om hem te wijzigen of te verwijderen.
ui-pin-team = Bij een teamdatabase geldt de eigenaarspincode niet: daar bepalen de rollen van de server wie wat ziet.
ui-pin-current = Huidige pincode
ui-pin-new = Nieuwe pincode
ui-pin-repeat = Herhaal de nieuwe pincode
ui-pin-rule = Een pincode bestaat uit 4 tot 12 cijfers (0–9), verder niets.
ui-pin-mismatch = De twee nieuwe pincodes verschillen.
ui-pin-set = Pincode instellen
ui-pin-change = Pincode wijzigen
ui-pin-clear = Pincode verwijderen
ui-pin-lock = Nu vergrendelen
ui-pin-set-done = De pincode is ingesteld. De geldschermen vergrendelen wanneer u op Vergrendelen drukt en bij de volgende start.
ui-pin-changed = De pincode is gewijzigd.
ui-pin-cleared = De pincode is verwijderd; de geldschermen zijn open.
ui-pin-locked-now = De geldschermen zijn vergrendeld.
ui-pin-honest = De pincode vergrendelt deze schermen, niet het bestand: de database is niet versleuteld, en wie het bestand met een ander programma kan openen, kan het lezen.
ui-pin-forgot = Pincode vergeten? Wie het databasebestand kan openen, verwijdert hem met:
ui-pin-locked-title = Vergrendeld met de eigenaarspincode
ui-pin-locked-text = Geldcijfers blijven verborgen tot de eigenaarspincode is ingevoerd. Aanvragen en het aandeel zonder bron blijven zichtbaar op het dashboard.
ui-pin-field = Eigenaarspincode
ui-pin-open = Openen
ui-pin-wrong = Die pincode klopt niet.
ui-pin-wait = Te veel foute pincodes. Probeer het over { $seconds } s opnieuw.
ui-nav-lock = Vergrendelen
ui-error-locked = Dit is vergrendeld met de eigenaarspincode. Voer hem in om de geldschermen te openen.
ui-error-forbidden = Uw rol in het team staat dit niet toe; alleen de eigenaar kan dit doen.

# Instellingen → Team (issue 14): de plek van de eigenaar beheert de mensen van een teamdatabase.
ui-invite-title = Een werkplek uitnodigen
ui-invite-hint = Met het uitnodigingsbestand maakt een andere computer verbinding, met controle van het certificaat van de server. Het bevat de server zoals de werkplekken die bereiken, de database en de certificaatautoriteit die het certificaat ondertekende; geen gebruikersnaam en geen wachtwoord, dus het mag per e-mail worden verstuurd.
ui-invite-ca = Certificaat van de autoriteit kiezen…
ui-invite-ca-chosen = Certificaat: { $file }
ui-invite-save = Uitnodiging opslaan…
ui-invite-saved = De uitnodiging is opgeslagen in { $file }.
ui-team-people-title = Team
ui-team-people-hint = Iedereen meldt zich aan met een eigen naam en wachtwoord. Eigenaren zien alles; verkoop ziet aanvragen en deals zonder geldbedragen; de receptie ziet aanvragen en de lijst met oproepen. De server zelf weigert elke rol wat die niet mag zien.
ui-team-people-none = Er is nog niemand toegevoegd.
ui-team-people-login = Inlognaam
ui-team-people-role = Rol
ui-team-people-password = Wachtwoord
ui-team-people-add = Persoon toevoegen
ui-team-people-remove = Verwijderen
ui-team-people-reset = Nieuw wachtwoord
ui-team-people-reset-done = { $login } heeft een nieuw wachtwoord.
ui-team-role-owner = Eigenaar
ui-team-role-sales = Verkoop
ui-team-role-desk = Receptie

# The funnel and the cohorts (issue 15).
ui-qualify = Als gekwalificeerd markeren
ui-unqualify = Niet gekwalificeerd
ui-qualified = Gekwalificeerd
ui-qualified-on = Gekwalificeerd op { $date }
ui-qualify-date = Gekwalificeerd op
ui-qualify-hint = Alt+U markeert de lead als vandaag gekwalificeerd, of op de datum ernaast.
ui-open-quotes = Openstaande offertes
ui-open-quotes-none = Er wacht geen offerte op een beslissing.
ui-quote-waiting = Wacht al
ui-quote-age = { $days ->
    [one] { $days } dag
   *[other] { $days } dagen
}
ui-funnel-title = Trechter: van lead tot order
ui-funnel-alt = Staafdiagram van de leads, gekwalificeerde leads, leads met offerte en gewonnen leads van elke bron in de periode
ui-funnel-all = Alle bronnen
ui-cohort-title = Cohorten: wat de leads van elk jaar opbrachten
ui-cohort-alt = Lijndiagram van de omzet die de leads van elk jaar tot nu hebben opgebracht, maand na maand opgeteld sinds het begin van het jaar
ui-cohort-months = Maanden sinds het begin van het jaar
ui-cohort-year = Leads van
ui-cohort-expected = De leads van dit jaar brengen waarschijnlijk in totaal { $revenue } op (ROI { $roi }); { $maturity } daarvan is gewoonlijk nu al binnen.
ui-cohort-unknown = De leads van eerdere jaren hebben nog geen omzet, dus die van dit jaar valt niet te voorzien.
report-funnel-title = De trechter: van lead tot order
report-funnel-intro = Van de leads van de periode: hoeveel als gekwalificeerd zijn gemarkeerd, hoeveel een offerte kregen en hoeveel bestelden. Elk aandeel is van alle leads van de periode, want een lead kan een offerte krijgen zonder als gekwalificeerd gemarkeerd te zijn.
report-funnel-chart = Leads, gekwalificeerd, met offerte en gewonnen per bron
report-cohort-title = Cohorten: wat de leads van elk jaar opbrengen
report-cohort-intro = Een order komt vaak maanden na de aanvraag, dus de geboekte omzet van een jaar is meestal verdiend door eerdere marketing. Hier staan de uitgaven van elk jaar tegenover wat de eigen leads van dat jaar tot nu hebben besteld, wanneer dan ook; de curven tonen hoe die omzet maand na maand groeide.
report-cohort-chart = Omzet van de leads van elk jaar per maand sinds het begin van het jaar
ui-activity-title = Kanaalactiviteit per maand
ui-activity-metric = Maatstaf
ui-activity-cost-per = Kosten per eenheid
ui-activity-none = Voor dit jaar zijn er nog geen activiteitscijfers. Importeer de klikken, vertoningen of opens van uw platforms als bestand van het soort Activiteit.
ui-activity-total = { $metric }: { $count } in het jaar, { $cost } per stuk, { $rate } werd lead
ui-activity-metric-clicks = Klikken
ui-activity-metric-impressions = Vertoningen
ui-activity-metric-opens = Opens
ui-activity-metric-downloads = Downloads
ui-activity-metric-followers = Volgers
