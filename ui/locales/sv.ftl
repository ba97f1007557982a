### Leadledger — svenska. Delas av skrivbordsappen och PDF-rapporten.
### Tal, belopp och datum kommer redan formaterade.

## Common

common-na = e.t.
common-days = { $value } dagar
common-none = inga

## Periods

period-range = { $from } – { $to }
period-quarter = Q{ $number }
period-month-1 = jan
period-month-2 = feb
period-month-3 = mar
period-month-4 = apr
period-month-5 = maj
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
channel-trade-shows = Mässor
channel-online-directories = Onlinekataloger
channel-paid-search = Sök­annonsering
channel-organic-search = Organisk sökning
channel-referral = Rekommendationer
channel-existing-customer = Befintliga kunder
channel-email = E-post
channel-direct-mail = Direktreklam
channel-social = Sociala medier
channel-print = Tryckt annonsering
channel-website-direct = Webbplats (direkt)
channel-outbound-sales = Uppsökande försäljning
channel-unknown = Okänd
source-unknown = Okänd

## The demo company's descriptive source names; proper names (Google Ads, Hannover Messe) stay as they are

demo-source-google-organic = Google (organisk)
demo-source-customer-referral = Kundrekommendation
demo-source-existing-customer = Befintlig kund
demo-source-newsletter = Nyhetsbrev
demo-source-direct-mail = Direktreklamkampanj
demo-source-website-direct = Webbplats direkt
demo-source-cold-calling = Kalla samtal

## Attribution models

model-first-touch = Första interaktion
model-first-touch-definition = Varje lead attribueras helt till den källa där kunden först hörde talas om dig – svaret på ”Hur hörde du talas om oss?”.
model-last-touch = Sista interaktion
model-last-touch-definition = Varje lead attribueras helt till sin senaste kontaktpunkt.
model-linear = Linjär
model-linear-definition = Varje lead fördelas lika på alla sina kontaktpunkter.
model-position-based = Positionsbaserad
model-position-based-definition = Den första och den sista kontaktpunkten får 40 % var; resterande 20 % fördelas på kontaktpunkterna däremellan. Med två kontaktpunkter får var och en hälften.
model-time-decay = Tidsavtagande
model-time-decay-definition = Kontaktpunkter närmare leadets senaste kontakt väger tyngre: en kontaktpunkts vikt halveras { $count ->
    [one] för varje dag
   *[other] för varje { $days } dagar
} den ligger längre tillbaka.
model-data-driven = Datadriven
model-data-driven-definition = Varje lead fördelar sin attribuering mellan de källor den kom via, i proportion till hur mycket varje källa ökar chansen att ett lead blir en order, uppskattat utifrån alla leads kundresor under perioden (en markovkedja). Dess order och intäkter följer samma andelar, så ett lead med en enda källa ger den allt; ändrar ingen av dess källor chansen fördelas det lika, som i den linjära modellen.
model-fallback = Den datadrivna modellen går inte att skatta för den här perioden (inget lead blev en order, eller ingen källa påverkar chansen till det). Siffrorna bygger därför på den linjära modellen.

## Figures: names and plain-words definitions

