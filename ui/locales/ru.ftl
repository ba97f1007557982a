### Leadledger — русский. Общий файл для настольного приложения и PDF-отчёта.
### Числа, суммы и даты приходят уже отформатированными.

## Common

common-na = н/д
common-days = { $value } дн.
common-none = нет

## Periods

period-range = { $from } – { $to }
period-quarter = { $number } кв.
period-month-1 = янв
period-month-2 = фев
period-month-3 = мар
period-month-4 = апр
period-month-5 = май
period-month-6 = июн
period-month-7 = июл
period-month-8 = авг
period-month-9 = сен
period-month-10 = окт
period-month-11 = ноя
period-month-12 = дек

## Channel directions and the channels a new database starts with

direction-inbound = Входящий
direction-outbound = Исходящий
channel-trade-shows = Выставки
channel-online-directories = Онлайн-каталоги
channel-paid-search = Контекстная реклама
channel-organic-search = Органический поиск
channel-referral = Рекомендации
channel-existing-customer = Действующие клиенты
channel-email = Электронная почта
channel-direct-mail = Почтовая рассылка
channel-social = Социальные сети
channel-print = Печатная реклама
channel-website-direct = Сайт (прямые заходы)
channel-outbound-sales = Активные продажи
channel-unknown = Неизвестно
source-unknown = Неизвестно

## The demo company's descriptive source names; proper names (Google Ads, Hannover Messe) stay as they are

demo-source-google-organic = Google (органика)
demo-source-customer-referral = Рекомендация клиента
demo-source-existing-customer = Действующий клиент
demo-source-newsletter = Рассылка
demo-source-direct-mail = Почтовая кампания
demo-source-website-direct = Прямые заходы на сайт
demo-source-cold-calling = Холодные звонки

## Attribution models

model-first-touch = Первое взаимо­действие
model-first-touch-definition = Лид целиком засчитывается источнику, из которого клиент впервые узнал о вас, — ответу на вопрос «Откуда вы о нас узнали?».
model-last-touch = Последнее взаимо­действие
model-last-touch-definition = Лид целиком засчитывается последней точке контакта.
model-linear = Линейная
model-linear-definition = Лид делится поровну между всеми своими точками контакта.
model-position-based = С привязкой к позиции
model-position-based-definition = Первая и последняя точки контакта получают по 40 %, оставшиеся 20 % делятся между промежуточными точками контакта. При двух точках контакта каждая получает половину.
model-time-decay = С учётом давности
model-time-decay-definition = Точки контакта, более близкие к последнему контакту лида, весят больше: вес точки контакта уменьшается вдвое за { $count ->
    [one] каждый { $days } день
    [few] каждые { $days } дня
    [many] каждые { $days } дней
   *[other] каждые { $days } дня
} удалённости.
model-data-driven = На основе данных
model-data-driven-definition = Каждый лид делит свой вклад между источниками, через которые он пришёл, пропорционально тому, насколько каждый из них повышает вероятность того, что лид станет заказом; оценка строится по цепочкам касаний всех лидов периода (цепь Маркова). Его заказы и выручка делятся в тех же долях, так что лид с одним источником отдаёт ему всё; если ни один из его источников не меняет эту вероятность, вклад делится поровну, как в линейной модели.
model-fallback = Модель на основе данных за этот период построить нельзя (ни один лид не стал заказом или ни один источник не влияет на вероятность заказа), поэтому показатели рассчитаны по линейной модели.

## Figures: names and plain-words definitions

