<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
  <context>
    <name>core</name>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1027" />
      <source>Confidence (id)</source>
      <translation>Сенімділік (код)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1110" />
      <source>Confidence: {confirmed} = checked against the official text; {secondary} = taken from a secondary source; {derived} = computed, e.g. from statistics; {unverified} = not checked (highlighted). Only the values {confirmed} count as verified. Each row is a value the checks used, for the settlement tier and development type it was used for (empty: every unit). The columns after "{last}" hold the pack's hash and the service, norm, unit, development type and confidence as ids, for scripts; they are not printed.</source>
      <translation>Сенімділік: {confirmed} — ресми мәтінмен салыстырылған; {secondary} — қосалқы дереккөзден алынған; {derived} — есептелген, мысалы статистикадан; {unverified} — тексерілмеген (белгіленген). Тек «{confirmed}» мәндері тексерілген деп саналады. Әр жол — есептеулер пайдаланған мән, ол қолданылған елді мекен деңгейі мен құрылыс түрі үшін (бос: барлық бірліктер үшін). «{last}» бағанынан кейінгі бағандарда пакеттің хеші, сондай-ақ қызмет, норматив, өлшем бірлігі, құрылыс түрі және сенімділік скрипттер үшін код ретінде берілген; олар басып шығарылмайды.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1026" />
      <source>Development type (id)</source>
      <translation>Құрылыс түрі (код)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1008" />
      <source>Norm</source>
      <translation>Норматив</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1023" />
      <source>Service (id)</source>
      <translation>Қызмет (код)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1025" />
      <source>Unit (id)</source>
      <translation>Өлшем бірлігі (код)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="313" />
      <source>demand per new flat</source>
      <translation>бір жаңа пәтерге қажеттілік</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="312" />
      <source>residents per new flat</source>
      <translation>бір жаңа пәтерге тұрғын</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/engineering.py" line="324" />
      <source>the norm value "{key}" is not verified against the official text</source>
      <translation>«{key}» нормативінің мәні ресми мәтінмен салыстырылмаған</translation>
    </message>
    <message>
      <location filename="../scripts/run_demo.py" line="288" />
      <source>{methods}; distances in a straight line</source>
      <translation>{methods}; қашықтықтар түзу сызық бойынша</translation>
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
      <translation>1000 тұрғынға төсек-орын</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="140" />
      <source>confirmed (official text)</source>
      <translation>расталған (ресми мәтін)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="142" />
      <source>derived from statistics</source>
      <translation>статистикадан алынған</translation>
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
      <translation>км/сағ</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="151" />
      <source>low-rise</source>
      <translation>аз қабатты</translation>
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
      <translation>көп қабатты</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="128" />
      <source>m² per place</source>
      <translation>бір орынға м²</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="127" />
      <source>m² per pupil</source>
      <translation>бір оқушыға м²</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="126" />
      <source>m² per resident</source>
      <translation>бір тұрғынға м²</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="124" />
      <source>objects</source>
      <translation>нысандар</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="132" />
      <source>per 1000 residents</source>
      <translation>1000 тұрғынға</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="134" />
      <source>per flat</source>
      <translation>бір пәтерге</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="129" />
      <source>places per 1000 residents</source>
      <translation>1000 тұрғынға орын</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="123" />
      <source>pupils</source>
      <translation>оқушылар</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="133" />
      <source>residents per flat</source>
      <translation>бір пәтерге тұрғын</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="141" />
      <source>secondary source</source>
      <translation>қосалқы дереккөз</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="143" />
      <source>unverified</source>
      <translation>тексерілмеген</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="130" />
      <source>visits per shift per 1000 residents</source>
      <translation>1000 тұрғынға ауысымына келу</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/definitions.py" line="125" />
      <source>yes or no</source>
      <translation>иә немесе жоқ</translation>
    </message>
  </context>
</TS>