figure-leads = Leads
figure-leads-definition = Förfrågningar som är verkliga affärsmöjligheter; spam, säljförsök från leverantörer, dubbletter och återköp från befintliga kunder räknas inte. En kanal eller källa får den del av varje lead som attribueringsmodellen ger den.
figure-spend = Marknads­förings­kostnader
figure-spend-definition = Alla marknadsförings- och säljkostnader som bokförts under perioden: annonsering, mässor, personal, programvara, omkostnader. För en kanal eller källa endast de kostnader som bokförts på den.
figure-revenue = Intäkter från marknads­föring
figure-revenue-definition = Värdet av de order som vunnits under perioden och som kom från ett lead, fördelat på källorna enligt attribueringsmodellen.
figure-total-revenue = Total försäljning
figure-total-revenue-definition = Värdet av alla order som vunnits under perioden, inklusive återköp från befintliga kunder.
figure-roi-pct = ROI
figure-roi-pct-definition = Avkastning på investeringen: intäkter från marknadsföring gånger bruttomarginalen, minus kostnaderna, i procent av kostnaderna. 0 % betyder att kostnaderna precis har tjänats in.
figure-romi = ROMI
figure-romi-definition = Intäkter från marknadsföring per satsad valutaenhet.
figure-cpl = Kostnad per lead
figure-cpl-definition = Kostnaderna delat med antalet leads: vad ett lead har kostat.
figure-won-deals = Vunna affärer
figure-won-deals-definition = Order som vunnits under perioden och som kom från ett lead.
figure-deal-conversion-pct = Konverteringsgrad
figure-deal-conversion-pct-definition = Vunna affärer i procent av antalet leads.
figure-lead-to-customer-pct = Andel leads som blir kunder
figure-lead-to-customer-pct-definition = Andelen av periodens leads som före periodens slut ledde till minst en vunnen order.
figure-new-customers = Nya kunder
figure-new-customers-definition = Företag vars allra första order vanns under perioden.
figure-cac = Kund­anskaffnings­kostnad
figure-cac-definition = Periodens samtliga kostnader delat med antalet nya kunder: vad det kostade att vinna en ny kund.
figure-cac-inbound = CAC inbound
figure-cac-inbound-definition = Kostnader för inboundkanaler (där kunderna hittar dig) per ny kund som vunnits via dem.
figure-cac-outbound = CAC outbound
figure-cac-outbound-definition = Kostnader för outboundkanaler (där du söker upp kunderna) per ny kund som vunnits via dem.
figure-value-converted-pct = Mål­uppfyllelse försäljning
figure-value-converted-pct-definition = Total försäljning i procent av årets försäljningsmål; för en kortare period räknas målet om i proportion till antalet dagar.
figure-sales-cycle-days = Säljcykel
figure-sales-cycle-days-definition = Genomsnittligt antal dagar från förfrågan till vunnen order.
figure-sales-cycle-median-days = Säljcykel (median)
figure-sales-cycle-median-days-definition = Mittvärdet av antalet dagar från förfrågan till vunnen order: hälften av ordrarna vanns snabbare, hälften långsammare.
figure-visitor-to-lead-pct = Konvertering besökare till lead
figure-visitor-to-lead-pct-definition = Leads i procent av webbplatsens besökare.
figure-unknown-source-pct = Leads utan känd källa
figure-unknown-source-pct-definition = Andelen leads där ingen har registrerat hur kunden hittade till dig. Ju lägre, desto mer tillförlitliga är alla andra siffror.
figure-retention-pct = Kundbehållning
figure-retention-pct-definition = Andelen av kunderna från samma period ett år tidigare som beställde igen under den här perioden.
figure-clv = Kundlivstidsvärde (CLV)
figure-clv-definition = Vad en kund ger under hela kundrelationen: genomsnittligt ordervärde × order per år × antal år som kund.
figure-clv-to-cac = CLV : CAC
figure-clv-to-cac-definition = Kundlivstidsvärdet delat med kundanskaffningskostnaden: hur många gånger en kund betalar tillbaka vad det kostade att vinna den.
figure-calls = Inkommande samtal
figure-calls-definition = Besvarade inkommande samtal från externa nummer i telefonsystemets logg som började under perioden.
figure-calls-logged-pct = Registrerade samtal
figure-calls-logged-pct-definition = Andelen inkommande samtal där en förfrågan av typen samtal från samma nummer registrerades inom 30 minuter, × 100.
figure-calls-tracked-pct = Samtal till spårningsnummer
figure-calls-tracked-pct-definition = Andelen inkommande samtal till en källas spårningsnummer, × 100.
figure-calls-source-mismatch = Angiven ≠ uppringd
figure-calls-source-mismatch-definition = Registrerade samtal till ett spårningsnummer vars förfrågan anger en annan källa än den uppringda (Okänd räknas inte).
figure-won-leads = Vunna leads
figure-won-leads-definition = Av periodens leads de som ledde till minst en vunnen order före periodens slut.
figure-qualified-leads = Kvalificerade leads
figure-qualified-leads-definition = Periodens leads som markerats som kvalificerade (ett verkligt behov, en köpare, en tidsplan) före periodens slut.
figure-qualified-pct = Kvalificeringsgrad
figure-qualified-pct-definition = Kvalificerade leads i procent av periodens leads.
figure-cost-per-qualified-lead = Kostnad per kvalificerad lead
figure-cost-per-qualified-lead-definition = Kostnaderna delade med antalet kvalificerade leads.
figure-quoted-leads = Leads med offert
figure-quoted-leads-definition = Periodens leads som fått en offert före periodens slut.
figure-quote-rate-pct = Offertgrad
figure-quote-rate-pct-definition = Leads med offert i procent av periodens leads (en lead kan få en offert utan att ha markerats som kvalificerad).
figure-quotes = Skickade offerter
figure-quotes-definition = Offerter daterade i perioden.
figure-quoted-value = Offererat värde
figure-quoted-value-definition = Summan av offerterna daterade i perioden.
figure-quote-hit-rate-pct = Offertträffsäkerhet
figure-quote-hit-rate-pct-definition = Av offerterna som avgjordes i perioden, andelen som vanns.
figure-quote-to-order-days = Offert till order
figure-quote-to-order-days-definition = Det genomsnittliga antalet dagar från offert till vunnen order, över periodens vunna order med offert, återköp inräknade.
figure-quote-to-order-median-days = Offert till order (median)
figure-quote-to-order-median-days-definition = Mitten av dagarna från offert till order: hälften av orderna kom snabbare, hälften långsammare.
figure-cohort-revenue = Kohortintäkt hittills
figure-cohort-revenue-definition = Vad periodens leads har beställt fram till i dag, oavsett när ordern kom.
figure-cohort-roi-pct = Kohort-ROI hittills
figure-cohort-roi-pct-definition = Kohortintäkten hittills gånger bruttomarginalen, minus periodens kostnader, i procent av dessa kostnader.
figure-cohort-maturity-pct = Kohortens mognad
figure-cohort-maturity-pct-definition = Hur stor del av ett års leads intäkter som brukar ha kommit in vid den ålder som periodens leads har nu, avläst från de fem föregående årens leads.
figure-cohort-expected-revenue = Förväntad kohortintäkt
figure-cohort-expected-revenue-definition = Vad periodens leads sannolikt ger totalt: intäkten hittills delad med mognaden.
figure-cohort-expected-roi-pct = Förväntad kohort-ROI
figure-cohort-expected-roi-pct-definition = Den ROI som periodens kostnader sannolikt ger när även de långsamma köparna har beställt, från den förväntade kohortintäkten.

## Where a figure stands against the range expected from earlier years

status-below = Under förväntan
status-within = Inom förväntan
status-above = Över förväntan

## Warnings about the data

warning-empty-period = Perioden { $from } – { $to } har ingen dag på eller före avstämningsdagen { $asof }, så alla siffror är tomma.
warning-unresolved-source = Vissa poster hänvisar till källor som inte längre finns; de har räknats som ”Okänd”.
warning-data-driven-fallback = { model-fallback }
warning-unknown-source-high = För { $pct } av alla leads har ingen registrerat hur kunden hittade till dig. Fråga vid varje förfrågan ”Hur hörde du talas om oss?” och skriv ner svaret.
warning-prior-year-missing = Det finns inga poster daterade { $from } – { $to }, så jämförelsen med föregående år saknas.
warning-small-sample = Siffrorna för källorna nedan vilar på ett litet underlag (färre än 10 leads eller färre än 3 vunna affärer under perioden); tolka deras nyckeltal med försiktighet.
warning-small-sample-source = { $source }: för få leads ({ $leads }) eller vunna affärer ({ $won }) under perioden för att man ska kunna lita på dess nyckeltal.
warning-none = Inga varningar för den här perioden.

## Charts

chart-leads-title = Leads per månad
chart-roi-title = ROI per kanal
chart-money-title = Marknadsföringskostnader och intäkter från marknadsföring per kvartal
chart-no-data = Inga data för perioden.
chart-roi-undefined = Ingen ROI utan kostnader: { $channels }.

## The management report