figure-leads = Лиды
figure-leads-definition = Обращения, за которыми стоит реальная возможность продажи; спам, предложения поставщиков, дубликаты и повторные заказы действующих клиентов не учитываются. Каналу или источнику засчитывается та доля каждого лида, которую ему отводит модель атрибуции.
figure-spend = Расходы на маркетинг
figure-spend-definition = Все расходы на маркетинг и продажи, учтённые за период: реклама, выставки, персонал, программы, накладные расходы. Для канала или источника — только отнесённые на него расходы.
figure-revenue = Выручка от маркетинга
figure-revenue-definition = Сумма заказов, выигранных за период и пришедших из лидов, распределённая между источниками по модели атрибуции.
figure-total-revenue = Общая выручка
figure-total-revenue-definition = Сумма всех заказов, выигранных за период, включая повторные заказы действующих клиентов.
figure-roi-pct = ROI
figure-roi-pct-definition = Окупаемость инвестиций: выручка от маркетинга, умноженная на валовую маржу, за вычетом расходов, в процентах от расходов. 0 % означает, что расходы ровно окупились.
figure-romi = ROMI
figure-romi-definition = Выручка от маркетинга на каждую потраченную денежную единицу.
figure-cpl = Стоимость лида
figure-cpl-definition = Расходы, делённые на число лидов: во что обошёлся один лид.
figure-won-deals = Выигранные сделки
figure-won-deals-definition = Заказы, выигранные за период и пришедшие из лидов.
figure-deal-conversion-pct = Конверсия в сделку
figure-deal-conversion-pct-definition = Выигранные сделки в процентах от числа лидов.
figure-lead-to-customer-pct = Конверсия лида в клиента
figure-lead-to-customer-pct-definition = Доля лидов, полученных за период, которые к концу периода принесли хотя бы один выигранный заказ.
figure-new-customers = Новые клиенты
figure-new-customers-definition = Компании, самый первый заказ которых выигран в этом периоде.
figure-cac = Стоимость привлечения клиента
figure-cac-definition = Все расходы за период, делённые на число новых клиентов: во что обошлось привлечение одного клиента.
figure-cac-inbound = CAC по входящим каналам
figure-cac-inbound-definition = Расходы на входящие каналы (через которые клиенты находят вас) на одного нового клиента, привлечённого через них.
figure-cac-outbound = CAC по исходящим каналам
figure-cac-outbound-definition = Расходы на исходящие каналы (через которые вы выходите на клиентов) на одного нового клиента, привлечённого через них.
figure-value-converted-pct = Выполнение плана продаж
figure-value-converted-pct-definition = Общая выручка в процентах от годового плана продаж; для более короткого периода план берётся пропорционально числу дней.
figure-sales-cycle-days = Цикл сделки
figure-sales-cycle-days-definition = Среднее число дней от обращения до выигранного заказа.
figure-sales-cycle-median-days = Цикл сделки (медиана)
figure-sales-cycle-median-days-definition = Медиана числа дней от обращения до выигранного заказа: половина заказов выиграна быстрее, половина — медленнее.
figure-visitor-to-lead-pct = Конверсия посетителей в лиды
figure-visitor-to-lead-pct-definition = Лиды в процентах от числа посетителей сайта.
figure-unknown-source-pct = Лиды без источника
figure-unknown-source-pct-definition = Доля лидов, по которым никто не записал, откуда клиент узнал о вас. Чем она ниже, тем надёжнее все остальные показатели.
figure-retention-pct = Удержание клиентов
figure-retention-pct-definition = Доля клиентов, заказывавших в тот же период годом ранее, которые снова сделали заказ в этом периоде.
figure-clv = Пожизненная ценность клиента (CLV)
figure-clv-definition = Сколько клиент приносит за всё время сотрудничества: средний чек × число заказов в год × число лет сотрудничества.
figure-clv-to-cac = CLV : CAC
figure-clv-to-cac-definition = Пожизненная ценность клиента, делённая на стоимость его привлечения: во сколько раз клиент окупает затраты на его привлечение.
figure-calls = Входящие звонки
figure-calls-definition = Принятые входящие звонки с внешних номеров из журнала телефонной станции, начавшиеся в периоде.
figure-calls-logged-pct = Записанные звонки
figure-calls-logged-pct-definition = Доля входящих звонков, для которых в пределах 30 минут записан запрос вида «звонок» с того же номера, × 100.
figure-calls-tracked-pct = Звонки на номера отслеживания
figure-calls-tracked-pct-definition = Доля входящих звонков на номер отслеживания какого-либо источника, × 100.
figure-calls-source-mismatch = Назван ≠ набран
figure-calls-source-mismatch-definition = Записанные звонки на номер отслеживания, в запросе которых назван другой источник, чем набранный («Неизвестно» не считается).
figure-won-leads = Выигранные лиды
figure-won-leads-definition = Лиды периода, из которых к концу периода вышел хотя бы один выигранный заказ.
figure-qualified-leads = Квалифицированные лиды
figure-qualified-leads-definition = Лиды периода, отмеченные как квалифицированные (реальная потребность, закупщик, сроки) к концу периода.
figure-qualified-pct = Доля квалифицированных
figure-qualified-pct-definition = Квалифицированные лиды в процентах от лидов периода.
figure-cost-per-qualified-lead = Стоимость квалифицированного лида
figure-cost-per-qualified-lead-definition = Расходы, делённые на число квалифицированных лидов.
figure-quoted-leads = Лиды с предложением
figure-quoted-leads-definition = Лиды периода, получившие коммерческое предложение к концу периода.
figure-quote-rate-pct = Доля предложений
figure-quote-rate-pct-definition = Лиды с предложением в процентах от лидов периода (лид может получить предложение, не будучи отмеченным как квалифицированный).
figure-quotes = Отправленные предложения
figure-quotes-definition = Коммерческие предложения с датой в периоде.
figure-quoted-value = Сумма предложений
figure-quoted-value-definition = Общая сумма предложений с датой в периоде.
figure-quote-hit-rate-pct = Доля выигранных предложений
figure-quote-hit-rate-pct-definition = Из предложений, решённых в периоде, доля выигранных.
figure-quote-to-order-days = От предложения до заказа
figure-quote-to-order-days-definition = Среднее число дней от предложения до выигранного заказа по заказам периода, у которых было предложение, повторные заказы включительно.
figure-quote-to-order-median-days = От предложения до заказа (медиана)
figure-quote-to-order-median-days-definition = Середина дней от предложения до заказа: половина заказов пришла быстрее, половина медленнее.
figure-cohort-revenue = Выручка когорты на сегодня
figure-cohort-revenue-definition = Сколько заказали лиды периода до сегодняшнего дня, когда бы ни пришёл заказ.
figure-cohort-roi-pct = ROI когорты на сегодня
figure-cohort-roi-pct-definition = Выручка когорты на сегодня, умноженная на валовую маржу, минус расходы периода, в процентах от этих расходов.
figure-cohort-maturity-pct = Зрелость когорты
figure-cohort-maturity-pct-definition = Какая часть выручки лидов года обычно уже поступала в том возрасте, который сейчас у лидов этого периода; по лидам пяти предыдущих лет.
figure-cohort-expected-revenue = Ожидаемая выручка когорты
figure-cohort-expected-revenue-definition = Сколько лиды периода, вероятно, принесут в целом: их выручка на сегодня, делённая на зрелость.
figure-cohort-expected-roi-pct = Ожидаемый ROI когорты
figure-cohort-expected-roi-pct-definition = ROI, который, вероятно, принесут расходы периода, когда закажут и медленные покупатели, по ожидаемой выручке когорты.

## Where a figure stands against the range expected from earlier years

status-below = Ниже нормы
status-within = В норме
status-above = Выше нормы

## Warnings about the data

warning-empty-period = В периоде { $from } – { $to } нет ни одного дня до отчётной даты { $asof } включительно, поэтому все показатели пусты.
warning-unresolved-source = Некоторые записи ссылаются на источники, которых больше нет; они учтены как «Неизвестно».
warning-data-driven-fallback = { model-fallback }
warning-unknown-source-high = По { $pct } лидов не записано, откуда клиент узнал о вас. Спрашивайте при каждом обращении «Откуда вы о нас узнали?» и записывайте ответ.
warning-prior-year-missing = За период { $from } – { $to } нет ни одной записи, поэтому сравнение с прошлым годом невозможно.
warning-small-sample = Показатели перечисленных ниже источников основаны на малой выборке (меньше 10 лидов или меньше 3 выигранных сделок за период); к их коэффициентам следует относиться с осторожностью.
warning-small-sample-source = { $source }: слишком мало лидов ({ $leads }) или выигранных сделок ({ $won }) за период, чтобы полагаться на его коэффициенты.
warning-none = Замечаний за этот период нет.

## Charts

chart-leads-title = Лиды по месяцам
chart-roi-title = ROI по каналам
chart-money-title = Расходы и выручка от маркетинга по кварталам
chart-no-data = Нет данных за этот период.
chart-roi-undefined = Без расходов ROI не рассчитывается: { $channels }.

## The management report

