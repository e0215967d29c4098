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
      <source>assignment to the nearest facility with free capacity</source>
      <translation>распределение к ближайшему объекту со свободной мощностью</translation>
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
      <source>green area per resident in residential districts, m²</source>
      <translation>зелёные насаждения на жителя в жилых районах, м²</translation>
    </message>
    <message>
      <source>green area per resident, m²</source>
      <translation>зелёные насаждения на жителя, м²</translation>
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
      <source>pupils per class</source>
      <translation>учеников в классе</translation>
    </message>
    <message>
      <source>service radius, m</source>
      <translation>радиус обслуживания, м</translation>
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
      <source>typical size of a new facility</source>
      <translation>типовая мощность нового объекта</translation>
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
</TS>