report-title = Marknadsföringsrapport
report-subtitle = Leads, kostnader och intäkter per kanal och källa
report-unnamed-company = Företagsnamn saknas
report-cover-period = Period
report-cover-as-of = Avstämningsdag
report-cover-model = Attribueringsmodell
report-cover-currency = Valuta
report-cover-ytd = Hittills i år
report-cover-ytd-note = Rapporten omfattar året fram till avstämningsdagen, { $from } – { $to }. Alla jämförelser med tidigare år avser samma period under de åren, förra året alltså { $prevfrom } – { $prevto }.
report-cover-ptd = Fram till avstämningsdagen
report-cover-ptd-note = Rapporten omfattar perioden fram till avstämningsdagen, { $from } – { $to }. Alla jämförelser med tidigare år avser samma period under de åren, förra året alltså { $prevfrom } – { $prevto }.
report-cover-highlights = I korthet
report-footer-page = Sida { $page } av { $pages }
report-footer-made = Framtagen med Leadledger · avstämningsdag { $date }
report-no-data = Inga data för perioden.
report-summary-title = Nyckeltal
report-summary-intro = Varje nyckeltal för { $period } jämfört med samma period ett år tidigare och med det intervall som trenden från upp till fem tidigare år ger. Ett värde utanför intervallet är värt en närmare titt; om högre är bättre beror på nyckeltalet.
report-col-figure = Nyckeltal
report-col-value = Perioden
report-col-prev = Föregående år
report-col-change = Förändring
report-col-expected = Förväntat intervall
report-col-status = Bedömning
report-col-channel = Kanal
report-col-source = Källa
report-change-points = { $value } p.e.
report-channels-title = Per kanal
report-channels-intro = Leads, affärer och intäkter fördelas på kanaler och källor enligt modellen ”{ $model }”.
report-sources-title = Per källa
report-row-general-spend = Kostnader som inte bokförts på en källa
report-row-total = Företaget totalt
report-inactive-channels = { $count ->
    [one] En kanal hade inga leads, kostnader eller intäkter under perioden och visas inte.
   *[other] { $shown } kanaler hade inga leads, kostnader eller intäkter under perioden och visas inte.
}
report-inactive-sources = { $count ->
    [one] En källa hade inga leads, kostnader eller intäkter under perioden och visas inte.
   *[other] { $shown } källor hade inga leads, kostnader eller intäkter under perioden och visas inte.
}
report-charts-title = Diagram
report-models-title = Attribueringsmodeller i jämförelse
report-models-intro = Företagets totalsummor beror inte på attribueringsmodellen, men fördelningen på kanalerna gör det. Varje kolumn visar kanalernas siffror enligt en modell. Där modellerna skiljer sig mycket åt beror en kanals siffror på hur attribueringen görs.
report-models-leads = Leads per kanal
report-models-revenue = Intäkter från marknadsföring per kanal
report-quality-title = Datakvalitet och varningar
report-quality-intro = Varje siffra i rapporten är bara så bra som underlaget bakom den. Kontrollerna nedan visar var underlaget är tunt eller ofullständigt.
report-quality-records = Leads under perioden
report-quality-sources = Källor med aktivitet
report-quality-warnings = Varningar
report-quality-small-sample = Litet underlag
report-calls-title = Samtal: frågas varje uppringare?
report-calls-intro = Telefonväxelns samtalslogg jämförd med de registrerade förfrågningarna. Räknas gör besvarade inkommande samtal från externa nummer; ett samtal är registrerat när en telefonförfrågan från samma nummer togs emot inom 30 minuter från samtalet.
report-calls-count = Inkommande samtal
report-calls-logged = Registrerade samtal
report-calls-tracked = Samtal till spårningsnummer
report-calls-mismatch = Sagt ≠ uppringt
report-calls-expected = Registrerade samtal, förväntat utifrån tidigare år
report-calls-meaning = { $logged } av uppringarna registrerades, så siffrorna per källa ser bara den andelen av telefonförfrågningarna. { $tracked } ringde ett spårningsnummer, som anger källan även när ingen frågade. { $mismatch ->
    [0] Ingen uppringare nämnde en annan källa än numret hen ringde.
    [one] En uppringare nämnde en annan källa än numret hen ringde.
   *[other] { $mismatch } uppringare nämnde en annan källa än numret de ringde.
}
report-calls-low = Färre än 90 % av samtalen registrerades: fråga varje uppringare hur hen hörde talas om oss, annars underskattas telefonens andel av alla leads.
report-calls-none = Samtalsloggen innehåller inga besvarade samtal från externa nummer under perioden.
report-definitions-title = Begrepp
report-definitions-intro = Alla nyckeltal följer Leadledgers definitioner. Belopp avrundas till 2 decimaler och procentsatser till 1 decimal, men endast i visningen; ”{ common-na }” anger ett nyckeltal som inte kan beräknas eftersom nämnaren är noll.
report-definitions-figures = Nyckeltal
report-definitions-models = Attribueringsmodeller

## Skrivbordsappen (ui-…): navigering, vyer och formulär

ui-nav-log = Registrera förfrågan
ui-nav-inquiries = Förfrågningar & affärer
ui-nav-dashboard = Översikt
ui-nav-spend = Kostnader
ui-nav-sources = Källor
ui-nav-import = Import & export
ui-nav-settings = Inställningar
ui-unnamed-company = Företagsnamn saknas
ui-demo-banner = Du utforskar demoföretaget. Inget du matar in här sparas.
ui-save = Spara
ui-saved = Sparat.
ui-cancel = Avbryt
ui-close = Stäng
ui-add = Lägg till
ui-edit = Redigera
ui-remove = Ta bort
ui-undo = Ångra
ui-previous = Föregående
ui-next = Nästa
ui-search = Sök företag, kontakt, telefon, källa…
ui-showing = { $from }–{ $to } av { $total }
ui-show-table = Visa tabell
ui-show-chart = Visa diagram
ui-date = Datum
ui-amount = Belopp
ui-note = Anteckning
ui-total = Summa
ui-from = Från
ui-to = Till
ui-year = År
ui-quarter = Kvartal
ui-month = Månad
ui-channel = Kanal
ui-source = Källa
ui-category = Kategori
ui-direction = Riktning
ui-direction-inbound = Inbound
ui-direction-outbound = Outbound
ui-direction-shared = Gemensam
ui-language-en = English
ui-language-de = Deutsch
ui-language-nl = Nederlands
ui-language-sv = Svenska
ui-language-ru = Русский