report-title = Маркетинговый отчёт
report-subtitle = Лиды, затраты и отдача по каналам и источникам
report-unnamed-company = Название компании не указано
report-cover-period = Период
report-cover-as-of = Данные на
report-cover-model = Модель атрибуции
report-cover-currency = Валюта
report-cover-ytd = С начала года
report-cover-ytd-note = Отчёт охватывает период с начала года: { $from } – { $to }. Все сравнения с прошлыми годами ведутся за тот же отрезок этих лет, для прошлого года — { $prevfrom } – { $prevto }.
report-cover-ptd = На отчётную дату
report-cover-ptd-note = Отчёт охватывает период до отчётной даты: { $from } – { $to }. Все сравнения с прошлыми годами ведутся за тот же отрезок этих лет, для прошлого года — { $prevfrom } – { $prevto }.
report-cover-highlights = Коротко о главном
report-footer-page = Страница { $page } из { $pages }
report-footer-made = Подготовлено в Leadledger · данные на { $date }
report-no-data = Нет данных за этот период.
report-summary-title = Ключевые показатели
report-summary-intro = Каждый показатель за период { $period } в сравнении с тем же периодом прошлого года и с диапазоном, ожидаемым по тренду не более чем пяти предыдущих лет. Значение вне диапазона заслуживает внимания; лучше ли более высокое значение, зависит от показателя.
report-col-figure = Показатель
report-col-value = Текущий период
report-col-prev = Прошлый год
report-col-change = Изменение
report-col-expected = Ожидаемый диапазон
report-col-status = Оценка
report-col-channel = Канал
report-col-source = Источник
report-change-points = { $value } п. п.
report-channels-title = По каналам
report-channels-intro = Лиды, сделки и выручка распределены между каналами и источниками по модели «{ $model }».
report-sources-title = По источникам
report-row-general-spend = Расходы, не отнесённые на источник
report-row-total = Итого по компании
report-inactive-channels = { $count ->
    [one] { $shown } канал без лидов, расходов и выручки за период не показан.
    [few] { $shown } канала без лидов, расходов и выручки за период не показаны.
    [many] { $shown } каналов без лидов, расходов и выручки за период не показаны.
   *[other] { $shown } канала без лидов, расходов и выручки за период не показаны.
}
report-inactive-sources = { $count ->
    [one] { $shown } источник без лидов, расходов и выручки за период не показан.
    [few] { $shown } источника без лидов, расходов и выручки за период не показаны.
    [many] { $shown } источников без лидов, расходов и выручки за период не показаны.
   *[other] { $shown } источника без лидов, расходов и выручки за период не показаны.
}
report-charts-title = Графики
report-models-title = Сравнение моделей атрибуции
report-models-intro = Итоги по компании от модели атрибуции не зависят, а их распределение между каналами — зависит. Каждый столбец показывает цифры каналов по одной модели. Если модели сильно расходятся, цифры канала определяются тем, как распределяется вклад.
report-models-leads = Лиды по каналам
report-models-revenue = Выручка от маркетинга по каналам
report-quality-title = Качество данных и замечания
report-quality-intro = Любой показатель в отчёте надёжен ровно настолько, насколько надёжны данные за ним. Эти проверки показывают, где данных мало или они неполны.
report-quality-records = Лиды за период
report-quality-sources = Источники с активностью
report-quality-warnings = Замечания
report-quality-small-sample = Малые выборки
report-calls-title = Звонки: спрашивают ли каждого звонящего?
report-calls-intro = Журнал звонков телефонной станции в сравнении с записанными обращениями. Учитываются принятые входящие звонки с внешних номеров; звонок считается записанным, если в пределах 30 минут от него записано телефонное обращение с того же номера.
report-calls-count = Входящие звонки
report-calls-logged = Записанные звонки
report-calls-tracked = Звонки на номера отслеживания
report-calls-mismatch = Назвал ≠ набрал
report-calls-expected = Записанные звонки, ожидание по прошлым годам
report-calls-meaning = Записано { $logged } звонящих, поэтому показатели по источникам видят лишь эту долю телефонных обращений. { $tracked } набрали номер отслеживания, который называет источник, даже если никто не спросил. { $mismatch ->
    [0] Ни один звонящий не назвал источник, отличный от набранного номера.
    [one] { $mismatch } звонящий назвал источник, отличный от набранного номера.
    [few] { $mismatch } звонящих назвали источник, отличный от набранного номера.
    [many] { $mismatch } звонящих назвали источник, отличный от набранного номера.
   *[other] { $mismatch } звонящих назвали источник, отличный от набранного номера.
}
report-calls-low = Записано меньше 90 % звонков: спрашивайте каждого звонящего, откуда он о нас узнал, иначе доля телефона в лидах занижена.
report-calls-none = В журнале звонков за этот период нет принятых звонков с внешних номеров.
report-definitions-title = Определения
report-definitions-intro = Все показатели следуют определениям Leadledger. Суммы округляются до 2 знаков после запятой, проценты — до 1 знака, и только при выводе; «{ common-na }» означает, что показатель нельзя рассчитать, потому что его знаменатель равен нулю.
report-definitions-figures = Показатели
report-definitions-models = Модели атрибуции

## Настольное приложение (ui-…): навигация, экраны и формы

ui-nav-log = Новое обращение
ui-nav-inquiries = Обращения и сделки
ui-nav-dashboard = Обзор
ui-nav-spend = Расходы
ui-nav-sources = Источники
ui-nav-import = Импорт и экспорт
ui-nav-settings = Настройки
ui-unnamed-company = Без названия
ui-demo-banner = Вы просматриваете демо-компанию. Введённые здесь данные не сохраняются.
ui-save = Сохранить
ui-saved = Сохранено.
ui-cancel = Отмена
ui-close = Закрыть
ui-add = Добавить
ui-edit = Изменить
ui-remove = Удалить
ui-undo = Отменить
ui-previous = Назад
ui-next = Вперёд
ui-search = Поиск по компании, контакту, телефону, источнику…
ui-showing = { $from }–{ $to } из { $total }
ui-show-table = Показать таблицу
ui-show-chart = Показать диаграмму
ui-date = Дата
ui-amount = Сумма
ui-note = Примечание
ui-total = Итого
ui-from = С
ui-to = По
ui-year = Год
ui-quarter = Квартал
ui-month = Месяц
ui-channel = Канал
ui-source = Источник
ui-category = Категория
ui-direction = Направление
ui-direction-inbound = Входящий
ui-direction-outbound = Исходящий
ui-direction-shared = Общий
ui-language-en = English
ui-language-de = Deutsch
ui-language-nl = Nederlands
ui-language-sv = Svenska
ui-language-ru = Русский

