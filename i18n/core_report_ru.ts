<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>core</name>
    <message>
      <source>Confidence: C = confirmed against the official text, S = secondary source, D = derived from statistics. Values not confirmed (not C) are marked unverified.</source>
      <translation>Достоверность: C — подтверждено официальным текстом, S — вторичный источник, D — выведено из статистики. Значения без подтверждения (не C) помечены как непроверенные.</translation>
    </message>
    <message>
      <source>Deficit report</source>
      <translation>Отчёт о дефицитах</translation>
    </message>
    <message>
      <source>student places</source>
      <translation>ученические места</translation>
    </message>
    <message>
      <source>places</source>
      <translation>места</translation>
    </message>
    <message>
      <source>visits per shift</source>
      <translation>посещений в смену</translation>
    </message>
    <message>
      <source>beds</source>
      <translation>койки</translation>
    </message>
    <message>
      <source>m²</source>
      <translation>м²</translation>
    </message>
    <message>
      <source>residents</source>
      <translation>жители</translation>
    </message>
    <message>
      <source>units</source>
      <translation>ед.</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Да</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Нет</translation>
    </message>
    <message>
      <source>Provision of the population with services: deficit report</source>
      <translation>Обеспеченность населения объектами и услугами: отчёт о дефицитах</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Услуга</translation>
    </message>
    <message>
      <source>Sheet</source>
      <translation>Лист</translation>
    </message>
    <message>
      <source>Territories</source>
      <translation>Территорий</translation>
    </message>
    <message>
      <source>Total demand</source>
      <translation>Потребность, всего</translation>
    </message>
    <message>
      <source>Total capacity</source>
      <translation>Мощность, всего</translation>
    </message>
    <message>
      <source>Total deficit</source>
      <translation>Дефицит, всего</translation>
    </message>
    <message>
      <source>Provision, %</source>
      <translation>Обеспеченность, %</translation>
    </message>
    <message>
      <source>Territories failing the norm</source>
      <translation>Территорий ниже норматива</translation>
    </message>
    <message>
      <source>Share of territories meeting the norm, %</source>
      <translation>Доля территорий, соответствующих нормативу, %</translation>
    </message>
    <message>
      <source>Facilities of typical size needed</source>
      <translation>Требуется объектов типового размера</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Метод</translation>
    </message>
    <message>
      <source>Total deficit is the sum of the territories' deficits: a surplus in one territory does not cover a deficit in another. Provision, % = total capacity / total demand × 100.</source>
      <translation>Дефицит всего — сумма дефицитов территорий: профицит одной территории не покрывает дефицит другой. Обеспеченность, % = мощность всего / потребность всего × 100.</translation>
    </message>
    <message>
      <source>Norm pack</source>
      <translation>Пакет нормативов</translation>
    </message>
    <message>
      <source>Edition</source>
      <translation>Редакция</translation>
    </message>
    <message>
      <source>Hash (SHA-256)</source>
      <translation>Хеш (SHA-256)</translation>
    </message>
    <message>
      <source>Key</source>
      <translation>Ключ</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Значение</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Единица</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Документ</translation>
    </message>
    <message>
      <source>Clause</source>
      <translation>Пункт</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>Достоверность</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Примечание</translation>
    </message>
    <message>
      <source>Verified</source>
      <translation>Проверено</translation>
    </message>
    <message>
      <source>Inputs</source>
      <translation>Исходные данные</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>Предупреждения</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Сводка</translation>
    </message>
    <message>
      <source>Charts</source>
      <translation>Диаграммы</translation>
    </message>
    <message>
      <source>Norms</source>
      <translation>Нормативы</translation>
    </message>
    <message>
      <source>Run metadata</source>
      <translation>Метаданные расчёта</translation>
    </message>
    <message>
      <source>Schools</source>
      <translation>Школы</translation>
    </message>
    <message>
      <source>Kindergartens</source>
      <translation>Детские сады</translation>
    </message>
    <message>
      <source>Polyclinics</source>
      <translation>Поликлиники</translation>
    </message>
    <message>
      <source>Hospitals</source>
      <translation>Больницы</translation>
    </message>
    <message>
      <source>Green space</source>
      <translation>Зелёные насаждения</translation>
    </message>
    <message>
      <source>Public green space</source>
      <translation>Зелёные насаждения общего пользования</translation>
    </message>
    <message>
      <source>Sewerage</source>
      <translation>Канализация</translation>
    </message>
    <message>
      <source>Water supply</source>
      <translation>Водоснабжение</translation>
    </message>
    <message>
      <source>result table {n} ({service})</source>
      <translation>таблица результатов {n} ({service})</translation>
    </message>
    <message>
      <source>Territory</source>
      <translation>Территория</translation>
    </message>
    <message>
      <source>Population, residents</source>
      <translation>Население, жителей</translation>
    </message>
    <message>
      <source>Meets the norm</source>
      <translation>Соответствует нормативу</translation>
    </message>
    <message>
      <source>Unverified norm values used</source>
      <translation>Использованы непроверенные нормативы</translation>
    </message>
    <message>
      <source>Residents within walking distance</source>
      <translation>Жители в пешеходной доступности</translation>
    </message>
    <message>
      <source>Residents beyond walking distance</source>
      <translation>Жители вне пешеходной доступности</translation>
    </message>
    <message>
      <source>Green space per resident, m²</source>
      <translation>Зелёные насаждения на жителя, м²</translation>
    </message>
    <message>
      <source>Norm per resident, m²</source>
      <translation>Норматив на жителя, м²</translation>
    </message>
    <message>
      <source>Norm per resident in residential areas, m²</source>
      <translation>Норматив на жителя в жилой застройке, м²</translation>
    </message>
    <message>
      <source>Deficit, ha</source>
      <translation>Дефицит, га</translation>
    </message>
    <message>
      <source>Residents without sewerage</source>
      <translation>Жители без канализации</translation>
    </message>
    <message>
      <source>Residents connected to sewerage</source>
      <translation>Жители, подключённые к канализации</translation>
    </message>
    <message>
      <source>Residents without water supply</source>
      <translation>Жители без водоснабжения</translation>
    </message>
    <message>
      <source>Residents connected to water supply</source>
      <translation>Жители, подключённые к водоснабжению</translation>
    </message>
    <message>
      <source>no result tables to report</source>
      <translation>нет таблиц результатов для отчёта</translation>
    </message>
    <message>
      <source>{service}: deficit, {unit} (largest {n})</source>
      <translation>{service}: дефицит, {unit} (наибольшие {n})</translation>
    </message>
    <message>
      <source>The norm values were not passed to the report; the packs used were:</source>
      <translation>Значения нормативов не переданы в отчёт; использованы пакеты:</translation>
    </message>
    <message>
      <source>Report created</source>
      <translation>Отчёт создан</translation>
    </message>
    <message>
      <source>Plugin version</source>
      <translation>Версия модуля</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>Coordinate reference system</source>
      <translation>Система координат</translation>
    </message>
    <message>
      <source>Layer</source>
      <translation>Слой</translation>
    </message>
    <message>
      <source>Path</source>
      <translation>Путь</translation>
    </message>
    <message>
      <source>Features</source>
      <translation>Объектов</translation>
    </message>
    <message>
      <source>none</source>
      <translation>нет</translation>
    </message>
    <message>
      <source>more residents without connection than residents</source>
      <translation>жителей без подключения больше, чем жителей</translation>
    </message>
    <message>
      <source>Share without connection, %</source>
      <translation>Доля без подключения, %</translation>
    </message>
    <message>
      <source>report</source>
      <translation>отчёт</translation>
    </message>
    <message>
      <source>not a table</source>
      <translation>не таблица</translation>
    </message>
    <message>
      <source>the table has no rows</source>
      <translation>в таблице нет строк</translation>
    </message>
    <message>
      <source>no service named</source>
      <translation>не указана услуга</translation>
    </message>
    <message>
      <source>Norm pack: {pack}, edition {edition}, hash {hash}</source>
      <translation>Пакет нормативов: {pack}, редакция {edition}, хеш {hash}</translation>
    </message>
    <message>
      <source>Created {date} by almaty_planner {version}</source>
      <translation>Создан {date}, almaty_planner {version}</translation>
    </message>
    <message>
      <source>WARNING: the report is based on synthetic (made-up) data: {reason}. Do not use it for decisions.</source>
      <translation>ВНИМАНИЕ: отчёт построен на синтетических (вымышленных) данных: {reason}. Не используйте его для принятия решений.</translation>
    </message>
    <message>
      <source>Norm values not confirmed against the official text were used: {keys}. The results that depend on them are provisional.</source>
      <translation>Использованы значения нормативов, не сверенные с официальным текстом: {keys}. Зависящие от них результаты предварительные.</translation>
    </message>
    <message>
      <source>The formula of the System of Regional Standards' "sufficiency level" is not published. Instead this report shows, per service, the share of territories that meet the norm and, over all services, the share of checks (territory × service) that meet it: {share}.</source>
      <translation>Формула «уровня достаточности» Системы региональных стандартов не опубликована. Вместо неё отчёт показывает по каждой услуге долю территорий, соответствующих нормативу, а по всем услугам — долю проверок (территория × услуга), в которых норматив соблюдён: {share}.</translation>
    </message>
    <message>
      <source>Norm values, their sources and confidence: sheet "{norms}". Inputs and warnings: sheet "{meta}".</source>
      <translation>Значения нормативов, их источники и достоверность: лист «{norms}». Исходные данные и предупреждения: лист «{meta}».</translation>
    </message>
    <message>
      <source>a norm row is not a mapping</source>
      <translation>строка норматива не является словарём</translation>
    </message>
    <message>
      <source>declared in the run's metadata</source>
      <translation>указано в метаданных расчёта</translation>
    </message>
    <message>
      <source>Demand, {unit}</source>
      <translation>Потребность, {unit}</translation>
    </message>
    <message>
      <source>Capacity, {unit}</source>
      <translation>Мощность, {unit}</translation>
    </message>
    <message>
      <source>Deficit, {unit}</source>
      <translation>Дефицит, {unit}</translation>
    </message>
    <message>
      <source>Surplus, {unit}</source>
      <translation>Профицит, {unit}</translation>
    </message>
    <message>
      <source>Balance (+ surplus / − deficit), {unit}</source>
      <translation>Баланс (+ профицит / − дефицит), {unit}</translation>
    </message>
    <message>
      <source>Access ratio, {unit} per resident</source>
      <translation>Индекс доступности, {unit} на жителя</translation>
    </message>
    <message>
      <source>Green space, {unit}</source>
      <translation>Зелёные насаждения, {unit}</translation>
    </message>
    <message>
      <source>norms</source>
      <translation>нормативы</translation>
    </message>
    <message>
      <source>Synthetic data: {reason}</source>
      <translation>Синтетические данные: {reason}</translation>
    </message>
    <message>
      <source>Unverified norm values used: {keys}</source>
      <translation>Использованы непроверенные нормативы: {keys}</translation>
    </message>
    <message>
      <source>field not found; the table has: {fields}</source>
      <translation>поле не найдено; в таблице есть: {fields}</translation>
    </message>
    <message>
      <source>result table {n}</source>
      <translation>таблица результатов {n}</translation>
    </message>
    <message>
      <source>{n} of {total} territories of {service} are marked synthetic</source>
      <translation>{n} из {total} территорий ({service}) помечены как синтетические</translation>
    </message>
    <message>
      <source>cannot write {path}: the folder {folder} does not exist</source>
      <translation>невозможно записать {path}: папка {folder} не существует</translation>
    </message>
    <message>
      <source>cannot write {path}: it is a folder</source>
      <translation>невозможно записать {path}: это папка</translation>
    </message>
    <message>
      <source>cannot replace {path}: the file is read-only; choose another name or make it writable</source>
      <translation>невозможно заменить {path}: файл только для чтения; выберите другое имя или разрешите запись</translation>
    </message>
    <message>
      <source>cannot write in the folder {folder}: {reason}</source>
      <translation>невозможно записать в папку {folder}: {reason}</translation>
    </message>
    <message>
      <source>cannot write {path}: the writer produced no data</source>
      <translation>невозможно записать {path}: данные не сформированы</translation>
    </message>
    <message>
      <source>cannot write {path}: {reason}</source>
      <translation>невозможно записать {path}: {reason}</translation>
    </message>
    <message>
      <source>cannot replace {path}: the file is open in another program (e.g. Excel) or read-only; close it and try again, or choose another name</source>
      <translation>невозможно заменить {path}: файл открыт в другой программе (например, Excel) или доступен только для чтения; закройте его и повторите попытку или выберите другое имя</translation>
    </message>
  </context>
</TS>