ui-welcome-title = Välkommen till Leadledger
ui-welcome-intro = Se vilken marknadsföring som ger förfrågningar, offerter och order, och vad var och en kostar.
ui-welcome-demo = Utforska demoföretaget
ui-welcome-demo-text = Fem år hos en liten legotillverkare med mässor, företagskataloger, sökannonser och rekommendationer. Prova varje vy; inget sparas.
ui-welcome-start = Skapa mitt företag
ui-welcome-currency-note = Valutan kan inte ändras senare: alla belopp lagras i den.

ui-log-title = Registrera en förfrågan
ui-log-source = Hur hörde du talas om oss?
ui-log-source-hint = Tryck 1–9 för en vanlig källa, 0 för okänd, eller skriv för att söka
ui-log-source-matches = Matchande källor
ui-log-company-suggestions = Tidigare företag
ui-log-unknown = Okänd
ui-log-tagged = Spårningsnummer: { $source }
ui-log-need-source = Välj hur den som ringer hittade oss (0 om det är okänt).
ui-log-kind = Typ
ui-log-company = Företag
ui-log-contact = Kontaktperson
ui-log-phone = Telefon
ui-log-email = E-post
ui-log-touchpoint = Hörde även via
ui-log-add-touchpoint = Lägg till ytterligare en kontaktpunkt
ui-log-date = Datum
ui-log-is-lead = Räknas som lead
ui-log-not-lead-hint = Skräppost, leverantörer och återköp är inte leads.
ui-log-editing = Redigerar { $id }
ui-log-recent = Senaste registreringar
ui-log-none-yet = Inget registrerat i dag ännu.
ui-log-saved = { $id } sparad · { $source }
ui-log-waiting = Väntar på att skickas
ui-log-kept-offline = Teamservern går inte att nå: posten sparas på den här datorn och skickas så snart servern är tillbaka.
ui-log-refused = Inte skickad: { $reason }
ui-offline-banner = Offline: teamservern går inte att nå. Det du ser lästes senast { $when }. Nya förfrågningar under Registrera förfrågan sparas och skickas senare.
ui-offline-banner-never = Offline: teamservern går inte att nå, och inget har lästs från den ännu. Nya förfrågningar under Registrera förfrågan sparas och skickas senare.
ui-offline-type-password = Skriv lösenordet
ui-offline-waiting = { $count ->
    [one] En post väntar på att skickas.
   *[other] { $count } poster väntar på att skickas.
}
ui-log-received = Mottagen
ui-log-edit-undone = Ändringarna i { $id } har ångrats.
ui-log-known-customer = Befintlig kund: { $company } ({ $orders ->
    [one] en order
   *[other] { $orders } order
 }, senast { $last }).
ui-log-mark-reorder = Ny beställning, inte en lead
ui-log-marked-reorder = Registreras som ny beställning, inte som lead.
ui-calls-queue-title = Samtal som ingen registrerat, senaste { $days } dagarna
ui-calls-queue-keys = Alt Q: till listan · ↑ ↓ välj · Enter: registrera · N: inget lead · Esc: tillbaka
ui-calls-queue-empty = Alla samtal från de senaste { $days } dagarna är registrerade.
ui-calls-duration = Längd
ui-calls-untracked = Inget spårningsnummer
ui-calls-not-lead-because = Inget lead – varför?
ui-calls-reason-supplier = Leverantör
ui-calls-reason-existing-customer = Befintlig kund
ui-calls-reason-private = Privatsamtal
ui-calls-reason-wrong-number = Fel nummer
ui-calls-open = Registrera samtalet
ui-calls-not-lead = Inget lead
ui-calls-dismissed = { $id } registrerat som inget lead · { $reason }
ui-keys-title = Siffertangenter i registreringsvyn
ui-keys-rule = Fästa källor behåller sin tangent. Övriga tangenter går i tur och ordning till de källor som nämnts oftast de senaste 90 dagarna; de delas ut när filen öppnas och flyttas inte medan du arbetar.
ui-keys-pin = Källa på tangent { $key }
ui-keys-by-rule = enligt regeln
ui-keys-pinned = fäst
ui-keys-unpin = Lossa
ui-keys-free = ledig
ui-kind-call = Samtal
ui-kind-rfq = Offertförfrågan
ui-kind-email = E-post
ui-kind-web_form = Webbformulär
ui-kind-walk_in = Besök
ui-kind-trade_show = Mässa
ui-kind-other = Övrigt

ui-col-received = Mottagen
ui-col-id = Nr
ui-col-lead = Lead
ui-col-actions = Åtgärder
ui-col-deals = Offerter och order
ui-col-deal = Affär
ui-col-quoted = Offererad
ui-col-closed = Avslutad
ui-col-status = Status
ui-deal-open = Öppen
ui-deal-won = Vunnen
ui-deal-lost = Förlorad
ui-deal-mark-won = Markera som vunnen
ui-deal-mark-lost = Markera som förlorad
ui-deal-final-amount = Slutbelopp
ui-deal-reason = Orsak
ui-deal-add-quote = Lägg till offert

ui-spend-all = Alla kostnader
ui-spend-bad-amount = ”{ $text }” är inget belopp.
ui-spend-bad-date = Datum: ange ett datum mellan 1900 och 2200.
ui-spend-cell = { $source }, { $month }
ui-spend-general = Allmänna kostnader
ui-spend-general-hint = Löner, programvara och omkostnader som inte hör till någon enskild källa. Riktningen avgör vilken kundanskaffningskostnad de räknas in i.
ui-spend-no-general = Inga allmänna kostnader i år.
ui-spread = Fördela över
ui-spread-months = { $count ->
    [one] en månad
   *[other] { $count } månader
}
ui-category-advertising = Reklam
ui-category-labor = Löner
ui-category-software = Programvara
ui-category-overhead = Omkostnader
ui-category-distribution = Frakt & porto
ui-category-events = Evenemang
ui-category-other = Övrigt