ui-welcome-title = Добро пожаловать в Leadledger
ui-welcome-intro = Узнайте, какой маркетинг приносит обращения, запросы цен и заказы и во что обходится каждый из них.
ui-welcome-demo = Посмотреть демо-компанию
ui-welcome-demo-text = Пять лет небольшого механического производства: выставки, отраслевые каталоги, поисковая реклама и рекомендации. Попробуйте все экраны — ничего не сохраняется.
ui-welcome-start = Добавить свою компанию
ui-welcome-currency-note = Валюту потом нельзя изменить: все суммы хранятся в ней.

ui-log-title = Новое обращение
ui-log-source = Откуда вы о нас узнали?
ui-log-source-hint = Нажмите 1–9 для частого источника, 0 — если неизвестно, или начните вводить для поиска
ui-log-source-matches = Подходящие источники
ui-log-company-suggestions = Прежние компании
ui-log-unknown = Неизвестно
ui-log-tagged = Отслеживаемый номер: { $source }
ui-log-need-source = Укажите, откуда звонящий узнал о нас (0, если неизвестно).
ui-log-kind = Тип
ui-log-company = Компания
ui-log-contact = Контактное лицо
ui-log-phone = Телефон
ui-log-email = Эл. почта
ui-log-touchpoint = Также узнал через
ui-log-add-touchpoint = Добавить ещё точку контакта
ui-log-date = Дата
ui-log-is-lead = Считается лидом
ui-log-not-lead-hint = Спам, поставщики и повторные заказы — не лиды.
ui-log-editing = Изменение { $id }
ui-log-recent = Последние записи
ui-log-none-yet = Сегодня ещё ничего не записано.
ui-log-saved = Обращение { $id } сохранено · { $source }
ui-log-waiting = Ожидает отправки
ui-log-kept-offline = Сервер команды недоступен: запись сохранена на этом компьютере и будет отправлена, как только сервер снова станет доступен.
ui-log-refused = Не отправлено: { $reason }
ui-offline-banner = Нет связи: сервер команды недоступен. Показанные данные последний раз прочитаны { $when }. Новые обращения на экране «Новое обращение» сохраняются и будут отправлены позже.
ui-offline-banner-never = Нет связи: сервер команды недоступен, и с него ещё ничего не прочитано. Новые обращения на экране «Новое обращение» сохраняются и будут отправлены позже.
ui-offline-type-password = Ввести пароль
ui-offline-waiting = { $count ->
    [one] { $count } запись ожидает отправки.
    [few] { $count } записи ожидают отправки.
    [many] { $count } записей ожидают отправки.
   *[other] { $count } записи ожидают отправки.
}
ui-log-received = Получено
ui-log-edit-undone = Изменения в { $id } отменены.
ui-log-known-customer = Действующий клиент: { $company } ({ $orders ->
    [one] { $orders } заказ
    [few] { $orders } заказа
    [many] { $orders } заказов
   *[other] { $orders } заказа
 }, последний { $last }).
ui-log-mark-reorder = Повторный заказ, не лид
ui-log-marked-reorder = Записывается как повторный заказ, не как лид.
ui-calls-queue-title = { $days ->
    [one] Незаписанные звонки за последний { $days } день
    [few] Незаписанные звонки за последние { $days } дня
    [many] Незаписанные звонки за последние { $days } дней
   *[other] Незаписанные звонки за последние { $days } дня
}
ui-calls-queue-keys = Alt Q: к списку · ↑ ↓ выбрать · Enter: записать · N: не лид · Esc: назад
ui-calls-queue-empty = { $days ->
    [one] Все звонки за последний { $days } день записаны.
    [few] Все звонки за последние { $days } дня записаны.
    [many] Все звонки за последние { $days } дней записаны.
   *[other] Все звонки за последние { $days } дня записаны.
}
ui-calls-duration = Длительность
ui-calls-untracked = Без номера отслеживания
ui-calls-not-lead-because = Не лид — почему?
ui-calls-reason-supplier = Поставщик
ui-calls-reason-existing-customer = Действующий клиент
ui-calls-reason-private = Личный звонок
ui-calls-reason-wrong-number = Ошиблись номером
ui-calls-open = Записать звонок
ui-calls-not-lead = Не лид
ui-calls-dismissed = { $id } записан как не лид · { $reason }
ui-keys-title = Цифровые клавиши на экране записи
ui-keys-rule = Закреплённые источники сохраняют свою клавишу. Остальные клавиши по порядку получают источники, которые чаще всего называли за последние 90 дней; они распределяются при открытии файла и не меняются, пока вы работаете.
ui-keys-pin = Источник на клавише { $key }
ui-keys-by-rule = по правилу
ui-keys-pinned = закреплён
ui-keys-unpin = Открепить
ui-keys-free = свободна
ui-kind-call = Звонок
ui-kind-rfq = Запрос цены
ui-kind-email = Эл. письмо
ui-kind-web_form = Веб-форма
ui-kind-walk_in = Визит
ui-kind-trade_show = Выставка
ui-kind-other = Другое

ui-col-received = Получено
ui-col-id = №
ui-col-lead = Лид
ui-col-actions = Действия
ui-col-deals = КП и заказы
ui-col-deal = Сделка
ui-col-quoted = Дата КП
ui-col-closed = Дата закрытия
ui-col-status = Статус
ui-deal-open = Открыта
ui-deal-won = Выиграна
ui-deal-lost = Проиграна
ui-deal-mark-won = Отметить как выигранную
ui-deal-mark-lost = Отметить как проигранную
ui-deal-final-amount = Итоговая сумма
ui-deal-reason = Причина
ui-deal-add-quote = Добавить КП

ui-spend-all = Все расходы
ui-spend-bad-amount = «{ $text }» — это не сумма.
ui-spend-bad-date = Дата: укажите дату в пределах 1900–2200 годов.
ui-spend-cell = { $source }, { $month }
ui-spend-general = Общие расходы
ui-spend-general-hint = Зарплаты, программы и накладные расходы, не относящиеся к одному источнику. Направление определяет, в какую стоимость привлечения клиента они входят.
ui-spend-no-general = В этом году общих расходов нет.
ui-spread = Распределить на
ui-spread-months = { $count ->
    [one] { $count } месяц
    [few] { $count } месяца
    [many] { $count } месяцев
   *[other] { $count } месяца
}
ui-category-advertising = Реклама
ui-category-labor = Зарплаты
ui-category-software = Программы
ui-category-overhead = Накладные расходы
ui-category-distribution = Доставка и почта
ui-category-events = Мероприятия
ui-category-other = Другое

