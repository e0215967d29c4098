<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>AlmatyAlgorithm</name>
    <message>
      <source>Atlas (PDF)</source>
      <translation>Атлас (PDF)</translation>
    </message>
    <message>
      <source>Deficit atlas (PDF, one page per district)</source>
      <translation>Атлас дефицитов (PDF, страница на район)</translation>
    </message>
    <message>
      <source>Deficit result (provision, green space or sewerage and water per unit)</source>
      <translation>Результат с дефицитом (обеспеченность, зелёные насаждения или канализация и водоснабжение по единицам)</translation>
    </message>
    <message>
      <source>District name field (page titles)</source>
      <translation>Поле названия района (заголовки страниц)</translation>
    </message>
    <message>
      <source>Facilities to show (optional)</source>
      <translation>Показываемые объекты (необязательно)</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Pages: districts (polygons)</source>
      <translation>Страницы: районы (полигоны)</translation>
    </message>
    <message>
      <source>Title (empty: from the result)</source>
      <translation>Заголовок (пусто: по результату)</translation>
    </message>
    <message>
      <source>Units listed per page (largest deficit first)</source>
      <translation>Единиц в таблице на странице (сначала наибольший дефицит)</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <source>(memory layer, not saved)</source>
      <translation>(временный слой, не сохранён)</translation>
    </message>
    <message>
      <source>Deficit: 50-80% of demand met</source>
      <translation>Дефицит: удовлетворено 50-80% потребности</translation>
    </message>
    <message>
      <source>Deficit: 80-100% of demand met</source>
      <translation>Дефицит: удовлетворено 80-100% потребности</translation>
    </message>
    <message>
      <source>Deficit: less than 50% of demand met</source>
      <translation>Дефицит: удовлетворено менее 50% потребности</translation>
    </message>
    <message>
      <source>Facilities</source>
      <translation>Объекты</translation>
    </message>
    <message>
      <source>Fields used</source>
      <translation>Использованные поля</translation>
    </message>
    <message>
      <source>Green area missing, ha</source>
      <translation>Недостаёт зелёных насаждений, га</translation>
    </message>
    <message>
      <source>Map data © OpenStreetMap contributors (ODbL). Computed with almaty_planner {version}; norm values as in the report, unverified values are marked there.</source>
      <translation>Картографические данные © участники OpenStreetMap (ODbL). Рассчитано almaty_planner {version}; нормативы — как в отчёте, непроверенные значения отмечены там.</translation>
    </message>
    <message>
      <source>Met within the norm, %</source>
      <translation>Удовлетворено в пределах норматива, %</translation>
    </message>
    <message>
      <source>No population points: each unit's residents count as one point inside it.</source>
      <translation>Нет точек населения: жители каждой единицы считаются одной точкой внутри неё.</translation>
    </message>
    <message>
      <source>No unit with a deficit.</source>
      <translation>Нет единиц с дефицитом.</translation>
    </message>
    <message>
      <source>Norm pack {pack}, edition {edition}.</source>
      <translation>Набор нормативов {pack}, редакция {edition}.</translation>
    </message>
    <message>
      <source>Sewerage and water supply</source>
      <translation>Канализация и водоснабжение</translation>
    </message>
    <message>
      <source>The districts layer has no features: the atlas would have no pages.</source>
      <translation>В слое районов нет объектов: в атласе не было бы страниц.</translation>
    </message>
    <message>
      <source>The layer {layer} is not a deficit result of this plugin (it has no field deficit).</source>
      <translation>Слой {layer} не является результатом расчёта дефицита этого модуля (в нём нет поля deficit).</translation>
    </message>
    <message>
      <source>Units with the largest deficit</source>
      <translation>Единицы с наибольшим дефицитом</translation>
    </message>
    <message>
      <source>Unverified norm values used: {keys}.</source>
      <translation>Использованы непроверенные нормативы: {keys}.</translation>
    </message>
    <message>
      <source>assignment</source>
      <translation>распределение</translation>
    </message>
    <message>
      <source>assignment to the nearest facility with free capacity</source>
      <translation>распределение к ближайшему объекту со свободной мощностью</translation>
    </message>
    <message>
      <source>balance</source>
      <translation>баланс</translation>
    </message>
    <message>
      <source>balance within each unit</source>
      <translation>баланс внутри каждой единицы</translation>
    </message>
    <message>
      <source>connection distance, m</source>
      <translation>расстояние подключения, м</translation>
    </message>
    <message>
      <source>coverage of the age group, %</source>
      <translation>охват возрастной группы, %</translation>
    </message>
    <message>
      <source>coverage of {field}, %</source>
      <translation>охват {field}, %</translation>
    </message>
    <message>
      <source>demand per 1000 residents</source>
      <translation>потребность на 1000 жителей</translation>
    </message>
    <message>
      <source>demand per 1000 residents ({field})</source>
      <translation>потребность на 1000 жителей ({field})</translation>
    </message>
    <message>
      <source>enhanced 2SFCA with distance decay</source>
      <translation>улучшенный 2SFCA с затуханием по расстоянию</translation>
    </message>
    <message>
      <source>feldsher-midwife post: residents at most</source>
      <translation>ФАП: не более жителей</translation>
    </message>
    <message>
      <source>green area per resident in 2020 (baseline), m²</source>
      <translation>зелёные насаждения на жителя в 2020 г. (базовый уровень), м²</translation>
    </message>
    <message>
      <source>green area per resident in residential districts, medium city, m²</source>
      <translation>зелёные насаждения на жителя в жилых районах, средний город, м²</translation>
    </message>
    <message>
      <source>green area per resident in residential districts, m²</source>
      <translation>зелёные насаждения на жителя в жилых районах, м²</translation>
    </message>
    <message>
      <source>green area per resident, medium city, m²</source>
      <translation>зелёные насаждения на жителя, средний город, м²</translation>
    </message>
    <message>
      <source>green area per resident, m²</source>
      <translation>зелёные насаждения на жителя, м²</translation>
    </message>
    <message>
      <source>green area per resident, small city under 20 thousand, m²</source>
      <translation>зелёные насаждения на жителя, малый город до 20 тыс., м²</translation>
    </message>
    <message>
      <source>green area per resident, small city, m²</source>
      <translation>зелёные насаждения на жителя, малый город, м²</translation>
    </message>
    <message>
      <source>largest size of one facility</source>
      <translation>наибольшая мощность одного объекта</translation>
    </message>
    <message>
      <source>medical point: residents at most</source>
      <translation>медицинский пункт: не более жителей</translation>
    </message>
    <message>
      <source>no population points: the residents of each unit count as one point inside it (every unit is within the radius of that point); give buildings for a finer result</source>
      <translation>нет точек населения: жители каждой единицы считаются одной точкой внутри неё (каждая единица в пределах радиуса от этой точки); для более точного результата укажите здания</translation>
    </message>
    <message>
      <source>overcrowded class from, pupils</source>
      <translation>переполненный класс от, учеников</translation>
    </message>
    <message>
      <source>overload threshold, %</source>
      <translation>порог перегрузки, %</translation>
    </message>
    <message>
      <source>plot per place above 100 places, m²</source>
      <translation>участок на место свыше 100 мест, м²</translation>
    </message>
    <message>
      <source>plot per place above 500 places, m²</source>
      <translation>участок на место свыше 500 мест, м²</translation>
    </message>
    <message>
      <source>plot per place up to 100 places, m²</source>
      <translation>участок на место до 100 мест, м²</translation>
    </message>
    <message>
      <source>plot per pupil for {field} pupils, m²</source>
      <translation>участок на ученика при {field} учащихся, м²</translation>
    </message>
    <message>
      <source>pupils per class</source>
      <translation>учеников в классе</translation>
    </message>
    <message>
      <source>radius</source>
      <translation>радиус</translation>
    </message>
    <message>
      <source>service radius, m</source>
      <translation>радиус обслуживания, м</translation>
    </message>
    <message>
      <source>short-stay groups: additional places per 1000 residents</source>
      <translation>группы кратковременного пребывания: дополнительные места на 1000 жителей</translation>
    </message>
    <message>
      <source>short-stay groups: places per 1000 residents</source>
      <translation>группы кратковременного пребывания: места на 1000 жителей</translation>
    </message>
    <message>
      <source>smallest park counted, m²</source>
      <translation>наименьший учитываемый парк, м²</translation>
    </message>
    <message>
      <source>target share connected, %</source>
      <translation>целевая доля подключённых, %</translation>
    </message>
    <message>
      <source>the atlas could not be written to {path}: {error}</source>
      <translation>не удалось записать атлас в {path}: {error}</translation>
    </message>
    <message>
      <source>the atlas has no pages: the districts layer is empty</source>
      <translation>в атласе нет страниц: слой районов пуст</translation>
    </message>
    <message>
      <source>the print layout template has no map item 'map'</source>
      <translation>в шаблоне макета печати нет элемента карты 'map'</translation>
    </message>
    <message>
      <source>the print layout template {path} cannot be read</source>
      <translation>не удаётся прочитать шаблон макета печати {path}</translation>
    </message>
    <message>
      <source>travel time, min</source>
      <translation>время в пути, мин</translation>
    </message>
    <message>
      <source>two-step floating catchment (2SFCA)</source>
      <translation>двухшаговый метод плавающих зон (2SFCA)</translation>
    </message>
    <message>
      <source>typical site, ha</source>
      <translation>типовой участок, га</translation>
    </message>
    <message>
      <source>typical size of a new facility</source>
      <translation>типовая мощность нового объекта</translation>
    </message>
    <message>
      <source>typical sizes</source>
      <translation>типовые мощности</translation>
    </message>
    <message>
      <source>visits per shift, % of the daily visits</source>
      <translation>посещений в смену, % от дневных посещений</translation>
    </message>
    <message>
      <source>walking distance to a park, m</source>
      <translation>пешеходная доступность парка, м</translation>
    </message>
    <message>
      <source>within the normative radius</source>
      <translation>в пределах нормативного радиуса</translation>
    </message>
    <message>
      <source>without population points each unit counts as one point, but units {ids} reach up to {far} m from it, more than the norm's radius of {radius} m for {service}: give population points (buildings) or use the balance within each unit</source>
      <translation>без точек населения каждая единица считается одной точкой, но единицы {ids} простираются от неё до {far} м, больше норматива радиуса {radius} м для {service}: укажите точки населения (здания) или используйте баланс внутри каждой единицы</translation>
    </message>
    <message>
      <source>{n} pages written to {path}</source>
      <translation>{n} страниц записано в {path}</translation>
    </message>
    <message>
      <source>{service}: {method}</source>
      <translation>{service}: {method}</translation>
    </message>
  </context>
  <context>
    <name>AlmatyPlanner</name>
    <message>
      <source>%</source>
      <translation>%</translation>
    </message>
    <message>
      <source>Actual load field (e.g. pupils enrolled)</source>
      <translation>Поле фактической нагрузки (например, число учащихся)</translation>
    </message>
    <message>
      <source>Advanced</source>
      <translation>Дополнительно</translation>
    </message>
    <message>
      <source>Atlas pages (districts) and their names</source>
      <translation>Страницы атласа (районы) и их названия</translation>
    </message>
    <message>
      <source>Cannot replace {path}: the file is open in another program or read-only ({reason}).</source>
      <translation>Не удаётся заменить {path}: файл открыт в другой программе или только для чтения ({reason}).</translation>
    </message>
    <message>
      <source>Capacity missing to meet the norm, in the service's unit</source>
      <translation>Недостающая до норматива мощность, в единицах услуги</translation>
    </message>
    <message>
      <source>Capacity of the facilities in the unit</source>
      <translation>Мощность объектов в единице</translation>
    </message>
    <message>
      <source>Capacity of the unit's facilities against its demand (100 × capacity / demand)</source>
      <translation>Мощность объектов единицы относительно потребности (100 × мощность / потребность)</translation>
    </message>
    <message>
      <source>Choose the layer of the atlas pages (districts).</source>
      <translation>Выберите слой страниц атласа (районы).</translation>
    </message>
    <message>
      <source>Choose the residents field of the population points {layer}.</source>
      <translation>Выберите поле числа жителей в слое точек населения {layer}.</translation>
    </message>
    <message>
      <source>Demand from the norm pack</source>
      <translation>Потребность по набору нормативов</translation>
    </message>
    <message>
      <source>Development type field (multi_storey, low_rise)</source>
      <translation>Поле типа застройки (multi_storey, low_rise)</translation>
    </message>
    <message>
      <source>Export PDF atlas</source>
      <translation>Экспорт атласа PDF</translation>
    </message>
    <message>
      <source>Export PDF atlas…</source>
      <translation>Атлас PDF…</translation>
    </message>
    <message>
      <source>Facility statuses counted (comma-separated)</source>
      <translation>Учитываемые статусы объектов (через запятую)</translation>
    </message>
    <message>
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <source>GeoPackage of the results (with their styles)</source>
      <translation>GeoPackage с результатами (вместе со стилями)</translation>
    </message>
    <message>
      <source>Met within the norm, %</source>
      <translation>Удовлетворено в пределах норматива, %</translation>
    </message>
    <message>
      <source>Methods (one result each)</source>
      <translation>Методы (по результату на каждый)</translation>
    </message>
    <message>
      <source>No population points: each unit's residents count as one point inside it; give buildings (Advanced) for a finer result.</source>
      <translation>Нет точек населения: жители каждой единицы считаются одной точкой внутри неё; для более точного результата укажите здания (Дополнительно).</translation>
    </message>
    <message>
      <source>PDF atlas written ({n} pages): {path}</source>
      <translation>Атлас PDF записан ({n} стр.): {path}</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Population points or buildings (where the residents live)</source>
      <translation>Точки населения или здания (где живут жители)</translation>
    </message>
    <message>
      <source>Provision, % = capacity / demand; met within the norm, % = demand served within the radius.</source>
      <translation>Обеспеченность, % = мощность / потребность; удовлетворено в пределах норматива, % = потребность, обслуженная в пределах радиуса.</translation>
    </message>
    <message>
      <source>Radius in metres (empty: the pack's radius)</source>
      <translation>Радиус в метрах (пусто: радиус из набора)</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Отчёты</translation>
    </message>
    <message>
      <source>Residents field of the points</source>
      <translation>Поле числа жителей точек</translation>
    </message>
    <message>
      <source>Results file</source>
      <translation>Файл результатов</translation>
    </message>
    <message>
      <source>Settlement tier field (1-5)</source>
      <translation>Поле уровня населённого пункта (1-5)</translation>
    </message>
    <message>
      <source>Share of the demand met within the norm's radius (methods by distance)</source>
      <translation>Доля потребности, удовлетворённой в пределах нормативного радиуса (методы по расстоянию)</translation>
    </message>
    <message>
      <source>Shifts field</source>
      <translation>Поле сменности</translation>
    </message>
    <message>
      <source>Street network (distances along streets)</source>
      <translation>Улично-дорожная сеть (расстояния по улицам)</translation>
    </message>
    <message>
      <source>Style of the Regional Standards panel</source>
      <translation>Стиль панели «Региональные стандарты»</translation>
    </message>
    <message>
      <source>The PDF atlas was not written: {error}</source>
      <translation>Атлас PDF не записан: {error}</translation>
    </message>
    <message>
      <source>The algorithm {alg} is not installed.</source>
      <translation>Алгоритм {alg} не установлен.</translation>
    </message>
    <message>
      <source>The checks are done: {n} result layers in {path}.</source>
      <translation>Проверки выполнены: {n} слоёв результатов в {path}.</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist.</source>
      <translation>Папка {folder} не существует.</translation>
    </message>
    <message>
      <source>The folder {folder} of the results file does not exist.</source>
      <translation>Папка {folder} для файла результатов не существует.</translation>
    </message>
    <message>
      <source>The layer {layer} could not be written to {path}: {error}</source>
      <translation>Не удалось записать слой {layer} в {path}: {error}</translation>
    </message>
    <message>
      <source>The layer {table} cannot be read from {path}.</source>
      <translation>Не удаётся прочитать слой {table} из {path}.</translation>
    </message>
    <message>
      <source>The population points layer is no longer in the project.</source>
      <translation>Слоя точек населения больше нет в проекте.</translation>
    </message>
    <message>
      <source>The radius must be a number of metres above 0, not {text}.</source>
      <translation>Радиус должен быть числом метров больше 0, а не {text}.</translation>
    </message>
    <message>
      <source>The results file must be a GeoPackage (.gpkg): {path}</source>
      <translation>Файл результатов должен быть GeoPackage (.gpkg): {path}</translation>
    </message>
    <message>
      <source>The results were not written: {error}</source>
      <translation>Результаты не записаны: {error}</translation>
    </message>
    <message>
      <source>The unit's name</source>
      <translation>Название единицы</translation>
    </message>
    <message>
      <source>Tick at least one method.</source>
      <translation>Отметьте хотя бы один метод.</translation>
    </message>
    <message>
      <source>Whether the unit meets the norm</source>
      <translation>Соответствует ли единица нормативу</translation>
    </message>
    <message>
      <source>Without population points (Advanced) each unit's residents count as one point inside it; units larger than the norm's radius are refused. Give buildings for {methods}.</source>
      <translation>Без точек населения (Дополнительно) жители каждой единицы считаются одной точкой внутри неё; единицы больше нормативного радиуса не рассчитываются. Укажите здания для методов: {methods}.</translation>
    </message>
    <message>
      <source>beds</source>
      <translation>койки</translation>
    </message>
    <message>
      <source>beds per 1000 residents</source>
      <translation>коек на 1000 жителей</translation>
    </message>
    <message>
      <source>confirmed (official text)</source>
      <translation>подтверждено (официальный текст)</translation>
    </message>
    <message>
      <source>derived from statistics</source>
      <translation>выведено из статистики</translation>
    </message>
    <message>
      <source>development</source>
      <translation>застройка</translation>
    </message>
    <message>
      <source>everywhere</source>
      <translation>везде</translation>
    </message>
    <message>
      <source>ha</source>
      <translation>га</translation>
    </message>
    <message>
      <source>low-rise</source>
      <translation>малоэтажная</translation>
    </message>
    <message>
      <source>m</source>
      <translation>м</translation>
    </message>
    <message>
      <source>min</source>
      <translation>мин</translation>
    </message>
    <message>
      <source>multi-storey</source>
      <translation>многоэтажная</translation>
    </message>
    <message>
      <source>m²</source>
      <translation>м²</translation>
    </message>
    <message>
      <source>m² per place</source>
      <translation>м² на место</translation>
    </message>
    <message>
      <source>m² per pupil</source>
      <translation>м² на ученика</translation>
    </message>
    <message>
      <source>m² per resident</source>
      <translation>м² на жителя</translation>
    </message>
    <message>
      <source>places</source>
      <translation>места</translation>
    </message>
    <message>
      <source>places per 1000 residents</source>
      <translation>мест на 1000 жителей</translation>
    </message>
    <message>
      <source>pupils</source>
      <translation>учащиеся</translation>
    </message>
    <message>
      <source>residents</source>
      <translation>жители</translation>
    </message>
    <message>
      <source>secondary source</source>
      <translation>вторичный источник</translation>
    </message>
    <message>
      <source>the pack's radius</source>
      <translation>радиус из набора</translation>
    </message>
    <message>
      <source>tier</source>
      <translation>уровень</translation>
    </message>
    <message>
      <source>unverified</source>
      <translation>не проверено</translation>
    </message>
    <message>
      <source>visits per shift</source>
      <translation>посещений в смену</translation>
    </message>
    <message>
      <source>visits per shift per 1000 residents</source>
      <translation>посещений в смену на 1000 жителей</translation>
    </message>
    <message>
      <source>{service}: {method}</source>
      <translation>{service}: {method}</translation>
    </message>
    <message>
      <source>{what}: load of facilities</source>
      <translation>{what}: загрузка объектов</translation>
    </message>
  </context>
</TS>