ui-sources-add = Ny källa
ui-sources-edit = Redigera källa
ui-sources-discard-question = Ändringarna i formuläret är inte sparade. Vill du slänga dem?
ui-sources-discard = Släng ändringarna
ui-sources-keep-editing = Fortsätt redigera
ui-sources-name = Namn
ui-sources-numbers = Spårningsnummer (kommaseparerade)
ui-sources-uses = { $count ->
    [one] en förfrågan
   *[other] { $count } förfrågningar
}
ui-sources-new-channel = Ny kanal
ui-sources-channel-similar = Vill du använda den befintliga kanalen ”{ $channel }”?
ui-sources-channel-use = Använd ”{ $channel }”
ui-sources-channel-create = Skapa ny kanal ”{ $channel }”
ui-sources-merge = Slå ihop källor
ui-sources-merge-hint = Flyttar alla förfrågningar, kostnader och spårningsnummer från en källa till en annan och tar sedan bort den första.
ui-sources-merge-from = Slå ihop
ui-sources-merge-into = med
ui-sources-merge-confirm = Allt från ”{ $from }” flyttas till ”{ $into }”.
ui-sources-read-only = Bara ägaren lägger till, ändrar, slår ihop eller tar bort källor, kanaler och spårningsnummer; din roll i teamet kan bara läsa dem.

ui-period = Period
ui-period-ytd = Hittills i år
ui-period-year = År
ui-period-quarter = Kvartal
ui-period-month = Månad
ui-period-custom = Anpassad
ui-model = Attribuering
ui-vs-last-year = { $change } mot i fjol
ui-expected = Förväntat { $range }
ui-untracked-alarm = För { $pct } av alla leads är källan okänd
ui-untracked-advice = Fråga alla som ringer ”Hur hörde du talas om oss?” – siffrorna per kanal är bara så bra som det svaret.
ui-calls-logged = Registrerade samtal
ui-calls-summary = { $calls ->
    [one] { $calls } inkommande samtal
   *[other] { $calls } inkommande samtal
} · { $tracked } till spårningsnummer
ui-calls-alarm = Bara { $pct } av de besvarade samtalen registrerades
ui-calls-alarm-advice = Varje samtal som inte registrerats är en uppringare som ingen frågade hur hen hörde talas om oss. Listan på registreringssidan visar dem.
ui-calls-mismatches-title = Sagt ≠ uppringt
ui-calls-mismatches-intro = De här uppringarna nämnde en annan källa än spårningsnumret de ringde. Båda lämnas som de är; siffrorna följer det uppringaren sa.
ui-calls-col-time = Samtal
ui-calls-col-number = Nummer
ui-calls-col-said = Sagt
ui-calls-col-dialled = Uppringt
ui-calls-col-inquiry = Förfrågan
ui-chart-leads = Leads per månad, { $year } jämfört med de två föregående åren
ui-chart-cpl = Kostnad per lead per källa
ui-warnings = Varningar
ui-compare-models = Attribueringsmodeller i jämförelse
ui-compare-models-show = Jämför alla modeller

ui-import-title = Importera en CSV-fil
ui-import-choose = Välj fil…
ui-import-path = Fil
ui-import-preview = Förhandsvisa
ui-import-encoding = Teckenkodning
ui-import-delimiter = Avgränsare
ui-import-decimal = Decimaltecken
ui-import-dates = Datum
ui-import-kind = Poster
ui-import-create-sources = Skapa saknade källor
ui-import-run = Importera
ui-import-running = Importerar…
ui-import-accepted = { $rows } rader importerade: { $inserted } nya, { $updated } ändrade, { $unchanged } oförändrade.
ui-import-refused = { $count ->
    [one] Inget importerades: en rad behöver rättas.
   *[other] Inget importerades: { $count } rader behöver rättas.
}
ui-import-errors-file = Här visas de första { $shown }; alla problem finns i { $path }.
ui-import-row = Rad
ui-import-column = Kolumn
ui-import-reason = Problem
ui-kind-file-inquiries = Förfrågningar
ui-kind-file-deals = Offerter och order
ui-kind-file-spend = Kostnader
ui-kind-file-sources = Källor
ui-kind-file-targets = Mål
ui-kind-file-traffic = Webbplatsbesökare
ui-kind-file-activity = Aktivitet (klick, öppningar …)
ui-import-what = Vad filen innehåller
ui-import-what-records = Poster (förfrågningar, offerter, kostnader …)
ui-import-what-calls = Telefonväxelns samtalslogg
ui-calls-import-format = Upplägg
ui-calls-format-auto = Känn igen automatiskt
ui-calls-format-asterisk = Asterisk / FreePBX Master.csv
ui-calls-format-fritzbox = FRITZ!Box samtalslista
ui-calls-format-3cx = 3CX samtalshistorik (version 20)
ui-calls-format-plain = Enkel form
ui-calls-format-columns = Annat upplägg, efter dess kolumner
ui-calls-import-columns = Kolumner i ett annat upplägg
ui-calls-import-columns-hint = För en telefonväxel som inte finns här: ange filens kolumner som started_at=…,caller=…,dialled=… (started_at, caller och dialled behövs; duration_s, answered, direction, extension och call_id kan följa).
ui-calls-read-as = Upplägg som lästes: { $format } · teckenkodning: { $encoding }
ui-calls-preview-counts = { $calls ->
    [one] Ett samtal från ett externt nummer: { $new } nya, { $already } redan sparade.
   *[other] { $calls } samtal från externa nummer: { $new } nya, { $already } redan sparade.
}
ui-calls-left-out = Utelämnade: utgående { $outgoing }, interna { $internal }, dolt nummer { $withheld }.
ui-calls-col-answered = Besvarat
ui-calls-answered-yes = ja
ui-calls-answered-no = nej
ui-calls-imported = { $new ->
    [one] Ett nytt samtal sparat, { $already } redan sparade.
   *[other] { $new } nya samtal sparade, { $already } redan sparade.
}
ui-calls-tagged = { $count ->
    [one] En förfrågan med okänd källa har nu källan för det uppringda spårningsnumret.
   *[other] { $count } förfrågningar med okänd källa har nu källan för det uppringda spårningsnumret.
}
ui-calls-purged = { $count ->
    [one] Ett samtal äldre än lagringstiden har förlorat sitt nummer.
   *[other] { $count } samtal äldre än lagringstiden har förlorat sina nummer.
}
ui-export-title = Exportera
ui-export-run = Exportera som CSV…
ui-export-done = Sparat i { $path }