ui-sources-add = Новый источник
ui-sources-edit = Изменить источник
ui-sources-discard-question = Изменения в форме не сохранены. Отменить их?
ui-sources-discard = Отменить изменения
ui-sources-keep-editing = Продолжить редактирование
ui-sources-name = Название
ui-sources-numbers = Отслеживаемые номера (через запятую)
ui-sources-uses = { $count ->
    [one] { $count } обращение
    [few] { $count } обращения
    [many] { $count } обращений
   *[other] { $count } обращения
}
ui-sources-new-channel = Новый канал
ui-sources-channel-similar = Использовать существующий канал «{ $channel }»?
ui-sources-channel-use = Использовать «{ $channel }»
ui-sources-channel-create = Создать новый канал «{ $channel }»
ui-sources-merge = Объединить источники
ui-sources-merge-hint = Переносит все обращения, расходы и отслеживаемые номера одного источника в другой, затем удаляет первый.
ui-sources-merge-from = Объединить
ui-sources-merge-into = с
ui-sources-merge-confirm = Всё из «{ $from }» перейдёт в «{ $into }».
ui-sources-read-only = Добавлять, изменять, объединять и удалять источники, каналы и отслеживаемые номера может только владелец; ваша роль в команде позволяет только просматривать их.

ui-period = Период
ui-period-ytd = С начала года
ui-period-year = Год
ui-period-quarter = Квартал
ui-period-month = Месяц
ui-period-custom = Произвольный
ui-model = Атрибуция
ui-vs-last-year = { $change } к прошлому году
ui-expected = Ожидается { $range }
ui-untracked-alarm = У { $pct } лидов источник неизвестен
ui-untracked-advice = Спрашивайте каждого звонящего «Откуда вы о нас узнали?» — цифры по каналам точны ровно настолько, насколько точен этот ответ.
ui-calls-logged = Записанные звонки
ui-calls-summary = { $calls ->
    [one] { $calls } входящий звонок
    [few] { $calls } входящих звонка
    [many] { $calls } входящих звонков
   *[other] { $calls } входящего звонка
} · на номера отслеживания: { $tracked }
ui-calls-alarm = Записано лишь { $pct } принятых звонков
ui-calls-alarm-advice = Каждый незаписанный звонок — это клиент, которого никто не спросил, откуда он о нас узнал. Список на экране записи показывает такие звонки.
ui-calls-mismatches-title = Назвал ≠ набрал
ui-calls-mismatches-intro = Эти клиенты назвали другой источник, чем номер отслеживания, который они набрали. Обе записи остаются как есть; показатели следуют словам клиента.
ui-calls-col-time = Звонок
ui-calls-col-number = Номер
ui-calls-col-said = Назвал
ui-calls-col-dialled = Набрал
ui-calls-col-inquiry = Обращение
ui-chart-leads = Лиды по месяцам: { $year } в сравнении с двумя предыдущими годами
ui-chart-cpl = Стоимость лида по источникам
ui-warnings = Замечания
ui-compare-models = Сравнение моделей атрибуции
ui-compare-models-show = Сравнить все модели

ui-import-title = Импорт файла CSV
ui-import-choose = Выбрать файл…
ui-import-path = Файл
ui-import-preview = Просмотр
ui-import-encoding = Кодировка
ui-import-delimiter = Разделитель
ui-import-decimal = Десятичный разделитель
ui-import-dates = Даты
ui-import-kind = Записи
ui-import-create-sources = Создать недостающие источники
ui-import-run = Импортировать
ui-import-running = Импорт…
ui-import-accepted = Импортировано строк: { $rows } (новых: { $inserted }, изменённых: { $updated }, без изменений: { $unchanged }).
ui-import-refused = { $count ->
    [one] Ничего не импортировано: нужно исправить { $count } строку.
    [few] Ничего не импортировано: нужно исправить { $count } строки.
    [many] Ничего не импортировано: нужно исправить { $count } строк.
   *[other] Ничего не импортировано: нужно исправить { $count } строки.
}
ui-import-errors-file = Здесь показаны первые { $shown }; все ошибки перечислены в файле { $path }.
ui-import-row = Строка
ui-import-column = Столбец
ui-import-reason = Проблема
ui-kind-file-inquiries = Обращения
ui-kind-file-deals = КП и заказы
ui-kind-file-spend = Расходы
ui-kind-file-sources = Источники
ui-kind-file-targets = Цели
ui-kind-file-traffic = Посетители сайта
ui-kind-file-activity = Активность (клики, открытия …)
ui-import-what = Что в файле
ui-import-what-records = Записи (обращения, предложения, расходы …)
ui-import-what-calls = Журнал звонков телефонной станции
ui-calls-import-format = Формат
ui-calls-format-auto = Распознать автоматически
ui-calls-format-asterisk = Asterisk / FreePBX Master.csv
ui-calls-format-fritzbox = Список звонков FRITZ!Box
ui-calls-format-3cx = История звонков 3CX (версия 20)
ui-calls-format-plain = Простая форма
ui-calls-format-columns = Другой формат, по его столбцам
ui-calls-import-columns = Столбцы другого формата
ui-calls-import-columns-hint = Для телефонной станции, которой нет в списке: назовите столбцы файла как started_at=…,caller=…,dialled=… (started_at, caller и dialled обязательны; могут следовать duration_s, answered, direction, extension и call_id).
ui-calls-read-as = Распознанный формат: { $format } · кодировка: { $encoding }
ui-calls-preview-counts = { $calls ->
    [one] { $calls } звонок с внешнего номера: новых { $new }, уже сохранено { $already }.
    [few] { $calls } звонка с внешних номеров: новых { $new }, уже сохранено { $already }.
    [many] { $calls } звонков с внешних номеров: новых { $new }, уже сохранено { $already }.
   *[other] { $calls } звонка с внешних номеров: новых { $new }, уже сохранено { $already }.
}
ui-calls-left-out = Пропущено: исходящих { $outgoing }, внутренних { $internal }, со скрытым номером { $withheld }.
ui-calls-col-answered = Принят
ui-calls-answered-yes = да
ui-calls-answered-no = нет
ui-calls-imported = { $new ->
    [one] Сохранён { $new } новый звонок, уже было сохранено { $already }.
    [few] Сохранено { $new } новых звонка, уже было сохранено { $already }.
    [many] Сохранено { $new } новых звонков, уже было сохранено { $already }.
   *[other] Сохранено { $new } новых звонка, уже было сохранено { $already }.
}
ui-calls-tagged = { $count ->
    [one] { $count } обращение с неизвестным источником получило источник набранного отслеживаемого номера.
    [few] { $count } обращения с неизвестным источником получили источник набранного отслеживаемого номера.
    [many] { $count } обращений с неизвестным источником получили источник набранного отслеживаемого номера.
   *[other] { $count } обращения с неизвестным источником получили источник набранного отслеживаемого номера.
}
ui-calls-purged = { $count ->
    [one] { $count } звонок старше срока хранения лишился номера.
    [few] { $count } звонка старше срока хранения лишились номеров.
    [many] { $count } звонков старше срока хранения лишились номеров.
   *[other] { $count } звонка старше срока хранения лишились номеров.
}
ui-export-title = Экспорт
ui-export-run = Экспортировать в CSV…
ui-export-done = Сохранено в { $path }

