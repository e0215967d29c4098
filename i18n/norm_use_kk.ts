<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
  <context>
    <name>core</name>
    <message>
      <source>Cohort field</source>
      <translation>Когорта өрісі</translation>
    </message>
    <message>
      <source>Development type</source>
      <translation>Құрылыс түрі</translation>
    </message>
    <message>
      <source>Edition of the document</source>
      <translation>Құжат редакциясы</translation>
    </message>
    <message>
      <source>Settlement tier</source>
      <translation>Елді мекен деңгейі</translation>
    </message>
    <message>
      <source>Confidence: confirmed = checked against the official text (C), secondary = from a secondary source (S), derived = computed, e.g. from statistics (D), unverified = not checked (highlighted). Only confirmed values count as verified. Each row is a value the checks used, for the settlement tier and development type it was used for (empty: every unit).</source>
      <translation>Сенімділік: confirmed — ресми мәтінмен салыстырылған (C), secondary — қосалқы дереккөзден (S), derived — есептелген, мысалы статистикадан (D), unverified — тексерілмеген (белгіленген). Тек confirmed мәндері тексерілген деп саналады. Әр жол — есептеулер пайдаланған мән, ол қолданылған елді мекен деңгейі мен құрылыс түрі үшін (бос: барлық бірліктер үшін).</translation>
    </message>
    <message>
      <source>The norm pack {pack} of the results is not installed here: the norm values cannot be compared with a pack file.</source>
      <translation>Нәтижелер алынған {pack} нормалар пакеті мұнда орнатылмаған: норма мәндерін пакет файлымен салыстыру мүмкін емес.</translation>
    </message>
    <message>
      <source>The norm pack {pack} was changed after the results were computed (hash {then} in the results, {now} installed now): the results do not follow the pack as it is; run the checks again.</source>
      <translation>{pack} нормалар пакеті нәтижелер есептелгеннен кейін өзгертілген (нәтижелердегі хеш {then}, қазір орнатылғаны {now}): нәтижелер пакеттің қазіргі күйіне сәйкес емес; есептеулерді қайта орындаңыз.</translation>
    </message>
    <message>
      <source>the field is not a list of the norm values used (was the text cut short?)</source>
      <translation>өрісте пайдаланылған норма мәндерінің тізімі жоқ (мәтін қысқартылған ба?)</translation>
    </message>
    <message>
      <source>internal check failed: a reach method without pairs within reach</source>
      <translation>ішкі тексеру өтпеді: қолжетімділік әдісі қолжетімді жұптарсыз</translation>
    </message>
  </context>
</TS>