ui-settings-company = Företagsnamn
ui-settings-currency = Valuta
ui-settings-currency-fixed = Bestämdes när företaget skapades.
ui-settings-fiscal-start = Räkenskapsåret börjar i
ui-settings-margin = Bruttomarginal (%)
ui-settings-margin-hint = Avkastningen räknar med denna andel av intäkterna; 100 räknar hela intäkten.
ui-settings-half-life = Halveringstid i modellen Tidsavtagande (dagar)
ui-settings-half-life-hint = Hur snabbt äldre kontaktpunkter tappar vikt i modellen Tidsavtagande.
ui-settings-call-retention = Samtal behåller sina nummer (månader)
ui-settings-call-retention-hint = Ett samtal i telefonsystemets logg som är äldre förlorar uppringarens och det uppringda numret; det som nyckeltalen behöver sparas.
ui-settings-language = Språk
ui-settings-file = Databas: { $path }
ui-settings-read-only = Bara ägaren ändrar företagets inställningar; din roll i teamet kan bara läsa dem.
ui-backups-title = Säkerhetskopior
ui-backups-hint = Leadledger säkerhetskopierar databasen automatiskt varje dag och före varje uppdatering, till mappen ”backups” bredvid filen. 7 dagliga, 4 veckovisa och 12 månatliga kopior sparas.
ui-backups-none = Inga säkerhetskopior ännu.
ui-backups-demo = Demoföretaget finns bara i minnet och har inga säkerhetskopior.
ui-backups-now = Säkerhetskopiera nu
ui-backups-done = Säkerhetskopian { $name } har skapats.
ui-backups-restore = Återställ…
ui-backups-col-when = Skapad
ui-backups-col-kind = Typ
ui-backups-col-size = Storlek
ui-backups-size = { $mb } MB
ui-backup-kind-daily = Daglig
ui-backup-kind-weekly = Veckovis
ui-backup-kind-monthly = Månatlig
ui-backup-kind-manual = Manuell
ui-backup-kind-pre-migration = Före en uppdatering
ui-backup-kind-pre-restore = Före en återställning
ui-backup-kind-damaged = Skadad fil
ui-backup-kind-other = Övrig
ui-restore-title = Återställa den här säkerhetskopian?
ui-restore-body = Databasen ersätts av säkerhetskopian från { $when }. Den nuvarande databasen sparas först som en säkerhetskopia, så att du kan gå tillbaka till den.
ui-restore-confirm = Återställ
ui-restore-done = Säkerhetskopian från { $when } har återställts.
ui-damaged-banner = Den här databasen är skadad. Den är öppen i skrivskyddat läge: du kan se dina siffror men inte ändra något.
ui-damaged-restore = Återställ säkerhetskopian från { $when }
ui-damaged-no-backup = Det finns ingen felfri säkerhetskopia att återställa. Kopiera först filen { $file } till en säker plats.
ui-problem-corrupt-title = Den här databasen är skadad
ui-problem-corrupt-body = Filen { $file } är skadad och kan inte läsas.
ui-problem-too-new-title = Den här databasen kommer från en nyare version av Leadledger
ui-problem-too-new-body = Filen { $file } har skrivits av en nyare version av Leadledger (databasversion { $found }; den här versionen stöder högst { $supported }). Uppdatera Leadledger för att öppna den. Filen har inte ändrats.
ui-problem-not-a-database-title = Det här är ingen Leadledger-databas
ui-problem-not-a-database-body = Filen { $file } är ingen Leadledger-databas, eller så är dess början skadad. Filen har inte ändrats.
ui-problem-unreadable-title = Databasen kan inte öppnas
ui-problem-unreadable-body = Filen { $file } kunde inte öppnas: { $reason }
ui-problem-restore-hint = Vid återställning sparas den nuvarande filen i mappen med säkerhetskopior.
ui-location-network-share = Den här databasen ligger på en nätverksenhet ({ $detail }). Om två datorer använder den samtidigt kan den skadas. Flytta den till den här datorns egen disk och dela i stället säkerhetskopior eller exporter.
ui-location-cloud-folder = Den här databasen ligger i molnsynkmappen ”{ $detail }”. Synkroniseringen kan kopiera filen medan den skrivs, så att ändringar går förlorade. Flytta den till en lokal mapp och låt i stället säkerhetskopiorna synkas till molnet.
ui-dismiss = Dölj
ui-error-read-only = Databasen är skadad och öppen i skrivskyddat läge. Återställ en säkerhetskopia innan du ändrar något.
ui-undo-expired = Den här borttagningen kan inte längre ångras.
ui-error-conflict = Någon annan ändrade posten medan du redigerade den. Här visas den som den ser ut nu: gör din ändring igen och spara.
ui-error-conflict-removed = Någon annan tog bort posten medan du redigerade den; ingenting sparades.
ui-restored = Återställd.
ui-deleted-inquiry = Förfrågan { $id } borttagen
ui-deleted-deal = Offert eller order { $id } borttagen
ui-deleted-spend = Kostnad på { $amount } den { $date } borttagen
ui-deleted-source = Källan ”{ $label }” borttagen
ui-delete-inquiry = Ta bort förfrågan
ui-import-reading = Läser filen…
ui-import-storing = Kontrollerar och sparar rader: { $done } av { $total }
ui-import-saving = Sparar…
ui-import-encoding-auto = Identifierad ({ $name })
ui-import-encoding-guessed = Texten passar mer än en teckentabell, så { $name } valdes utifrån ditt språk. Om namnen ser fel ut, välj teckenkodning ovan.
ui-import-kind-choose = Välj…
ui-import-kind-unknown = Rubrikraden passar inte en enda sorts poster: välj vad filen innehåller.
ui-import-read-as = Läst som { $encoding }.
ui-import-channel-changed = Kanalen { $channel } är nu { $to } (var { $from }).
ui-import-created-sources = Nya källor (i kanalen Okänd): { $names }
ui-template-title = Mallar
ui-template-hint = En tom fil med rätt kolumner, att fylla i ett kalkylprogram.
ui-template-save = Spara mall…
ui-template-done = Mallen sparades i { $path }

