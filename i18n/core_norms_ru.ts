<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>core</name>
    <message>
      <source>a text</source>
      <translation>текст</translation>
    </message>
    <message>
      <source>a text or a mapping en/ru/kk</source>
      <translation>текст или словарь en/ru/kk</translation>
    </message>
    <message>
      <source>a mapping with tier and/or development</source>
      <translation>словарь с tier и/или development</translation>
    </message>
    <message>
      <source>a mapping with value, unit, source, confidence</source>
      <translation>словарь с value, unit, source, confidence</translation>
    </message>
    <message>
      <source>a mapping with basis and rate, or basis, field and coverage_pct</source>
      <translation>словарь с basis и rate или basis, field и coverage_pct</translation>
    </message>
    <message>
      <source>a mapping with capacity_unit, demand and values</source>
      <translation>словарь с capacity_unit, demand и values</translation>
    </message>
    <message>
      <source>a mapping with levels, statuses and population_rules</source>
      <translation>словарь с levels, statuses и population_rules</translation>
    </message>
    <message>
      <source>a mapping with tier and min_population and/or max_population</source>
      <translation>словарь с tier и min_population и/или max_population</translation>
    </message>
    <message>
      <source>a mapping of source keys to documents</source>
      <translation>словарь «ключ источника → документ»</translation>
    </message>
    <message>
      <source>a mapping of service ids</source>
      <translation>словарь идентификаторов услуг</translation>
    </message>
    <message>
      <source>a list of demand terms</source>
      <translation>список составляющих потребности</translation>
    </message>
    <message>
      <source>a mapping of value keys</source>
      <translation>словарь ключей значений</translation>
    </message>
    <message>
      <source>a mapping of tiers 1-5</source>
      <translation>словарь уровней 1-5</translation>
    </message>
    <message>
      <source>a mapping of status to tier</source>
      <translation>словарь «статус → уровень»</translation>
    </message>
    <message>
      <source>a list of rules</source>
      <translation>список правил</translation>
    </message>
    <message>
      <source>a mapping with document and edition</source>
      <translation>словарь с document и edition</translation>
    </message>
    <message>
      <source>an id</source>
      <translation>идентификатор</translation>
    </message>
    <message>
      <source>no demand basis of service {service} can be used: the units need one of the fields {fields}</source>
      <translation>ни одна основа расчёта потребности для услуги {service} не применима: в слое единиц нужно одно из полей {fields}</translation>
    </message>
    <message>
      <source>expected {expected}, got {got}</source>
      <translation>ожидалось: {expected}, получено: {got}</translation>
    </message>
    <message>
      <source>a mapping of keys</source>
      <translation>словарь ключей</translation>
    </message>
    <message>
      <source>a tier, or a mapping with tier and aliases</source>
      <translation>уровень или словарь с tier и aliases</translation>
    </message>
    <message>
      <source>a list of texts</source>
      <translation>список текстов</translation>
    </message>
    <message>
      <source>unknown source {source!r}; the pack's sources are: {known}</source>
      <translation>неизвестный источник {source!r}; источники набора: {known}</translation>
    </message>
    <message>
      <source>norm pack {pack_id!r} not found; available packs: {known}</source>
      <translation>набор нормативов {pack_id!r} не найден; доступные наборы: {known}</translation>
    </message>
    <message>
      <source>a pack with id {pack_id!r} already exists ({file}); choose another id</source>
      <translation>набор с идентификатором {pack_id!r} уже существует ({file}); выберите другой идентификатор</translation>
    </message>
    <message>
      <source>expected {expected}, got {got!r}</source>
      <translation>ожидалось: {expected}, получено: {got!r}</translation>
    </message>
    <message>
      <source>a tier from 1 to 5</source>
      <translation>уровень от 1 до 5</translation>
    </message>
    <message>
      <source>unverified norm value used: {service} {key} = {value} {unit} ({source}; {note})</source>
      <translation>использовано непроверенное значение норматива: {service} {key} = {value} {unit} ({source}; {note})</translation>
    </message>
    <message>
      <source>cannot read the file: {error}</source>
      <translation>не удаётся прочитать файл: {error}</translation>
    </message>
    <message>
      <source> (line {line})</source>
      <translation> (строка {line})</translation>
    </message>
    <message>
      <source>the key appears twice{where}; each key (and each service) may appear only once</source>
      <translation>ключ встречается дважды{where}; каждый ключ (и каждая услуга) может встречаться только один раз</translation>
    </message>
    <message>
      <source>not valid YAML or JSON: {error}</source>
      <translation>некорректный YAML или JSON: {error}</translation>
    </message>
    <message>
      <source>missing value; expected {expected}</source>
      <translation>нет значения; ожидалось: {expected}</translation>
    </message>
    <message>
      <source>missing key; expected {expected}</source>
      <translation>нет ключа; ожидалось: {expected}</translation>
    </message>
    <message>
      <source>the English title</source>
      <translation>название на английском</translation>
    </message>
    <message>
      <source>an id of lower-case latin letters, digits and _</source>
      <translation>идентификатор из строчных латинских букв, цифр и _</translation>
    </message>
    <message>
      <source>a number &gt;= 0</source>
      <translation>число &gt;= 0</translation>
    </message>
    <message>
      <source>not a number: {got!r}; expected a number &gt;= 0</source>
      <translation>не число: {got!r}; ожидалось число &gt;= 0</translation>
    </message>
    <message>
      <source>negative value {got}; expected a number &gt;= 0</source>
      <translation>отрицательное значение {got}; ожидалось число &gt;= 0</translation>
    </message>
    <message>
      <source>a unit</source>
      <translation>единица измерения</translation>
    </message>
    <message>
      <source>unknown unit {unit!r}; expected one of: {known}</source>
      <translation>неизвестная единица {unit!r}; ожидалась одна из: {known}</translation>
    </message>
    <message>
      <source>unknown confidence {got!r}; expected one of: {known}</source>
      <translation>неизвестная степень достоверности {got!r}; ожидалась одна из: {known}</translation>
    </message>
    <message>
      <source>a note saying why the value is unverified</source>
      <translation>примечание, почему значение не проверено</translation>
    </message>
    <message>
      <source>a value or a list of variants</source>
      <translation>значение или список вариантов</translation>
    </message>
    <message>
      <source>min_population and/or max_population</source>
      <translation>min_population и/или max_population</translation>
    </message>
    <message>
      <source>cycle of parents: {cycle}; expected a chain that ends at a pack without parent</source>
      <translation>цикл родительских наборов: {cycle}; ожидалась цепочка, заканчивающаяся набором без родителя</translation>
    </message>
    <message>
      <source>parent pack {parent!r} not found; expected one of: {known}</source>
      <translation>родительский набор {parent!r} не найден; ожидался один из: {known}</translation>
    </message>
    <message>
      <source>service {service!r} is not in norm pack {pack!r} (it has: {known})</source>
      <translation>услуги {service!r} нет в наборе нормативов {pack!r} (в нём есть: {known})</translation>
    </message>
    <message>
      <source>unknown key; expected one of: {known}</source>
      <translation>неизвестный ключ; ожидался один из: {known}</translation>
    </message>
    <message>
      <source>a rate per 1000</source>
      <translation>норма на 1000 жителей</translation>
    </message>
    <message>
      <source>a cohort field and a coverage %</source>
      <translation>поле возрастной группы и % охвата</translation>
    </message>
    <message>
      <source>two variants with the same conditions {when}; expected different conditions</source>
      <translation>два варианта с одинаковыми условиями {when}; ожидались разные условия</translation>
    </message>
    <message>
      <source>pack id {pack_id!r} is already defined in {other}</source>
      <translation>идентификатор набора {pack_id!r} уже задан в {other}</translation>
    </message>
    <message>
      <source>give a tier field, a status field or a population field</source>
      <translation>укажите поле уровня, поле статуса или поле численности населения</translation>
    </message>
    <message>
      <source>norm pack {pack!r} has no settlement tier rules; expected a tiers section with statuses</source>
      <translation>в наборе нормативов {pack!r} нет правил уровней населённых пунктов; ожидался раздел tiers со статусами</translation>
    </message>
    <message>
      <source>no tier in features {ids}; give a status or population field to assign it</source>
      <translation>нет уровня у объектов {ids}; укажите поле статуса или численности населения, чтобы его определить</translation>
    </message>
    <message>
      <source>the tier cannot be decided for features {ids}: no tier, known status or population rule in {fields}</source>
      <translation>невозможно определить уровень объектов {ids}: в {fields} нет уровня, известного статуса или подходящего правила по населению</translation>
    </message>
    <message>
      <source>expected a tier from 1 to 5 in features {ids} (e.g. {value!r})</source>
      <translation>ожидался уровень от 1 до 5 у объектов {ids} (например, {value!r})</translation>
    </message>
    <message>
      <source>unknown settlement status {value!r} in features {ids}; known statuses: {known}</source>
      <translation>неизвестный статус населённого пункта {value!r} у объектов {ids}; известные статусы: {known}</translation>
    </message>
  </context>
</TS>