ui-settings-company = Название компании
ui-settings-currency = Валюта
ui-settings-currency-fixed = Задана при создании компании.
ui-settings-fiscal-start = Финансовый год начинается в
ui-settings-margin = Валовая маржа (%)
ui-settings-margin-hint = Окупаемость считается с этой долей выручки; 100 — вся выручка.
ui-settings-half-life = Период полураспада в модели «С учётом давности» (дни)
ui-settings-half-life-hint = Как быстро старые точки контакта теряют вес в модели «С учётом давности».
ui-settings-call-retention = Звонки хранят номера (месяцев)
ui-settings-call-retention-hint = Звонок из журнала телефонной станции старше этого срока теряет номер звонящего и набранный номер; то, что нужно для показателей, сохраняется.
ui-settings-language = Язык
ui-settings-file = База данных: { $path }
ui-settings-read-only = Настройки компании меняет только владелец; ваша роль в команде позволяет только просматривать их.
ui-backups-title = Резервные копии
ui-backups-hint = Leadledger автоматически создаёт резервную копию базы данных каждый день и перед каждым обновлением и кладёт её в папку «backups» рядом с файлом. Хранятся 7 ежедневных, 4 еженедельных и 12 ежемесячных копий.
ui-backups-none = Резервных копий пока нет.
ui-backups-demo = Демо-компания существует только в памяти, и резервных копий у неё нет.
ui-backups-now = Создать копию сейчас
ui-backups-done = Резервная копия { $name } создана.
ui-backups-restore = Восстановить…
ui-backups-col-when = Создана
ui-backups-col-kind = Тип
ui-backups-col-size = Размер
ui-backups-size = { $mb } МБ
ui-backup-kind-daily = Ежедневная
ui-backup-kind-weekly = Еженедельная
ui-backup-kind-monthly = Ежемесячная
ui-backup-kind-manual = Ручная
ui-backup-kind-pre-migration = Перед обновлением
ui-backup-kind-pre-restore = Перед восстановлением
ui-backup-kind-damaged = Повреждённый файл
ui-backup-kind-other = Другая
ui-restore-title = Восстановить эту резервную копию?
ui-restore-body = База данных будет заменена резервной копией от { $when }. Текущие данные сначала будут сохранены в резервную копию, так что к ним можно будет вернуться.
ui-restore-confirm = Восстановить
ui-restore-done = Резервная копия от { $when } восстановлена.
ui-damaged-banner = Эта база данных повреждена. Она открыта только для чтения: показатели можно смотреть, но ничего нельзя изменить.
ui-damaged-restore = Восстановить копию от { $when }
ui-damaged-no-backup = Исправной резервной копии для восстановления нет. Прежде всего скопируйте файл { $file } в надёжное место.
ui-problem-corrupt-title = Эта база данных повреждена
ui-problem-corrupt-body = Файл { $file } повреждён, прочитать его невозможно.
ui-problem-too-new-title = Эта база данных создана более новой версией Leadledger
ui-problem-too-new-body = Файл { $file } записан более новой версией Leadledger (версия базы данных { $found }; эта версия поддерживает версии не выше { $supported }). Обновите Leadledger, чтобы открыть его. Файл не изменён.
ui-problem-not-a-database-title = Это не база данных Leadledger
ui-problem-not-a-database-body = Файл { $file } не является базой данных Leadledger, или его начало повреждено. Файл не изменён.
ui-problem-unreadable-title = Не удаётся открыть базу данных
ui-problem-unreadable-body = Не удалось открыть файл { $file }: { $reason }
ui-problem-restore-hint = При восстановлении текущий файл сохраняется в папке резервных копий.
ui-location-network-share = Эта база данных находится на сетевом диске ({ $detail }). Если с ней одновременно работают два компьютера, она может быть повреждена. Храните её на локальном диске этого компьютера, а другим передавайте резервные копии или экспортированные файлы.
ui-location-cloud-folder = Эта база данных находится в папке облачной синхронизации «{ $detail }». Синхронизация может скопировать файл в момент записи, и тогда изменения будут потеряны. Храните её в локальной папке, а в облако пусть попадают резервные копии.
ui-dismiss = Скрыть
ui-error-read-only = База данных повреждена и открыта только для чтения. Сначала восстановите резервную копию.
ui-undo-expired = Это удаление уже нельзя отменить.
ui-error-conflict = Пока вы редактировали эту запись, её изменил кто-то другой. Здесь она показана в нынешнем виде: внесите своё изменение заново и сохраните.
ui-error-conflict-removed = Пока вы редактировали эту запись, её удалил кто-то другой; ничего не сохранено.
ui-restored = Восстановлено.
ui-deleted-inquiry = Обращение { $id } удалено
ui-deleted-deal = КП или заказ { $id } удалён
ui-deleted-spend = Расход на сумму { $amount } от { $date } удалён
ui-deleted-source = Источник «{ $label }» удалён
ui-delete-inquiry = Удалить обращение
ui-import-reading = Чтение файла…
ui-import-storing = Проверка и сохранение строк: { $done } из { $total }
ui-import-saving = Сохранение…
ui-import-encoding-auto = Определена ({ $name })
ui-import-encoding-guessed = Текст подходит под несколько кодовых страниц; { $name } выбрана по вашему языку. Если названия выглядят неверно, выберите кодировку выше.
ui-import-kind-choose = Выберите…
ui-import-kind-unknown = Заголовок не соответствует одному виду записей: выберите, что содержит файл.
ui-import-read-as = Прочитано как { $encoding }.
ui-import-channel-changed = Канал «{ $channel }» теперь { $to } (был { $from }).
ui-import-created-sources = Новые источники (в канале «Неизвестно»): { $names }
ui-template-title = Шаблоны
ui-template-hint = Пустой файл с нужными столбцами, чтобы заполнить его в электронной таблице.
ui-template-save = Сохранить шаблон…
ui-template-done = Шаблон сохранён: { $path }