## Reports screen

ui-nav-reports = Rapporter
ui-reports-title = Ledningsrapport
ui-reports-intro = PDF:en till ägaren, delägarna eller banken: nyckeltal jämfört med tidigare år, kanaler och källor, diagram och definitioner. Bläddra igenom sidorna och spara sedan.
ui-reports-language = Rapportens språk
ui-reports-paper = Pappersformat
ui-reports-paper-a4 = A4
ui-reports-paper-letter = US Letter
ui-reports-preview = Förhandsgranska
ui-reports-rendering = Sidorna sätts upp…
ui-reports-save = Spara PDF…
ui-reports-saving = Sparar…
ui-reports-saved = { $pages ->
    [one] En sida sparad i { $path }
   *[other] { $pages } sidor sparade i { $path }
}
ui-reports-pages = { $count ->
    [one] En sida
   *[other] { $count } sidor
}
ui-reports-page = Sida { $page } av { $pages }
ui-reports-open-page = Förstora sida { $page } av { $pages }
ui-reports-keys = ← → bläddrar · Esc stänger
ui-reports-stale = Du har ändrat valen sedan den här förhandsgranskningen. Tryck på ”Förhandsgranska” för att se de nya sidorna.
ui-reports-empty = Tryck på ”Förhandsgranska” för att se varje sida innan du sparar PDF:en.
ui-reports-error-dates = Kontrollera datumen: slutdatumet måste ligga efter startdatumet, i ett år som Leadledger kan hantera.
ui-reports-error-invalid = Ett av valen går inte att använda; det är rödmarkerat.
ui-reports-error-disk-full = Disken är full, så rapporten sparades inte. Frigör utrymme och försök igen.
ui-reports-error-write = Rapporten kunde inte sparas där. Ingenting skrevs; välj en annan mapp.
ui-reports-error-no-company = Öppna först demoföretaget eller ditt eget företag.

## Rows that open by keyboard, leaving the demo, what each dashboard chart shows (for screen readers)
ui-inquiries-keys = Varje rad öppnas med Enter eller mellanslag och visar sina offerter och order; med piltangenterna går du mellan raderna.
ui-demo-leave = Börja med mitt företag
ui-chart-leads-alt = Diagram över leads per månad: { $year } som staplar, { $previous } och { $before } som linjer
ui-chart-roi-alt = Stapeldiagram över ROI per kanal, i procent
ui-chart-cpl-alt = Stapeldiagram över kostnad per lead per källa, källorna med flest leads först

## Team mode: connecting to a team server, and being offline
ui-team-connect-title = Anslut till en teamserver
ui-team-connect-text = Ert team har sina uppgifter på en PostgreSQL-server. Fråga den som satte upp den efter uppgifterna nedan.
ui-team-host = Server
ui-team-port = Port
ui-team-database = Databas
ui-team-user = Användarnamn
ui-team-password = Lösenord
ui-team-password-note = Lösenordet sparas i datorns nyckelring där en sådan finns; annars frågar Leadledger efter det vid varje start, om inte LEADLEDGER_PASSWORD är satt. Leadledger sparar det aldrig själv.
ui-team-tls = Kryptering
ui-team-tls-prefer = När servern erbjuder det
ui-team-tls-require = Alltid
ui-team-tls-verify-full = Alltid, med kontroll av certifikatet
ui-team-invite-open = Öppna en inbjudningsfil…
ui-team-invite-chosen = Inbjudan: { $file }
ui-team-invite-clear = Ange servern för hand
ui-team-invite-note = Ägarens inbjudan anger servern och låter Leadledger kontrollera dess certifikat; du fyller i ditt användarnamn och lösenord.
ui-team-connect = Anslut
ui-team-work-offline = Arbeta offline så länge
ui-team-work-offline-note = Registrera förfrågan tar fortsatt emot samtal på den här datorn; de skickas när du har skrivit lösenordet.
ui-team-connecting = Ansluter …
ui-team-on = Teamserver: { $place }
ui-team-remembered = Förra gången: { $place }
ui-team-error-auth-failed = Servern godtog inte användarnamnet eller lösenordet. Kontrollera båda och försök igen.
ui-team-error-offline = Teamservern går inte att nå. Kontrollera att den är påslagen och att den här datorn är ansluten till dess nätverk.
ui-team-error-not-found = Servern har ingen databas med det namnet.
ui-team-error-not-a-database = Det här är ingen Leadledger-databas, eller så är den fortfarande tom: ägaren förbereder den först.
ui-team-error-server-too-old = Servern kör en PostgreSQL som är äldre än version 15; Leadledger behöver version 15 eller senare.
ui-team-error-needs-upgrade = Teamdatabasen skapades med en äldre version av Leadledger. Ägaren uppgraderar den först (leadledger team upgrade).
ui-team-error-database-too-new = Teamdatabasen kommer från en nyare version av Leadledger. Uppdatera Leadledger på den här datorn.
ui-team-error-tls-failed = Det gick inte att upprätta en krypterad anslutning till servern. Kontrollera inställningen för kryptering och serverns certifikat.
ui-team-error-forbidden = Den här inloggningen har ännu ingen roll i teamdatabasen. Ägaren lägger till dig (leadledger team add-user).
ui-team-error-other = Anslutningen misslyckades.
ui-team-backup-failed = Dagens kopia av teamdatabasen kunde inte göras ({ $detail }). Ditt arbete är sparat på servern; Leadledger försöker igen nästa gång databasen öppnas.
ui-error-offline = Offline: teamservern går inte att nå. Inget har ändrats; försök igen när den går att nå.

