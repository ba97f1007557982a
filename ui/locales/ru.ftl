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

## Attribution models

model-first-touch = Первое взаимодействие
model-first-touch-definition = Лид целиком засчитывается источнику, из которого клиент впервые узнал о вас, — ответу на вопрос «Откуда вы о нас узнали?».
model-last-touch = Последнее взаимодействие
model-last-touch-definition = Лид целиком засчитывается последней точке контакта.
model-linear = Линейная
model-linear-definition = Лид делится поровну между всеми своими точками контакта.
model-position-based = С привязкой к позиции
model-position-based-definition = Первая и последняя точки контакта получают по 40 %, оставшиеся 20 % делятся между точками контакта посередине. При двух точках контакта каждая получает половину.
model-time-decay = С учётом давности
model-time-decay-definition = Точки контакта, более близкие к последнему контакту лида, весят больше: вес точки контакта уменьшается вдвое за каждые { $days } дн. удалённости.
model-data-driven = На основе данных
model-data-driven-definition = Вклад источника определяется тем, насколько он повышает вероятность того, что лид станет заказом; оценка строится по цепочкам касаний всех лидов периода (цепь Маркова). Сами лиды распределяются как в линейной модели.
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
figure-cac-inbound = Стоимость привлечения, входящие каналы
figure-cac-inbound-definition = Расходы на входящие каналы (через которые клиенты находят вас) на одного нового клиента, привлечённого через них.
figure-cac-outbound = Стоимость привлечения, исходящие каналы
figure-cac-outbound-definition = Расходы на исходящие каналы (через которые вы выходите на клиентов) на одного нового клиента, привлечённого через них.
figure-value-converted-pct = Выполнение плана продаж
figure-value-converted-pct-definition = Общая выручка в процентах от годового плана продаж; для более короткого периода план берётся пропорционально числу дней.
figure-sales-cycle-days = Цикл сделки
figure-sales-cycle-days-definition = Среднее число дней от обращения до выигранного заказа.
figure-sales-cycle-median-days = Цикл сделки (медиана)
figure-sales-cycle-median-days-definition = Срединное значение числа дней от обращения до выигранного заказа: половина заказов выиграна быстрее, половина — медленнее.
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
report-cover-highlights = Коротко о главном
report-footer-page = Страница { $page } из { $pages }
report-footer-made = Подготовлено в Leadledger · данные на { $date }
report-no-data = Нет данных за этот период.
report-summary-title = Ключевые показатели
report-summary-intro = Каждый показатель за период { $period } в сравнении с тем же периодом прошлого года и с диапазоном, ожидаемым по тренду не более чем пяти предыдущих лет. Значение вне диапазона заслуживает внимания; лучше ли более высокое значение, зависит от показателя.
report-col-figure = Показатель
report-col-value = Период
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
   *[many] { $shown } каналов без лидов, расходов и выручки за период не показаны.
}
report-inactive-sources = { $count ->
    [one] { $shown } источник без лидов, расходов и выручки за период не показан.
    [few] { $shown } источника без лидов, расходов и выручки за период не показаны.
   *[many] { $shown } источников без лидов, расходов и выручки за период не показаны.
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
report-definitions-title = Определения
report-definitions-intro = Все показатели следуют определениям Leadledger. Суммы округляются до 2 знаков после запятой, проценты — до 1 знака, и только при выводе; «{ common-na }» означает, что показатель нельзя рассчитать, потому что его знаменатель равен нулю.
report-definitions-figures = Показатели
report-definitions-models = Модели атрибуции