## Reports screen

ui-nav-reports = Отчёты
ui-reports-title = Отчёт для руководства
ui-reports-intro = PDF для владельца, партнёров или банка: ключевые показатели в сравнении с прошлыми годами, каналы и источники, графики и определения. Сначала просмотрите страницы, затем сохраните.
ui-reports-language = Язык отчёта
ui-reports-paper = Формат бумаги
ui-reports-paper-a4 = A4
ui-reports-paper-letter = US Letter
ui-reports-preview = Просмотр
ui-reports-rendering = Вёрстка страниц…
ui-reports-save = Сохранить PDF…
ui-reports-saving = Сохранение…
ui-reports-saved = { $pages ->
    [one] { $pages } страница сохранена в { $path }
    [few] { $pages } страницы сохранены в { $path }
    [many] { $pages } страниц сохранено в { $path }
   *[other] { $pages } страницы сохранены в { $path }
}
ui-reports-pages = { $count ->
    [one] { $count } страница
    [few] { $count } страницы
    [many] { $count } страниц
   *[other] { $count } страницы
}
ui-reports-page = Страница { $page } из { $pages }
ui-reports-open-page = Увеличить страницу { $page } из { $pages }
ui-reports-keys = ← → листать · Esc — закрыть
ui-reports-stale = После этого просмотра параметры изменились. Нажмите «Просмотр», чтобы увидеть новые страницы.
ui-reports-empty = Нажмите «Просмотр», чтобы пролистать все страницы перед сохранением PDF.
ui-reports-error-dates = Проверьте даты: дата окончания должна быть позже даты начала, а год — таким, с которым может работать Leadledger.
ui-reports-error-invalid = Один из параметров недопустим; он выделен красным.
ui-reports-error-disk-full = Диск заполнен, отчёт не сохранён. Освободите место и попробуйте ещё раз.
ui-reports-error-write = Сохранить отчёт в это место не удалось. Ничего не записано; выберите другую папку.
ui-reports-error-no-company = Сначала откройте демо-компанию или свою компанию.

## Rows that open by keyboard, leaving the demo, what each dashboard chart shows (for screen readers)
ui-inquiries-keys = Строка открывается клавишей Enter или пробелом и показывает КП и заказы; стрелки переходят между строками.
ui-demo-leave = Перейти к своей компании
ui-chart-leads-alt = Диаграмма лидов по месяцам: { $year } — столбцы, { $previous } и { $before } — линии
ui-chart-roi-alt = Столбчатая диаграмма ROI по каналам, в процентах
ui-chart-cpl-alt = Столбчатая диаграмма стоимости лида по источникам, сначала источники с наибольшим числом лидов

## Team mode: connecting to a team server, and being offline
ui-team-connect-title = Подключиться к серверу команды
ui-team-connect-text = Ваша команда хранит данные на сервере PostgreSQL. Эти сведения можно узнать у того, кто его настраивал.
ui-team-host = Сервер
ui-team-port = Порт
ui-team-database = База данных
ui-team-user = Имя пользователя
ui-team-password = Пароль
ui-team-password-note = Пароль хранится в хранилище ключей этого компьютера, если оно есть; иначе Leadledger спрашивает его при каждом запуске, если не задана LEADLEDGER_PASSWORD. Сам Leadledger его нигде не сохраняет.
ui-team-tls = Шифрование
ui-team-tls-prefer = Если сервер его поддерживает
ui-team-tls-require = Всегда
ui-team-tls-verify-full = Всегда, с проверкой сертификата
ui-team-invite-open = Открыть файл приглашения…
ui-team-invite-chosen = Приглашение: { $file }
ui-team-invite-clear = Ввести сервер вручную
ui-team-invite-note = Приглашение владельца указывает сервер и позволяет Leadledger проверить его сертификат; вы вводите своё имя пользователя и пароль.
ui-team-connect = Подключиться
ui-team-work-offline = Пока работать офлайн
ui-team-work-offline-note = «Новое обращение» продолжает принимать звонки на этом компьютере; они будут отправлены, как только вы введёте пароль.
ui-team-connecting = Подключение…
ui-team-on = Сервер команды: { $place }
ui-team-remembered = В прошлый раз: { $place }
ui-team-error-auth-failed = Сервер не принял имя пользователя или пароль. Проверьте их и попробуйте ещё раз.
ui-team-error-offline = Сервер команды недоступен. Проверьте, что он включён и что этот компьютер подключён к его сети.
ui-team-error-not-found = На сервере нет базы данных с таким именем.
ui-team-error-not-a-database = Это не база данных Leadledger, или она ещё пуста: сначала её должен подготовить владелец.
ui-team-error-server-too-old = На сервере работает PostgreSQL старше версии 15, а Leadledger нужна версия 15 или новее.
ui-team-error-needs-upgrade = База данных команды создана более старой версией Leadledger. Сначала её должен обновить владелец (leadledger team upgrade).
ui-team-error-database-too-new = База данных команды создана более новой версией Leadledger. Обновите Leadledger на этом компьютере.
ui-team-error-tls-failed = Не удалось установить зашифрованное соединение с сервером. Проверьте настройку шифрования и сертификат сервера.
ui-team-error-forbidden = У этой учётной записи пока нет роли в базе данных команды. Владелец добавит вас (leadledger team add-user).
ui-team-error-other = Подключиться не удалось.
ui-team-backup-failed = Сегодняшнюю копию базы данных команды создать не удалось ({ $detail }). Ваша работа сохранена на сервере; Leadledger попробует снова, когда база будет открыта в следующий раз.
ui-error-offline = Нет связи: сервер команды недоступен. Ничего не изменено; попробуйте ещё раз, когда он снова станет доступен.