## Ägarens PIN-kod (ärende 14)
ui-pin-title = Ägarens PIN-kod
ui-pin-intro = På en dator som personalen delar låser ägarens PIN-kod pengavyerna: översiktens penningtal, Kostnader, Rapporter, Import & export samt Säkerhetskopior. Att registrera förfrågningar förblir öppet.
ui-pin-is-set = En PIN-kod för ägaren är inställd. Ange den nuvarande koden för att ändra eller ta bort den.
ui-pin-team = I en teamdatabas gäller inte ägarens PIN-kod: där avgör serverns roller vem som ser vad.
ui-pin-current = Nuvarande PIN-kod
ui-pin-new = Ny PIN-kod
ui-pin-repeat = Upprepa den nya PIN-koden
ui-pin-rule = En PIN-kod består av 4 till 12 siffror (0–9), inget annat.
ui-pin-mismatch = De två nya PIN-koderna skiljer sig åt.
ui-pin-set = Ange PIN-kod
ui-pin-change = Byt PIN-kod
ui-pin-clear = Ta bort PIN-kod
ui-pin-lock = Lås nu
ui-pin-set-done = PIN-koden är inställd. Pengavyerna låses när du trycker på Lås och vid nästa start.
ui-pin-changed = PIN-koden är bytt.
ui-pin-cleared = PIN-koden är borttagen; pengavyerna är öppna.
ui-pin-locked-now = Pengavyerna är låsta.
ui-pin-honest = PIN-koden låser de här vyerna, inte filen: databasen är inte krypterad, och den som kan öppna filen med ett annat program kan läsa den.
ui-pin-forgot = Glömt PIN-koden? Den som kan öppna databasfilen tar bort den med:
ui-pin-locked-title = Låst med ägarens PIN-kod
ui-pin-locked-text = Penningtalen är dolda tills ägarens PIN-kod har angetts. Förfrågningar och andelen utan källa syns fortfarande i översikten.
ui-pin-field = Ägarens PIN-kod
ui-pin-open = Öppna
ui-pin-wrong = Den PIN-koden stämmer inte.
ui-pin-wait = För många felaktiga PIN-koder. Försök igen om { $seconds } s.
ui-nav-lock = Lås
ui-error-locked = Det här är låst med ägarens PIN-kod. Ange den för att öppna pengavyerna.
ui-error-forbidden = Din roll i teamet tillåter inte det här; bara ägaren kan göra det.

# Inställningar → Team (ärende 14): ägarens plats hanterar personerna i en teamdatabas.
ui-invite-title = Bjud in en arbetsplats
ui-invite-hint = Med inbjudningsfilen ansluter en annan dator och serverns certifikat kontrolleras. Den innehåller servern som arbetsplatserna når den, databasen och utfärdaren som signerade certifikatet; inget användarnamn och inget lösenord, så den får skickas med e-post.
ui-invite-ca = Välj utfärdarens certifikat…
ui-invite-ca-chosen = Certifikat: { $file }
ui-invite-save = Spara inbjudan…
ui-invite-saved = Inbjudan sparades i { $file }.
ui-team-people-title = Team
ui-team-people-hint = Var och en loggar in med ett eget namn och lösenord. Ägare ser allt; försäljning ser förfrågningar och affärer utan belopp; receptionen ser förfrågningar och samtalskön. Servern själv nekar varje roll det den inte får se.
ui-team-people-none = Ingen har lagts till än.
ui-team-people-login = Inloggningsnamn
ui-team-people-role = Roll
ui-team-people-password = Lösenord
ui-team-people-add = Lägg till person
ui-team-people-remove = Ta bort
ui-team-people-reset = Nytt lösenord
ui-team-people-reset-done = { $login } har ett nytt lösenord.
ui-team-role-owner = Ägare
ui-team-role-sales = Försäljning
ui-team-role-desk = Reception

# The funnel and the cohorts (issue 15).
ui-qualify = Markera som kvalificerad
ui-unqualify = Inte kvalificerad
ui-qualified = Kvalificerad
ui-qualified-on = Kvalificerad { $date }
ui-qualify-date = Kvalificerad den
ui-qualify-hint = Alt+U markerar leaden som kvalificerad i dag, eller på datumet bredvid.
ui-open-quotes = Öppna offerter
ui-open-quotes-none = Ingen offert väntar på ett beslut.
ui-quote-waiting = Väntar
ui-quote-age = { $days ->
    [one] { $days } dag
   *[other] { $days } dagar
}
ui-funnel-title = Tratt: från lead till order
ui-funnel-alt = Stapeldiagram över varje källas leads, kvalificerade leads, leads med offert och vunna leads i perioden
ui-funnel-all = Alla källor
ui-cohort-title = Kohorter: vad varje års leads gav
ui-cohort-alt = Linjediagram över intäkterna som varje års leads har gett hittills, summerade månad för månad sedan årets början
ui-cohort-months = Månader sedan årets början
ui-cohort-year = Leads från
ui-cohort-expected = Årets leads ger sannolikt totalt { $revenue } (ROI { $roi }); { $maturity } av det brukar ha kommit in vid det här laget.
ui-cohort-unknown = Tidigare års leads har ännu inga intäkter, så årets går inte att förutse.
report-funnel-title = Tratten: från lead till order
report-funnel-intro = Av periodens leads: hur många som markerades som kvalificerade, hur många som fick en offert och hur många som beställde. Varje andel gäller alla periodens leads, eftersom en lead kan få en offert utan att ha markerats som kvalificerad.
report-funnel-chart = Leads, kvalificerade, med offert och vunna per källa
report-cohort-title = Kohorter: vad varje års leads ger
report-cohort-intro = En order kommer ofta månader efter förfrågan, så ett års bokförda intäkter tjänades mest av tidigare marknadsföring. Här ställs varje års kostnader mot vad årets egna leads har beställt hittills, när det än skedde; kurvorna visar hur intäkterna växte månad för månad.
report-cohort-chart = Intäkter från varje års leads per månad sedan årets början
ui-activity-title = Kanalaktivitet per månad
ui-activity-metric = Mått
ui-activity-cost-per = Kostnad per enhet
ui-activity-none = Det finns ännu inga aktivitetssiffror för året. Importera klick, visningar eller öppningar från era plattformar som en fil av typen Aktivitet.
ui-activity-total = { $metric }: { $count } under året, { $cost } styck, { $rate } blev leads
ui-activity-metric-clicks = Klick
ui-activity-metric-impressions = Visningar
ui-activity-metric-opens = Öppningar
ui-activity-metric-downloads = Nedladdningar
ui-activity-metric-followers = Följare
