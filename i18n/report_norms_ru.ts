<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>core</name>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1027" />
      <source>Confidence (id)</source>
      <translation>Достоверность (код)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1110" />
      <source>Confidence: {confirmed} = checked against the official text; {secondary} = taken from a secondary source; {derived} = computed, e.g. from statistics; {unverified} = not checked (highlighted). Only the values {confirmed} count as verified. Each row is a value the checks used, for the settlement tier and development type it was used for (empty: every unit). The columns after "{last}" hold the pack's hash and the service, norm, unit, development type and confidence as ids, for scripts; they are not printed.</source>
      <translation>Достоверность: {confirmed} — сверено с официальным текстом; {secondary} — взято из вторичного источника; {derived} — вычислено, например по статистике; {unverified} — не проверено (выделено). Проверенными считаются только значения «{confirmed}». Каждая строка — значение, которое использовали расчёты, для того уровня населённого пункта и типа застройки, для которых оно применено (пусто: для всех единиц). Столбцы после «{last}» содержат хеш пакета, а также услугу, норматив, единицу, тип застройки и достоверность в виде кодов для скриптов; они не печатаются.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1026" />
      <source>Development type (id)</source>
      <translation>Тип застройки (код)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1008" />
      <source>Norm</source>
      <translation>Норматив</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1023" />
      <source>Service (id)</source>
      <translation>Услуга (код)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1025" />
      <source>Unit (id)</source>
      <translation>Единица (код)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="313" />
      <source>demand per new flat</source>
      <translation>потребность на одну новую квартиру</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="312" />
      <source>residents per new flat</source>
      <translation>жителей на одну новую квартиру</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/engineering.py" line="324" />
      <source>the norm value "{key}" is not verified against the official text</source>
      <translation>значение норматива «{key}» не сверено с официальным текстом</translation>
    </message>
    <message>
      <location filename="../scripts/run_demo.py" line="288" />
      <source>{methods}; distances in a straight line</source>
      <translation>{methods}; расстояния по прямой</translation>
    </message>
  </context>
  <context>
    <name>definitions</name>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="117" />
      <source>%</source>
      <translation>%</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="131" />
      <source>beds per 1000 residents</source>
      <translation>коек на 1000 жителей</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="140" />
      <source>confirmed (official text)</source>
      <translation>подтверждено (официальный текст)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="142" />
      <source>derived from statistics</source>
      <translation>выведено из статистики</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="121" />
      <source>ha</source>
      <translation>га</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="119" />
      <source>km</source>
      <translation>км</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="122" />
      <source>km/h</source>
      <translation>км/ч</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="151" />
      <source>low-rise</source>
      <translation>малоэтажная</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="118" />
      <source>m</source>
      <translation>м</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="120" />
      <source>min</source>
      <translation>мин</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="150" />
      <source>multi-storey</source>
      <translation>многоэтажная</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="128" />
      <source>m² per place</source>
      <translation>м² на место</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="127" />
      <source>m² per pupil</source>
      <translation>м² на ученика</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="126" />
      <source>m² per resident</source>
      <translation>м² на жителя</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="124" />
      <source>objects</source>
      <translation>объекты</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="132" />
      <source>per 1000 residents</source>
      <translation>на 1000 жителей</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="134" />
      <source>per flat</source>
      <translation>на квартиру</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="129" />
      <source>places per 1000 residents</source>
      <translation>мест на 1000 жителей</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="123" />
      <source>pupils</source>
      <translation>учащиеся</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="133" />
      <source>residents per flat</source>
      <translation>жителей на квартиру</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="141" />
      <source>secondary source</source>
      <translation>вторичный источник</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="143" />
      <source>unverified</source>
      <translation>не проверено</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="130" />
      <source>visits per shift per 1000 residents</source>
      <translation>посещений в смену на 1000 жителей</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="125" />
      <source>yes or no</source>
      <translation>да или нет</translation>
    </message>
  </context>
</TS>
