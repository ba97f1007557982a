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
channel-paid-search = Zoekmachineadverteren
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

## Attribution models

model-first-touch = Eerste interactie
model-first-touch-definition = Elke lead wordt volledig toegerekend aan de bron waar de prospect voor het eerst van u hoorde: het antwoord op ‘Hoe bent u bij ons terechtgekomen?’.
model-last-touch = Laatste interactie
model-last-touch-definition = Elke lead wordt volledig toegerekend aan zijn meest recente contactmoment.
model-linear = Lineair
model-linear-definition = Elke lead wordt gelijk verdeeld over al zijn contactmomenten.
model-position-based = Positiegebaseerd
model-position-based-definition = Het eerste en het laatste contactmoment krijgen elk 40% van de toerekening; de overige 20% wordt verdeeld over de contactmomenten daartussen. Bij twee contactmomenten krijgt elk de helft.
model-time-decay = Tijdverval
model-time-decay-definition = Contactmomenten dichter bij het laatste contact van de lead tellen zwaarder: het gewicht van een contactmoment halveert voor elke { $days } dagen dat het verder terug ligt.
model-data-driven = Datagestuurd
model-data-driven-definition = De toerekening volgt hoeveel elke bron de kans vergroot dat een lead een order wordt, geschat uit de klantreizen van alle leads in de periode (een markovketen). De leads zelf worden verdeeld zoals in het lineaire model.
model-fallback = Het datagestuurde model is voor deze periode niet te schatten (geen enkele lead werd een order, of geen bron verandert de kans daarop). De cijfers gebruiken daarom het lineaire model.

## Figures: names and plain-words definitions

figure-leads = Leads
figure-leads-definition = Aanvragen met een echte verkoopkans; spam, verkooppraatjes van leveranciers, dubbele aanvragen en nabestellingen van bestaande klanten tellen niet mee. Een kanaal of bron krijgt het deel van elke lead dat het toerekeningsmodel eraan toekent.
figure-spend = Marketinguitgaven
figure-spend-definition = Alle in de periode geboekte marketing- en verkoopkosten: advertenties, beurzen, personeel, software, overhead. Bij een kanaal of bron alleen de kosten die daarop geboekt zijn.
figure-revenue = Omzet uit marketing
figure-revenue-definition = De waarde van de in de periode gewonnen orders die uit een lead voortkwamen, door het toerekeningsmodel over de bronnen verdeeld.
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
figure-cac = Klantwervingskosten
figure-cac-definition = Alle uitgaven in de periode gedeeld door het aantal nieuwe klanten: wat het werven van één nieuwe klant heeft gekost.
figure-cac-inbound = Klantwervingskosten inbound
figure-cac-inbound-definition = Uitgaven aan inboundkanalen (waarlangs klanten u vinden) per nieuwe klant die via die kanalen is gewonnen.
figure-cac-outbound = Klantwervingskosten outbound
figure-cac-outbound-definition = Uitgaven aan outboundkanalen (waarlangs u klanten benadert) per nieuwe klant die via die kanalen is gewonnen.
figure-value-converted-pct = Realisatie omzetdoel
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

## Where a figure stands against the range expected from earlier years

status-below = Onder verwachting
status-within = Binnen verwachting
status-above = Boven verwachting

## Warnings about the data

warning-empty-period = De periode { $from } – { $to } bevat geen dag op of vóór de peildatum { $asof }; alle cijfers zijn daarom leeg.
warning-unresolved-source = Sommige gegevens verwijzen naar bronnen die niet meer bestaan; ze zijn als ‘Onbekend’ geteld.
warning-data-driven-fallback = { model-fallback }
warning-unknown-source-high = Bij { $pct } van de leads is niet vastgelegd hoe de prospect bij u terechtkwam. Vraag bij elke aanvraag ‘Hoe bent u bij ons terechtgekomen?’ en noteer het antwoord.
warning-prior-year-missing = Er zijn geen gegevens van { $from } – { $to }, dus de vergelijking met vorig jaar ontbreekt.
warning-small-sample = De cijfers van de hieronder vermelde bronnen berusten op kleine aantallen (minder dan 10 leads of minder dan 3 gewonnen orders in de periode); trek uit hun ratio’s dus geen harde conclusies.
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
report-cover-model = Toerekeningsmodel
report-cover-currency = Valuta
report-cover-ytd = Lopend jaar
report-cover-ytd-note = Dit rapport beslaat het lopende jaar tot nu toe, { $from } – { $to }. Elke vergelijking met eerdere jaren gebruikt dezelfde periode van die jaren, vorig jaar dus { $prevfrom } – { $prevto }.
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
report-col-expected = Verwachte bandbreedte
report-col-status = Beoordeling
report-col-channel = Kanaal
report-col-source = Bron
report-change-points = { $value } %-punt
report-channels-title = Per kanaal
report-channels-intro = Leads, orders en omzet worden aan kanalen en bronnen toegerekend volgens het model ‘{ $model }’.
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
report-models-title = Toerekeningsmodellen vergeleken
report-models-intro = De totalen van het bedrijf hangen niet af van het toerekeningsmodel, de verdeling over de kanalen wel. Elke kolom toont de cijfers van de kanalen volgens één model. Waar de modellen sterk verschillen, hangen de cijfers van een kanaal af van de manier van toerekenen.
report-models-leads = Leads per kanaal
report-models-revenue = Omzet uit marketing per kanaal
report-quality-title = Datakwaliteit en waarschuwingen
report-quality-intro = Elk cijfer in dit rapport is maar zo goed als de gegevens erachter. Deze controles laten zien waar de gegevens dun of onvolledig zijn.
report-quality-records = Leads in de periode
report-quality-sources = Bronnen met activiteit
report-quality-warnings = Waarschuwingen
report-quality-small-sample = Kleine aantallen
report-definitions-title = Begrippen
report-definitions-intro = Alle cijfers volgen de definities van Leadledger. Bedragen worden alleen voor de weergave afgerond op 2 decimalen en percentages op 1 decimaal; ‘{ common-na }’ staat bij een cijfer dat niet te berekenen is omdat de noemer nul is.
report-definitions-figures = Kengetallen
report-definitions-models = Toerekeningsmodellen
