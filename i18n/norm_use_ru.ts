<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>core</name>
    <message>
      <source>Cohort field</source>
      <translation>Поле когорты</translation>
    </message>
    <message>
      <source>Development type</source>
      <translation>Тип застройки</translation>
    </message>
    <message>
      <source>Edition of the document</source>
      <translation>Редакция документа</translation>
    </message>
    <message>
      <source>Settlement tier</source>
      <translation>Уровень населённого пункта</translation>
    </message>
    <message>
      <source>Confidence: confirmed = checked against the official text (C), secondary = from a secondary source (S), derived = computed, e.g. from statistics (D), unverified = not checked (highlighted). Only confirmed values count as verified. Each row is a value the checks used, for the settlement tier and development type it was used for (empty: every unit).</source>
      <translation>Достоверность: confirmed — сверено с официальным текстом (C), secondary — из вторичного источника (S), derived — вычислено, например по статистике (D), unverified — не проверено (выделено). Проверенными считаются только значения confirmed. Каждая строка — значение, которое использовали расчёты, для того уровня населённого пункта и типа застройки, для которых оно применено (пусто: для всех единиц).</translation>
    </message>
    <message>
      <source>The norm pack {pack} of the results is not installed here: the norm values cannot be compared with a pack file.</source>
      <translation>Пакет норм {pack}, с которым получены результаты, здесь не установлен: значения норм нельзя сверить с файлом пакета.</translation>
    </message>
    <message>
      <source>The norm pack {pack} was changed after the results were computed (hash {then} in the results, {now} installed now): the results do not follow the pack as it is; run the checks again.</source>
      <translation>Пакет норм {pack} изменён после расчёта результатов (хеш {then} в результатах, {now} у установленного сейчас): результаты не соответствуют пакету в его нынешнем виде; выполните расчёты заново.</translation>
    </message>
    <message>
      <source>the field is not a list of the norm values used (was the text cut short?)</source>
      <translation>поле не содержит список использованных значений норм (текст обрезан?)</translation>
    </message>
    <message>
      <source>internal check failed: a reach method without pairs within reach</source>
      <translation>внутренняя проверка не пройдена: метод досягаемости без пар в пределах досягаемости</translation>
    </message>
  </context>
</TS>
