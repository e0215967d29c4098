<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>AlmatyAlgorithm</name>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="148" />
      <source>Aggregates</source>
      <translation>Сводные показатели</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="147" />
      <source>Checklist: settlement x standard</source>
      <translation>Перечень: населённый пункт x стандарт</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="121" />
      <source>District or region field (aggregates per group)</source>
      <translation>Поле района или области (сводные показатели по группам)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="127" />
      <source>Field of the objects holding the capacity (for standards per 1000 residents)</source>
      <translation>Поле объектов с мощностью (для стандартов на 1000 жителей)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="89" />
      <source>Field of the objects holding the object kind</source>
      <translation>Поле объектов с видом объекта</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="82" />
      <source>Objects (schools, kindergartens, medical points, ...), one or more layers</source>
      <translation>Объекты (школы, детские сады, медпункты, ...), один или несколько слоёв</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="150" />
      <source>Residents meeting each standard</source>
      <translation>Жители, для которых выполнен каждый стандарт</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="101" />
      <source>Roads (lines, for standards measured along roads)</source>
      <translation>Дороги (линии, для стандартов, измеряемых по дорогам)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="109" />
      <source>Settlement id field (unique)</source>
      <translation>Поле идентификатора населённого пункта (уникальное)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="115" />
      <source>Settlement name field</source>
      <translation>Поле названия населённого пункта</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="74" />
      <source>Settlement status field (tiers assigned as assign_tiers does)</source>
      <translation>Поле статуса населённого пункта (категории как в assign_tiers)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="58" />
      <source>Settlements (points or polygons)</source>
      <translation>Населённые пункты (точки или полигоны)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="146" />
      <source>Settlements with their sufficiency</source>
      <translation>Населённые пункты с уровнем обеспеченности</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="154" />
      <source>Shortest list to the target (greedy)</source>
      <translation>Кратчайший перечень до цели (жадный выбор)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="132" />
      <source>Sufficiency formula (our reading: the official formula is not published)</source>
      <translation>Формула обеспеченности (наше прочтение: официальная формула не опубликована)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="138" />
      <source>Target level for the list of what to build (%)</source>
      <translation>Целевой уровень для перечня строительства (%)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="66" />
      <source>Tier field (1-5)</source>
      <translation>Поле категории (1-5)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="152" />
      <source>What to build, ranked</source>
      <translation>Что построить, по порядку</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_export_standards.py" line="32" />
      <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
      <translation>CSV (*.csv);;Книга Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_import_standards.py" line="51" />
      <source>Id of the new norm pack</source>
      <translation>Идентификатор нового пакета нормативов</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_import_standards.py" line="55" />
      <source>Norm pack file written</source>
      <translation>Записанный файл пакета нормативов</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_import_standards.py" line="53" />
      <source>Replace a user pack of that id</source>
      <translation>Заменить пользовательский пакет с этим идентификатором</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_import_standards.py" line="57" />
      <source>Rows refused</source>
      <translation>Отклонено строк</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_import_standards.py" line="56" />
      <source>Standards imported</source>
      <translation>Загружено стандартов</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_export_standards.py" line="32" />
      <source>Table of standards</source>
      <translation>Таблица стандартов</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_import_standards.py" line="42" />
      <source>Table of standards (CSV or Excel)</source>
      <translation>Таблица стандартов (CSV или Excel)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_import_standards.py" line="44" />
      <source>Tables (*.csv *.xlsx)</source>
      <translation>Таблицы (*.csv *.xlsx)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_excel_report.py" line="60" />
      <source>Monitoring workbook of the settlements (when INPUTS mix both kinds of result)</source>
      <translation>Книга мониторинга населённых пунктов (если в INPUTS оба вида результатов)</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="216" />
      <source>Aggregates</source>
      <translation>Сводные показатели</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="152" />
      <source>Band</source>
      <translation>Группа</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="254" />
      <source>Build or provide</source>
      <translation>Построить или обеспечить</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="203" />
      <source>Check</source>
      <translation>Проверка</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="163" />
      <source>Checklist</source>
      <translation>Перечень</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="117" />
      <source>Content hash</source>
      <translation>Хеш содержимого</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="106" />
      <source>DEMO DATA: populations, tiers, attributes and most objects are synthetic, not a survey</source>
      <translation>ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ: численность, категории, атрибуты и большинство объектов синтетические, это не обследование</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="208" />
      <source>Detail</source>
      <translation>Пояснение</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="190" />
      <source>Details</source>
      <translation>Подробно</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="202" />
      <source>Direction</source>
      <translation>Направление</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="186" />
      <source>Give the field of the objects that holds the kind (KIND_FIELD).</source>
      <translation>Укажите поле объектов с видом объекта (KIND_FIELD).</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="218" />
      <source>Group</source>
      <translation>Группа</translation>
    </message>
    <message>
      <location filename="../almaty_planner/styles.py" line="39" />
      <source>High</source>
      <translation>Высокий</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="260" />
      <source>Level after, %</source>
      <translation>Уровень после, %</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="259" />
      <source>Level before, %</source>
      <translation>Уровень до, %</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="258" />
      <source>Level gain, points</source>
      <translation>Прирост уровня, п.п.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/styles.py" line="41" />
      <source>Low</source>
      <translation>Низкий</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="221" />
      <source>Mean sufficiency, %</source>
      <translation>Средняя обеспеченность, %</translation>
    </message>
    <message>
      <location filename="../almaty_planner/styles.py" line="40" />
      <source>Medium</source>
      <translation>Средний</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="277" />
      <source>Norms used</source>
      <translation>Применённые нормативы</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="264" />
      <source>Plan to the target</source>
      <translation>План до цели</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="250" />
      <source>Rank</source>
      <translation>Место</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="99" />
      <source>Regional standards of settlements: monitoring</source>
      <translation>Региональные стандарты населённых пунктов: мониторинг</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="147" />
      <source>Residents</source>
      <translation>Жители</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="240" />
      <source>Residents checked</source>
      <translation>Жителей проверено</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="241" />
      <source>Residents met</source>
      <translation>Жителей со стандартом</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="242" />
      <source>Residents met, %</source>
      <translation>Жителей со стандартом, %</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="257" />
      <source>Residents served</source>
      <translation>Обслуживаемых жителей</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="145" />
      <source>Settlement</source>
      <translation>Населённый пункт</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="144" />
      <source>Settlement id</source>
      <translation>Идентификатор населённого пункта</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="219" />
      <source>Settlements</source>
      <translation>Населённые пункты</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="238" />
      <source>Settlements checked</source>
      <translation>Проверено населённых пунктов</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="239" />
      <source>Settlements met</source>
      <translation>Населённых пунктов со стандартом</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="256" />
      <source>Settlements served</source>
      <translation>Обслуживаемых населённых пунктов</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="228" />
      <source>Share of residents in settlements that meet each standard</source>
      <translation>Доля жителей населённых пунктов, выполняющих каждый стандарт</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="255" />
      <source>Standard</source>
      <translation>Стандарт</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="148" />
      <source>Standards applicable</source>
      <translation>Применимых стандартов</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="149" />
      <source>Standards met</source>
      <translation>Выполнено стандартов</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="204" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="251" />
      <source>Step</source>
      <translation>Шаг</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="118" />
      <source>Sufficiency formula</source>
      <translation>Формула обеспеченности</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="151" />
      <source>Sufficiency, %</source>
      <translation>Обеспеченность, %</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="236" />
      <source>The target of {target}% cannot be reached with the objects the checklist asks for.</source>
      <translation>Цель {target}% недостижима объектами, которых требует перечень.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="206" />
      <source>Threshold</source>
      <translation>Порог</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="146" />
      <source>Tier</source>
      <translation>Категория</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="285" />
      <source>Title</source>
      <translation>Название</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="222" />
      <source>Weighted by population, %</source>
      <translation>Взвешенно по численности, %</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="263" />
      <source>What to build</source>
      <translation>Что построить</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="119" />
      <source>Written</source>
      <translation>Записано</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="364" />
      <source>a field of the settlement layer</source>
      <translation>поле слоя населённых пунктов</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="433" />
      <source>a list of bands, highest first</source>
      <translation>список групп, начиная с высшей</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="378" />
      <source>a list of object kinds, lowest level first</source>
      <translation>список видов объектов, начиная с низшего уровня</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="473" />
      <source>a list of standards</source>
      <translation>список стандартов</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="145" />
      <source>a mapping</source>
      <translation>словарь (ключ: значение)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="424" />
      <source>a mapping of ids to titles</source>
      <translation>словарь идентификаторов и названий</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="450" />
      <source>a percentage 0-100</source>
      <translation>процент от 0 до 100</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="311" />
      <source>a sourced value</source>
      <translation>значение с источником</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="355" />
      <source>a speed above 0</source>
      <translation>скорость больше 0</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="348" />
      <source>a speed in km_per_h</source>
      <translation>скорость в km_per_h</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="306" />
      <source>a weight above 0</source>
      <translation>вес больше 0</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1317" />
      <source>all settlements</source>
      <translation>все населённые пункты</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1233" />
      <source>an object in the settlement has no capacity</source>
      <translation>у объекта в населённом пункте не указана мощность</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="249" />
      <source>an object kind</source>
      <translation>вид объекта</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="755" />
      <source>cancelled</source>
      <translation>отменено</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="480" />
      <source>duplicate standard id {id!r}</source>
      <translation>повторяющийся идентификатор стандарта {id!r}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="458" />
      <source>expected bands from the highest min_pct down to a last band at 0, got {got!r}</source>
      <translation>ожидались группы от наибольшего min_pct до последней группы с 0, получено {got!r}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="401" />
      <source>expected increasing population bounds, got {got!r}</source>
      <translation>ожидались возрастающие границы численности, получено {got!r}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="295" />
      <source>expected max_population above min_population</source>
      <translation>ожидалось max_population больше min_population</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="394" />
      <source>expected one upper population bound per level ({n}), got {got!r}</source>
      <translation>ожидалась одна верхняя граница численности на уровень ({n}), получено {got!r}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1320" />
      <source>field not found</source>
      <translation>поле не найдено</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1718" />
      <source>first object to build: {kind} in {name} serves {residents} residents (+{gain} points)</source>
      <translation>первый объект для строительства: {kind} в {name} обслуживает {residents} жителей (+{gain} п.п.)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="264" />
      <source>greedy choice: short, not proven the shortest</source>
      <translation>жадный выбор: короткий, но не доказано, что кратчайший</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="29" />
      <source>met</source>
      <translation>выполнен</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1213" />
      <source>met by {field}</source>
      <translation>выполнен за счёт {field}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1224" />
      <source>nearest beyond the limit</source>
      <translation>ближайший за пределом</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1248" />
      <source>needs {need}; highest present: {have}</source>
      <translation>требуется {need}; высший имеющийся: {have}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="31" />
      <source>no data</source>
      <translation>нет данных</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="777" />
      <source>no object kind</source>
      <translation>не указан вид объекта</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1038" />
      <source>no object of kind {kinds} in the object layers</source>
      <translation>в слоях объектов нет объектов вида {kinds}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1218" />
      <source>no object within reach and no value in {field}</source>
      <translation>нет объекта в пределах доступности и нет значения в {field}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1235" />
      <source>no residents</source>
      <translation>нет жителей</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1273" />
      <source>no value in {field}</source>
      <translation>нет значения в {field}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1224" />
      <source>none within the limit</source>
      <translation>нет в пределах порога</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="695" />
      <source>norm pack {pack!r} has no standards section; expected a checklist of regional standards</source>
      <translation>в пакете нормативов {pack!r} нет раздела standards; ожидался перечень региональных стандартов</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1268" />
      <source>not a number: {got!r}</source>
      <translation>не число: {got!r}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="32" />
      <source>not applicable</source>
      <translation>не применяется</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="30" />
      <source>not met</source>
      <translation>не выполнен</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="783" />
      <source>object kind {kind!r} is not known to any standard; known kinds: {known}</source>
      <translation>вид объекта {kind!r} не известен ни одному стандарту; известные виды: {known}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="181" />
      <source>objects</source>
      <translation>объекты</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="317" />
      <source>one number</source>
      <translation>одно число</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1245" />
      <source>population above the largest band</source>
      <translation>численность выше наибольшей группы</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1188" />
      <source>population outside the standard's band</source>
      <translation>численность вне диапазона стандарта</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1709" />
      <source>published: national sufficiency level {national}% (2025), target {target}% by 2028 (formula not published; not directly comparable)</source>
      <translation>опубликовано: уровень обеспеченности по стране {national}% (2025), цель {target}% к 2028 году (формула не опубликована; напрямую не сравнимо)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1701" />
      <source>settlements by band: {bands}; without a level (no data): {none}</source>
      <translation>населённые пункты по группам: {bands}; без уровня (нет данных): {none}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1054" />
      <source>standard {id}: the settlement layer has no field {field}; only the distance is checked</source>
      <translation>стандарт {id}: в слое населённых пунктов нет поля {field}; проверяется только расстояние</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1050" />
      <source>standard {id}: {reason}; counted as no data, not as unmet</source>
      <translation>стандарт {id}: {reason}; учтено как «нет данных», а не как невыполнение</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1161" />
      <source>sufficiency = 100 x standards met / standards met or not met (share of applicable standards); the official formula is not published, this is our reading of it; no data is left out</source>
      <translation>обеспеченность = 100 x выполненные стандарты / выполненные или невыполненные (доля применимых стандартов); официальная формула не опубликована, это наше прочтение; отсутствие данных не учитывается</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1157" />
      <source>sufficiency = 100 x weight of standards met / weight of standards met or not met (weighted); the official formula is not published, this is our reading of it; no data is left out</source>
      <translation>обеспеченность = 100 x вес выполненных стандартов / вес выполненных или невыполненных (взвешенно); официальная формула не опубликована, это наше прочтение; отсутствие данных не учитывается</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="489" />
      <source>the distance within which an object counts as in a settlement given as a point</source>
      <translation>расстояние, в пределах которого объект считается находящимся в населённом пункте, заданном точкой</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1728" />
      <source>the level is already at or above the target {target}%</source>
      <translation>уровень уже не ниже цели {target}%</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1661" />
      <source>the list of objects is chosen greedily (each step the object that raises the level most); it is short but not proven to be the shortest</source>
      <translation>перечень объектов выбран жадно (на каждом шаге объект, больше всего поднимающий уровень); он короткий, но не доказано, что кратчайший</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1046" />
      <source>the settlement layer has no field {field}</source>
      <translation>в слое населённых пунктов нет поля {field}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1042" />
      <source>the standard is measured along the roads and no roads layer was given</source>
      <translation>стандарт измеряется по дорогам, а слой дорог не задан</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1044" />
      <source>the standard needs the capacity of objects and no capacity field was given</source>
      <translation>стандарту нужна мощность объектов, а поле мощности не задано</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1105" />
      <source>thresholds not verified against the official text were used: {keys}</source>
      <translation>использованы пороги, не сверенные с официальным текстом: {keys}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="284" />
      <source>unknown check {got!r}; expected one of: {known}</source>
      <translation>неизвестная проверка {got!r}; ожидалась одна из: {known}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="275" />
      <source>unknown direction {got!r}; expected one of: {known}</source>
      <translation>неизвестное направление {got!r}; ожидалось одно из: {known}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="972" />
      <source>unknown formula {formula}; use one of {known}</source>
      <translation>неизвестная формула {formula}; используйте одну из: {known}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="257" />
      <source>unknown object kind {kind!r}; the section's kinds are: {known}</source>
      <translation>неизвестный вид объекта {kind!r}; виды раздела: {known}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1733" />
      <source>{n} objects bring the level to {level}% (target {target}%)</source>
      <translation>{n} объектов поднимают уровень до {level}% (цель {target}%)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1735" />
      <source>{n} objects bring the level to {level}%; the target {target}% is not reached</source>
      <translation>{n} объектов поднимают уровень до {level}%; цель {target}% не достигнута</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1005" />
      <source>{n} settlements are points: an object within {radius} m of the point counts as in the settlement</source>
      <translation>{n} населённых пунктов заданы точками: объект в пределах {radius} м от точки считается находящимся в населённом пункте</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1695" />
      <source>{n} settlements, {pop} residents: mean sufficiency {mean}% (by population {weighted}%)</source>
      <translation>{n} населённых пунктов, {pop} жителей: средняя обеспеченность {mean}% (взвешенно по численности {weighted}%)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_import_standards.py" line="66" />
      <source>Give the id of the new norm pack (PACK_ID).</source>
      <translation>Укажите идентификатор нового пакета нормативов (PACK_ID).</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards_io.py" line="297" />
      <source>checklist imported from {file}; directions, kinds and bands of {pack}</source>
      <translation>перечень загружен из {file}; направления, виды объектов и группы из {pack}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards_io.py" line="238" />
      <source>duplicated standard (first in row {row})</source>
      <translation>повторяющийся стандарт (впервые в строке {row})</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards_io.py" line="147" />
      <source>imported from {file}, row {row}; not checked against the official text</source>
      <translation>загружено из {file}, строка {row}; не сверено с официальным текстом</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards_io.py" line="170" />
      <source>mandatory is not yes/no: {value!r}</source>
      <translation>mandatory — не да/нет: {value!r}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards_io.py" line="96" />
      <source>missing columns: {missing}; the table has: {present}</source>
      <translation>нет столбцов: {missing}; в таблице есть: {present}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_import_standards.py" line="84" />
      <source>new object kind {kind} added to the pack</source>
      <translation>в пакет добавлен новый вид объекта {kind}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards_io.py" line="288" />
      <source>no row of the table could be imported: {reasons}</source>
      <translation>ни одну строку таблицы загрузить нельзя: {reasons}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards_io.py" line="130" />
      <source>no source</source>
      <translation>нет источника</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards_io.py" line="120" />
      <source>no standard id</source>
      <translation>нет идентификатора стандарта</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards_io.py" line="123" />
      <source>no tier</source>
      <translation>нет категории</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards_io.py" line="65" />
      <source>row {row} ({standard}): {reason}</source>
      <translation>строка {row} ({standard}): {reason}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards_io.py" line="244" />
      <source>the standard differs from row {row} in more than the tier; give it another id</source>
      <translation>стандарт отличается от строки {row} не только категорией; дайте ему другой идентификатор</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards_io.py" line="110" />
      <source>{column} is not a number: {value!r}</source>
      <translation>{column} — не число: {value!r}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_import_standards.py" line="86" />
      <source>{n} standards imported into {path}; {m} rows refused</source>
      <translation>{n} стандартов загружено в {path}; отклонено строк: {m}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards_io.py" line="306" />
      <source>{pack} with the standards of {file}</source>
      <translation>{pack} со стандартами из {file}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards_io.py" line="91" />
      <source>{path}: the table cannot be read: {error}</source>
      <translation>{path}: таблицу нельзя прочитать: {error}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_excel_report.py" line="99" />
      <source>For the monitoring workbook give one settlements result of srs_sufficiency and its checklist (OUTPUT_DETAILS) among INPUTS.</source>
      <translation>Для книги мониторинга передайте в INPUTS один результат srs_sufficiency по населённым пунктам и его перечень (OUTPUT_DETAILS).</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1872" />
      <source>not a checklist of srs_sufficiency: the field {field} is missing</source>
      <translation>это не перечень srs_sufficiency: нет поля {field}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1865" />
      <source>not a result of srs_sufficiency: the field {field} is missing</source>
      <translation>это не результат srs_sufficiency: нет поля {field}</translation>
    </message>
  </context>
  <context>
    <name>AlmatyPlanner</name>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="264" />
      <source>Aggregates</source>
      <translation>Сводные показатели</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="511" />
      <source>Build or provide</source>
      <translation>Построить или обеспечить</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="499" />
      <source>By population, %</source>
      <translation>По численности, %</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="263" />
      <source>Checklist of the settlement</source>
      <translation>Перечень по населённому пункту</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="371" />
      <source>Choose the population field of the settlements.</source>
      <translation>Выберите поле численности населённых пунктов.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="369" />
      <source>Choose the settlements layer.</source>
      <translation>Выберите слой населённых пунктов.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="373" />
      <source>Choose the tier field or the status field of the settlements.</source>
      <translation>Выберите поле категории или поле статуса населённых пунктов.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="560" />
      <source>Detail</source>
      <translation>Пояснение</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="560" />
      <source>Direction</source>
      <translation>Направление</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="170" />
      <source>District or region field</source>
      <translation>Поле района или области</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="279" />
      <source>Export monitoring workbook…</source>
      <translation>Выгрузить книгу мониторинга…</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="499" />
      <source>Group</source>
      <translation>Группа</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="168" />
      <source>Id field</source>
      <translation>Поле идентификатора</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="195" />
      <source>Kind field</source>
      <translation>Поле вида объекта</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="514" />
      <source>Level gain, points</source>
      <translation>Прирост уровня, п.п.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="499" />
      <source>Mean, %</source>
      <translation>Среднее, %</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="576" />
      <source>Monitoring workbook</source>
      <translation>Книга мониторинга</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="375" />
      <source>No norm pack with a checklist of regional standards is available.</source>
      <translation>Нет пакета нормативов с перечнем региональных стандартов.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="531" />
      <source>No object is needed to reach the target, or none can raise the level.</source>
      <translation>Для достижения цели объекты не нужны, или ни один объект не поднимает уровень.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="194" />
      <source>Object layers</source>
      <translation>Слои объектов</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="179" />
      <source>Objects</source>
      <translation>Объекты</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="509" />
      <source>Rank</source>
      <translation>Место</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="413" />
      <source>Regional standards of settlements</source>
      <translation>Региональные стандарты населённых пунктов</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="437" />
      <source>Regional standards: {error}</source>
      <translation>Региональные стандарты: {error}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="499" />
      <source>Residents</source>
      <translation>Жители</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="513" />
      <source>Residents served</source>
      <translation>Обслуживаемых жителей</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="197" />
      <source>Roads</source>
      <translation>Дороги</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="245" />
      <source>Run the check to see the settlements' sufficiency.</source>
      <translation>Запустите проверку, чтобы увидеть обеспеченность населённых пунктов.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="250" />
      <source>Settlement</source>
      <translation>Населённый пункт</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/dock.py" line="302" />
      <source>Settlements</source>
      <translation>Населённые пункты</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="150" />
      <source>Settlements (points or polygons)</source>
      <translation>Населённые пункты (точки или полигоны)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="448" />
      <source>Settlements: checklist</source>
      <translation>Населённые пункты: перечень</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="443" />
      <source>Settlements: sufficiency</source>
      <translation>Населённые пункты: обеспеченность</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="512" />
      <source>Standard</source>
      <translation>Стандарт</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="200" />
      <source>Standards</source>
      <translation>Стандарты</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="560" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="218" />
      <source>Sufficiency formula</source>
      <translation>Формула обеспеченности</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="219" />
      <source>Target level</source>
      <translation>Целевой уровень</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="453" />
      <source>The regional standards check is done.</source>
      <translation>Проверка региональных стандартов выполнена.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="605" />
      <source>The workbook was not written: {error}</source>
      <translation>Книга не записана: {error}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="560" />
      <source>Threshold</source>
      <translation>Порог</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="166" />
      <source>Tier field (1-5)</source>
      <translation>Поле категории (1-5)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="265" />
      <source>What to build (ranked by residents served)</source>
      <translation>Что построить (по числу обслуживаемых жителей)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="601" />
      <source>Wrote {path}</source>
      <translation>Записано: {path}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="207" />
      <source>as the pack says</source>
      <translation>как в пакете</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="55" />
      <source>met</source>
      <translation>выполнен</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="58" />
      <source>not applicable</source>
      <translation>не применяется</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="56" />
      <source>not met</source>
      <translation>не выполнен</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="188" />
      <source>optional, for standards per 1000 residents</source>
      <translation>необязательно, для стандартов на 1000 жителей</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="208" />
      <source>share of applicable standards</source>
      <translation>доля применимых стандартов</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="209" />
      <source>weighted by the standards' weights</source>
      <translation>с весами стандартов</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="524" />
      <source>{n} objects bring the level to {level}% (target {target}%); chosen greedily, not proven the shortest.</source>
      <translation>{n} объектов поднимают уровень до {level}% (цель {target}%); выбраны жадно, не доказано, что это кратчайший перечень.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="486" />
      <source>{n} settlements: mean sufficiency {mean}%, by population {weighted}% (formula {formula}: our reading, the official formula is not published).</source>
      <translation>{n} населённых пунктов: средняя обеспеченность {mean}%, по численности {weighted}% (формула {formula}: наше прочтение, официальная формула не опубликована).</translation>
    </message>
  </context>
</TS>