## PIN-код владельца (задача 14)
ui-pin-title = PIN-код владельца
ui-pin-intro = На компьютере, которым пользуются сотрудники, PIN-код владельца закрывает денежные экраны: денежные показатели обзора, Расходы, Отчёты, Импорт и экспорт и Резервные копии. Запись обращений остаётся открытой.
ui-pin-is-set = PIN-код владельца задан. Чтобы изменить или удалить его, введите текущий PIN-код.
ui-pin-team = В командной базе данных PIN-код владельца не действует: там роли сервера решают, кто что видит.
ui-pin-current = Текущий PIN-код
ui-pin-new = Новый PIN-код
ui-pin-repeat = Повторите новый PIN-код
ui-pin-rule = PIN-код — это от 4 до 12 цифр (0–9), и ничего больше.
ui-pin-mismatch = Два новых PIN-кода не совпадают.
ui-pin-set = Задать PIN-код
ui-pin-change = Изменить PIN-код
ui-pin-clear = Удалить PIN-код
ui-pin-lock = Заблокировать сейчас
ui-pin-set-done = PIN-код задан. Денежные экраны блокируются, когда вы нажимаете «Заблокировать», и при следующем запуске.
ui-pin-changed = PIN-код изменён.
ui-pin-cleared = PIN-код удалён; денежные экраны открыты.
ui-pin-locked-now = Денежные экраны заблокированы.
ui-pin-honest = PIN-код закрывает эти экраны, а не файл: база данных не зашифрована, и тот, кто может открыть файл другой программой, может его прочитать.
ui-pin-forgot = Забыли PIN-код? Тот, кто может открыть файл базы данных, удаляет его командой:
ui-pin-locked-title = Заблокировано PIN-кодом владельца
ui-pin-locked-text = Денежные показатели скрыты, пока не введён PIN-код владельца. Обращения и доля без источника остаются видны в обзоре.
ui-pin-field = PIN-код владельца
ui-pin-open = Открыть
ui-pin-wrong = Этот PIN-код неверен.
ui-pin-wait = Слишком много неверных PIN-кодов. Повторите через { $seconds } с.
ui-nav-lock = Заблокировать
ui-error-locked = Это заблокировано PIN-кодом владельца. Введите его, чтобы открыть денежные экраны.
ui-error-forbidden = Ваша роль в команде этого не позволяет; это может сделать только владелец.

# Настройки → Команда (задача 14): место владельца управляет людьми базы данных команды.
ui-invite-title = Пригласить рабочее место
ui-invite-hint = Файл приглашения позволяет другому компьютеру подключиться с проверкой сертификата сервера. В нём указаны сервер (как его видят рабочие места), база данных и центр сертификации, подписавший сертификат; ни имени пользователя, ни пароля, поэтому его можно отправить по электронной почте.
ui-invite-ca = Выбрать сертификат центра сертификации…
ui-invite-ca-chosen = Сертификат: { $file }
ui-invite-save = Сохранить приглашение…
ui-invite-saved = Приглашение сохранено в { $file }.
ui-team-people-title = Команда
ui-team-people-hint = Каждый входит под своим именем и паролем. Владельцы видят всё; отдел продаж видит запросы и сделки без денежных сумм; ресепшн видит запросы и очередь звонков. Сервер сам отказывает каждой роли в том, что ей видеть нельзя.
ui-team-people-none = Пока никто не добавлен.
ui-team-people-login = Имя для входа
ui-team-people-role = Роль
ui-team-people-password = Пароль
ui-team-people-add = Добавить человека
ui-team-people-remove = Удалить
ui-team-people-reset = Новый пароль
ui-team-people-reset-done = У { $login } новый пароль.
ui-team-role-owner = Владелец
ui-team-role-sales = Продажи
ui-team-role-desk = Ресепшн

# The funnel and the cohorts (issue 15).
# A soft hyphen (U+00AD) after «Квалифи» lets the Last entries table break the word where Russian hyphenates it, so the row fits 1280 pixels.
ui-qualify = Квалифи­цировать
ui-unqualify = Не квалифицирован
ui-qualified = Квалифицирован
ui-qualified-on = Квалифицирован { $date }
ui-qualify-date = Дата квалификации
ui-qualify-hint = Alt+U отмечает лид как квалифицированный сегодня или в дату рядом.
ui-open-quotes = Открытые предложения
ui-open-quotes-none = Ни одно предложение не ждёт решения.
ui-quote-waiting = Ждёт
ui-quote-age = { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
ui-funnel-title = Воронка: от лида до заказа
ui-funnel-alt = Столбчатая диаграмма лидов, квалифицированных лидов, лидов с предложением и выигранных лидов каждого источника за период
ui-funnel-all = Все источники
ui-cohort-title = Когорты: что принесли лиды каждого года
ui-cohort-alt = Линейная диаграмма выручки, которую лиды каждого года принесли на сегодня, с накоплением по месяцам с начала года
ui-cohort-months = Месяцы с начала года
ui-cohort-year = Год лидов
ui-cohort-expected = Лиды этого года, вероятно, принесут всего { $revenue } (ROI { $roi }); { $maturity } из этого к этому времени обычно уже поступает.
ui-cohort-unknown = У лидов прошлых лет ещё нет выручки, поэтому выручку этого года предсказать нельзя.
report-funnel-title = Воронка: от лида до заказа
report-funnel-intro = Из лидов периода: сколько отмечены как квалифицированные, сколько получили предложение и сколько сделали заказ. Каждая доля считается от всех лидов периода, потому что лид может получить предложение, не будучи отмеченным как квалифицированный.
report-funnel-chart = Лиды, квалифицированные, с предложением и выигранные по источникам
report-cohort-title = Когорты: что приносят лиды каждого года
report-cohort-intro = Заказ часто приходит через месяцы после запроса, поэтому выручка года в основном заработана прежним маркетингом. Здесь расходы каждого года сопоставлены с тем, что заказали на сегодня лиды именно этого года, когда бы они ни заказали; кривые показывают, как эта выручка росла месяц за месяцем.
report-cohort-chart = Выручка лидов каждого года по месяцам с начала года
ui-activity-title = Активность каналов по месяцам
ui-activity-metric = Показатель
ui-activity-cost-per = Цена единицы
ui-activity-none = За этот год данных об активности ещё нет. Импортируйте клики, показы или открытия с ваших площадок как файл вида «Активность».
ui-activity-total = { $metric }: { $count } за год, по { $cost }, { $rate } стали лидами
ui-activity-metric-clicks = Клики
ui-activity-metric-impressions = Показы
ui-activity-metric-opens = Открытия
ui-activity-metric-downloads = Загрузки
ui-activity-metric-followers = Подписчики
