<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>AlmatyPlanner</name>
    <message>
      <source>Assignment to the nearest free facility</source>
      <translation>Распределение к ближайшему объекту со свободной мощностью</translation>
    </message>
    <message>
      <source>Balance within each unit</source>
      <translation>Баланс внутри каждой единицы</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Canceled.</source>
      <translation>Отменено.</translation>
    </message>
    <message>
      <source>Capacity</source>
      <translation>Мощность</translation>
    </message>
    <message>
      <source>Capacity field</source>
      <translation>Поле мощности</translation>
    </message>
    <message>
      <source>Choose a facility layer for at least one service, or green areas.</source>
      <translation>Выберите слой объектов хотя бы для одной услуги или слой зелёных насаждений.</translation>
    </message>
    <message>
      <source>Choose a norm pack.</source>
      <translation>Выберите набор нормативов.</translation>
    </message>
    <message>
      <source>Choose the capacity field of {layer} ({service}).</source>
      <translation>Выберите поле мощности слоя {layer} ({service}).</translation>
    </message>
    <message>
      <source>Choose the population field of the layer {layer}.</source>
      <translation>Выберите поле численности населения слоя {layer}.</translation>
    </message>
    <message>
      <source>Choose the units layer (districts or microdistricts) first.</source>
      <translation>Сначала выберите слой территориальных единиц (районы или микрорайоны).</translation>
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
      <source>Copied from {pack} {edition} sha256:{hash}.</source>
      <translation>Скопирован из {pack} {edition} sha256:{hash}.</translation>
    </message>
    <message>
      <source>Deficit</source>
      <translation>Дефицит</translation>
    </message>
    <message>
      <source>Deficit (norm not met)</source>
      <translation>Дефицит (норматив не выполнен)</translation>
    </message>
    <message>
      <source>Deficit by unit</source>
      <translation>Дефицит по единицам</translation>
    </message>
    <message>
      <source>Deficit by unit ({unit})</source>
      <translation>Дефицит по единицам ({unit})</translation>
    </message>
    <message>
      <source>Demand</source>
      <translation>Потребность</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Документ</translation>
    </message>
    <message>
      <source>Edited in the Regional Standards panel on {date}; the source gives {old}.</source>
      <translation>Изменено в панели «Региональные стандарты» {date}; в источнике {old}.</translation>
    </message>
    <message>
      <source>Edition</source>
      <translation>Редакция</translation>
    </message>
    <message>
      <source>Enhanced 2SFCA (distance decay)</source>
      <translation>Улучшенный 2SFCA (затухание с расстоянием)</translation>
    </message>
    <message>
      <source>Excel report</source>
      <translation>Отчёт Excel</translation>
    </message>
    <message>
      <source>Excel report written: {path}</source>
      <translation>Отчёт Excel записан: {path}</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Export Excel report</source>
      <translation>Экспорт отчёта Excel</translation>
    </message>
    <message>
      <source>Export Excel report…</source>
      <translation>Экспорт отчёта Excel…</translation>
    </message>
    <message>
      <source>Facilities and their capacity</source>
      <translation>Объекты и их мощность</translation>
    </message>
    <message>
      <source>Facility layer</source>
      <translation>Слой объектов</translation>
    </message>
    <message>
      <source>Green space</source>
      <translation>Зелёные насаждения общего пользования</translation>
    </message>
    <message>
      <source>Green space, sewerage and water supply</source>
      <translation>Зелёные насаждения, канализация и водоснабжение</translation>
    </message>
    <message>
      <source>Hospitals (beds)</source>
      <translation>Больницы (койки)</translation>
    </message>
    <message>
      <source>Inputs</source>
      <translation>Исходные данные</translation>
    </message>
    <message>
      <source>Kindergartens (places)</source>
      <translation>Детские сады (места)</translation>
    </message>
    <message>
      <source>Layer</source>
      <translation>Слой</translation>
    </message>
    <message>
      <source>Meets norm</source>
      <translation>Норматив выполнен</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Метод</translation>
    </message>
    <message>
      <source>Name field</source>
      <translation>Поле названия</translation>
    </message>
    <message>
      <source>New pack id</source>
      <translation>Идентификатор нового набора</translation>
    </message>
    <message>
      <source>New pack title</source>
      <translation>Название нового набора</translation>
    </message>
    <message>
      <source>No data</source>
      <translation>Нет данных</translation>
    </message>
    <message>
      <source>No unit has a deficit.</source>
      <translation>Дефицита нет ни в одной единице.</translation>
    </message>
    <message>
      <source>Norm</source>
      <translation>Норматив</translation>
    </message>
    <message>
      <source>Norm met (no deficit)</source>
      <translation>Норматив выполнен (дефицита нет)</translation>
    </message>
    <message>
      <source>Norm pack</source>
      <translation>Набор нормативов</translation>
    </message>
    <message>
      <source>Norm pack {pack} saved to {path}.</source>
      <translation>Набор нормативов {pack} сохранён в {path}.</translation>
    </message>
    <message>
      <source>Norm pack {pack} {edition}; method: {method}.</source>
      <translation>Набор нормативов {pack} {edition}; метод: {method}.</translation>
    </message>
    <message>
      <source>Norm values: {pack}</source>
      <translation>Значения нормативов: {pack}</translation>
    </message>
    <message>
      <source>Norms and method</source>
      <translation>Нормативы и метод</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Примечание</translation>
    </message>
    <message>
      <source>Polyclinics (visits per shift)</source>
      <translation>Поликлиники (посещений в смену)</translation>
    </message>
    <message>
      <source>Population field</source>
      <translation>Поле численности населения</translation>
    </message>
    <message>
      <source>Provision, %</source>
      <translation>Обеспеченность, %</translation>
    </message>
    <message>
      <source>Public green areas</source>
      <translation>Зелёные насаждения общего пользования</translation>
    </message>
    <message>
      <source>Regional Standards</source>
      <translation>Региональные стандарты</translation>
    </message>
    <message>
      <source>Regional Standards results</source>
      <translation>Результаты: региональные стандарты</translation>
    </message>
    <message>
      <source>Residents with sewerage</source>
      <translation>Жители с канализацией</translation>
    </message>
    <message>
      <source>Residents with water supply</source>
      <translation>Жители с водоснабжением</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Результаты</translation>
    </message>
    <message>
      <source>Run</source>
      <translation>Запустить</translation>
    </message>
    <message>
      <source>Run the checks first: there are no results to report.</source>
      <translation>Сначала запустите проверки: результатов для отчёта нет.</translation>
    </message>
    <message>
      <source>Save as new pack</source>
      <translation>Сохранить как новый набор</translation>
    </message>
    <message>
      <source>Schools (student places)</source>
      <translation>Школы (ученические места)</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Услуга</translation>
    </message>
    <message>
      <source>Sewerage and water supply</source>
      <translation>Канализация и водоснабжение</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Показать</translation>
    </message>
    <message>
      <source>Show the norm values with their sources; edit and save as a new pack</source>
      <translation>Показать значения нормативов с источниками; изменить и сохранить как новый набор</translation>
    </message>
    <message>
      <source>The Excel report was not written: {error}</source>
      <translation>Отчёт Excel не записан: {error}</translation>
    </message>
    <message>
      <source>The algorithm {alg} has no option {value} for {name}.</source>
      <translation>У алгоритма {alg} нет варианта {value} для {name}.</translation>
    </message>
    <message>
      <source>The algorithm {alg} is not installed; the check was not run.</source>
      <translation>Алгоритм {alg} не установлен; проверка не выполнена.</translation>
    </message>
    <message>
      <source>The check of {what} failed; see the Processing log.</source>
      <translation>Проверка «{what}» не удалась; см. журнал Processing.</translation>
    </message>
    <message>
      <source>The check of {what} produced no layer.</source>
      <translation>Проверка «{what}» не дала слоя.</translation>
    </message>
    <message>
      <source>The checks are done: {n} result layers.</source>
      <translation>Проверки выполнены: слоёв результатов — {n}.</translation>
    </message>
    <message>
      <source>The facility layer of {service} is no longer in the project.</source>
      <translation>Слоя объектов «{service}» больше нет в проекте.</translation>
    </message>
    <message>
      <source>The layer {layer} has no field {field}.</source>
      <translation>В слое {layer} нет поля {field}.</translation>
    </message>
    <message>
      <source>Two-step floating catchment (2SFCA)</source>
      <translation>Двухшаговый метод плавающих зон обслуживания (2SFCA)</translation>
    </message>
    <message>
      <source>Type an id for the new pack (small Latin letters, digits, _).</source>
      <translation>Введите идентификатор нового набора (строчные латинские буквы, цифры, _).</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Единица</translation>
    </message>
    <message>
      <source>Units (districts or microdistricts)</source>
      <translation>Территориальные единицы (районы или микрорайоны)</translation>
    </message>
    <message>
      <source>Unverified norm values used: {keys}.</source>
      <translation>Использованы непроверенные значения нормативов: {keys}.</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Показатель</translation>
    </message>
    <message>
      <source>Values…</source>
      <translation>Значения…</translation>
    </message>
    <message>
      <source>Wait until the running check ends.</source>
      <translation>Дождитесь окончания текущей проверки.</translation>
    </message>
    <message>
      <source>Where it applies</source>
      <translation>Где применяется</translation>
    </message>
    <message>
      <source>Within the normative radius</source>
      <translation>В пределах нормативного радиуса</translation>
    </message>
    <message>
      <source>e.g. {example}</source>
      <translation>например, {example}</translation>
    </message>
    <message>
      <source>no</source>
      <translation>нет</translation>
    </message>
    <message>
      <source>no data</source>
      <translation>нет данных</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>да</translation>
    </message>
    <message>
      <source>{service} {key}: {text!r} is not a number.</source>
      <translation>{service} {key}: {text!r} — не число.</translation>
    </message>
    <message>
      <source>{service}: load of facilities</source>
      <translation>{service}: загрузка объектов</translation>
    </message>
    <message>
      <source>{title} — edition {edition}. Orange: not checked against the official text.</source>
      <translation>{title} — редакция {edition}. Оранжевым: не сверено с официальным текстом.</translation>
    </message>
    <message>
      <source>{what}: {error}</source>
      <translation>{what}: {error}</translation>
    </message>
  </context>
</TS>
