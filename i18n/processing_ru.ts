<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>AlmatyAlgorithm</name>
    <message>
      <source>Provision with a service</source>
      <translation>Обеспеченность услугой</translation>
    </message>
    <message>
      <source>Accessibility (2SFCA / E2SFCA)</source>
      <translation>Доступность (2SFCA / E2SFCA)</translation>
    </message>
    <message>
      <source>Green space per resident</source>
      <translation>Зелёные насаждения на жителя</translation>
    </message>
    <message>
      <source>Sewerage and water supply gap</source>
      <translation>Разрыв по канализации и водоснабжению</translation>
    </message>
    <message>
      <source>Excel deficit report</source>
      <translation>Отчёт Excel о дефицитах</translation>
    </message>
    <message>
      <source>Population onto buildings (dasymetric)</source>
      <translation>Население по зданиям (дазиметрия)</translation>
    </message>
    <message>
      <source>Assign settlement tiers</source>
      <translation>Категории населённых пунктов</translation>
    </message>
    <message>
      <source>Provision checks</source>
      <translation>Проверки обеспеченности</translation>
    </message>
    <message>
      <source>Data preparation</source>
      <translation>Подготовка данных</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Отчёты</translation>
    </message>
    <message>
      <source>Planning units (districts, microdistricts)</source>
      <translation>Планировочные единицы (районы, микрорайоны)</translation>
    </message>
    <message>
      <source>Population field</source>
      <translation>Поле численности населения</translation>
    </message>
    <message>
      <source>Unit id field (unique)</source>
      <translation>Поле идентификатора единицы (уникальное)</translation>
    </message>
    <message>
      <source>Unit name field</source>
      <translation>Поле названия единицы</translation>
    </message>
    <message>
      <source>Norm pack</source>
      <translation>Пакет нормативов</translation>
    </message>
    <message>
      <source>Norm pack file (YAML, instead of the choice above)</source>
      <translation>Файл пакета нормативов (YAML, вместо выбора выше)</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Метод</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Услуга</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Результат</translation>
    </message>
    <message>
      <source>Facilities (schools, kindergartens, ...)</source>
      <translation>Объекты (школы, детские сады, ...)</translation>
    </message>
    <message>
      <source>Capacity field (places, visits per shift, beds)</source>
      <translation>Поле мощности (места, посещения в смену, койки)</translation>
    </message>
    <message>
      <source>Street network (optional)</source>
      <translation>Улично-дорожная сеть (необязательно)</translation>
    </message>
    <message>
      <source>Radius in metres (empty: the pack's radius)</source>
      <translation>Радиус в метрах (пусто: радиус из пакета)</translation>
    </message>
    <message>
      <source>Population points or buildings (optional)</source>
      <translation>Точки населения или здания (необязательно)</translation>
    </message>
    <message>
      <source>Residents field of the population points</source>
      <translation>Поле жителей точек населения</translation>
    </message>
    <message>
      <source>Settlement tier field (1-5)</source>
      <translation>Поле категории населённого пункта (1-5)</translation>
    </message>
    <message>
      <source>Development type field (multi_storey, low_rise)</source>
      <translation>Поле типа застройки (multi_storey, low_rise)</translation>
    </message>
    <message>
      <source>Facility id field</source>
      <translation>Поле идентификатора объекта</translation>
    </message>
    <message>
      <source>Actual load field (e.g. pupils enrolled)</source>
      <translation>Поле фактической загрузки (напр. число учащихся)</translation>
    </message>
    <message>
      <source>Facility status field</source>
      <translation>Поле статуса объекта</translation>
    </message>
    <message>
      <source>Statuses counted (comma-separated)</source>
      <translation>Учитываемые статусы (через запятую)</translation>
    </message>
    <message>
      <source>Count an empty capacity as 0</source>
      <translation>Считать пустую мощность равной 0</translation>
    </message>
    <message>
      <source>Provision of units</source>
      <translation>Обеспеченность единиц</translation>
    </message>
    <message>
      <source>Load of facilities</source>
      <translation>Загрузка объектов</translation>
    </message>
    <message>
      <source>Distance decay for E2SFCA (empty: steps 1/0.68/0.22; a number: Gaussian sigma, m)</source>
      <translation>Затухание по расстоянию для E2SFCA (пусто: ступени 1/0,68/0,22; число: sigma гауссианы, м)</translation>
    </message>
    <message>
      <source>Public green areas (parks, squares, boulevards)</source>
      <translation>Зелёные насаждения общего пользования (парки, скверы, бульвары)</translation>
    </message>
    <message>
      <source>Apply the residential-district norm</source>
      <translation>Применить норматив для жилых районов</translation>
    </message>
    <message>
      <source>Count residents within a walk of a large park</source>
      <translation>Учесть жителей в пешеходной доступности крупного парка</translation>
    </message>
    <message>
      <source>Buildings or population points (optional; else the fields are read on the units)</source>
      <translation>Здания или точки населения (необязательно; иначе поля читаются у единиц)</translation>
    </message>
    <message>
      <source>Residents field of the buildings</source>
      <translation>Поле жителей зданий</translation>
    </message>
    <message>
      <source>Sewerage connection field</source>
      <translation>Поле подключения к канализации</translation>
    </message>
    <message>
      <source>Water supply connection field</source>
      <translation>Поле подключения к водоснабжению</translation>
    </message>
    <message>
      <source>The field holds (flag, share, percent, count)</source>
      <translation>Поле содержит (flag — признак, share — долю, percent — процент, count — число)</translation>
    </message>
    <message>
      <source>Sewer mains (optional)</source>
      <translation>Сети канализации (необязательно)</translation>
    </message>
    <message>
      <source>Water mains (optional)</source>
      <translation>Сети водопровода (необязательно)</translation>
    </message>
    <message>
      <source>Connection distance to a main, m (empty: the pack's value)</source>
      <translation>Расстояние подключения к сети, м (пусто: значение из пакета)</translation>
    </message>
    <message>
      <source>Target share of connected residents, % (empty: the pack's value)</source>
      <translation>Целевая доля подключённых жителей, % (пусто: значение из пакета)</translation>
    </message>
    <message>
      <source>Sewerage and water gap</source>
      <translation>Разрыв по канализации и водоснабжению</translation>
    </message>
    <message>
      <source>Result layers (provision, green space, engineering gap)</source>
      <translation>Слои результатов (обеспеченность, зелёные насаждения, инженерные сети)</translation>
    </message>
    <message>
      <source>Language of the report</source>
      <translation>Язык отчёта</translation>
    </message>
    <message>
      <source>Excel report</source>
      <translation>Отчёт Excel</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Residential buildings</source>
      <translation>Жилые здания</translation>
    </message>
    <message>
      <source>Share by</source>
      <translation>Распределять по</translation>
    </message>
    <message>
      <source>Number of floors field</source>
      <translation>Поле этажности</translation>
    </message>
    <message>
      <source>Floors where the field is empty</source>
      <translation>Этажность, если поле пустое</translation>
    </message>
    <message>
      <source>Buildings with population</source>
      <translation>Здания с населением</translation>
    </message>
    <message>
      <source>Settlements or planning units</source>
      <translation>Населённые пункты или планировочные единицы</translation>
    </message>
    <message>
      <source>Tier field (kept where filled)</source>
      <translation>Поле категории (сохраняется, где заполнено)</translation>
    </message>
    <message>
      <source>Settlement status field (city, district centre, village, ...)</source>
      <translation>Поле статуса населённого пункта (город, районный центр, село, ...)</translation>
    </message>
    <message>
      <source>Unit id field</source>
      <translation>Поле идентификатора единицы</translation>
    </message>
    <message>
      <source>Units with tiers</source>
      <translation>Единицы с категориями</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <source>The layer {layer} could not be opened.</source>
      <translation>Не удалось открыть слой {layer}.</translation>
    </message>
    <message>
      <source>Canceled while reading {layer}.</source>
      <translation>Отменено при чтении слоя {layer}.</translation>
    </message>
    <message>
      <source>Canceled while writing {layer}.</source>
      <translation>Отменено при записи слоя {layer}.</translation>
    </message>
    <message>
      <source>The result layer {layer} could not be written (feature {row}).</source>
      <translation>Не удалось записать слой результата {layer} (объект {row}).</translation>
    </message>
    <message>
      <source>Canceled.</source>
      <translation>Отменено.</translation>
    </message>
    <message>
      <source>Choose a norm pack (NORM_PACK) or give a pack file (NORM_PACK_FILE).</source>
      <translation>Выберите пакет нормативов (NORM_PACK) или укажите файл пакета (NORM_PACK_FILE).</translation>
    </message>
    <message>
      <source>layer {name}</source>
      <translation>слой {name}</translation>
    </message>
    <message>
      <source>feature {id}</source>
      <translation>объект {id}</translation>
    </message>
    <message>
      <source>field {field}</source>
      <translation>поле {field}</translation>
    </message>
    <message>
      <source>DECAY must be empty, a number (Gaussian sigma in metres) or steps like 300:1,600:0.68,900:0.22</source>
      <translation>DECAY должен быть пустым, числом (sigma гауссианы в метрах) или ступенями вида 300:1,600:0.68,900:0.22</translation>
    </message>
    <message>
      <source>Give at least one result layer (INPUTS).</source>
      <translation>Укажите хотя бы один слой результатов (INPUTS).</translation>
    </message>
    <message>
      <source>The layer {layer} is not a result of this plugin (it has no field service).</source>
      <translation>Слой {layer} не является результатом этого модуля (в нём нет поля service).</translation>
    </message>
    <message>
      <source>The norm pack {pack} could not be read: {error}</source>
      <translation>Не удалось прочитать пакет нормативов {pack}: {error}</translation>
    </message>
    <message>
      <source>unknown weight {weight}; use floor_area or footprint</source>
      <translation>неизвестный вес {weight}; используйте floor_area или footprint</translation>
    </message>
    <message>
      <source>give the field with the number of floors</source>
      <translation>укажите поле этажности</translation>
    </message>
    <message>
      <source>{n} buildings lie outside every unit and received no residents</source>
      <translation>{n} зданий лежат вне всех единиц и не получили жителей</translation>
    </message>
    <message>
      <source>units without buildings (or with zero floor area) kept their residents undistributed: {units}</source>
      <translation>единицы без зданий (или с нулевой площадью этажей) оставили жителей нераспределёнными: {units}</translation>
    </message>
    <message>
      <source>No data</source>
      <translation>Нет данных</translation>
    </message>
    <message>
      <source>Deficit</source>
      <translation>Дефицит</translation>
    </message>
    <message>
      <source>Norm met or surplus</source>
      <translation>Норматив выполнен или профицит</translation>
    </message>
    <message>
      <source>Overloaded</source>
      <translation>Перегружен</translation>
    </message>
    <message>
      <source>Within capacity</source>
      <translation>В пределах мощности</translation>
    </message>
    <message>
      <source>Gap</source>
      <translation>Разрыв</translation>
    </message>
    <message>
      <source>Norm met</source>
      <translation>Норматив выполнен</translation>
    </message>
  </context>
</TS>
