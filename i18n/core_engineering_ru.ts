<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>core</name>
    <message>
      <source>a share must be between 0 and 1 (features {ids}, e.g. {value}); for 0-100 use the percent mode</source>
      <translation>доля должна быть от 0 до 1 (объекты {ids}, например {value}); для значений 0-100 используйте режим процентов</translation>
    </message>
    <message>
      <source>a percent must be between 0 and 100 (features {ids}, e.g. {value})</source>
      <translation>процент должен быть от 0 до 100 (объекты {ids}, например {value})</translation>
    </message>
    <message>
      <source>give a sewer or water field, or a sewer or water mains layer</source>
      <translation>укажите поле канализации или водоснабжения либо слой магистральных сетей канализации или водоснабжения</translation>
    </message>
    <message>
      <source>give the population field of the units</source>
      <translation>укажите поле численности населения территорий</translation>
    </message>
    <message>
      <source>give the field with the residents of each building</source>
      <translation>укажите поле с числом жителей каждого здания</translation>
    </message>
    <message>
      <source>not a yes/no value in features {ids} (e.g. {value!r}); use 1/0, true/false, yes/no, да/нет</source>
      <translation>значение не «да/нет» в объектах {ids} (например {value!r}); используйте 1/0, true/false, yes/no, да/нет</translation>
    </message>
    <message>
      <source>unknown mode {mode}; use one of: {modes}</source>
      <translation>неизвестный режим {mode}; используйте один из: {modes}</translation>
    </message>
    <message>
      <source>more connected residents than residents in features {ids} (e.g. {value} &gt; {total})</source>
      <translation>подключённых жителей больше, чем жителей, в объектах {ids} (например {value} &gt; {total})</translation>
    </message>
    <message>
      <source>a mains layer needs the buildings (or population points) whose distance is measured</source>
      <translation>для слоя магистральных сетей нужны здания (или точки населения), расстояние от которых измеряется</translation>
    </message>
    <message>
      <source>units {ids}: the residents of their buildings differ from the population field {field} by more than 1%; the buildings' residents were used</source>
      <translation>территории {ids}: число жителей их зданий отличается от поля численности {field} более чем на 1%; использованы жители зданий</translation>
    </message>
    <message>
      <source>give either a connection field or a mains layer for {utility}, not both</source>
      <translation>для «{utility}» укажите либо поле подключения, либо слой магистральных сетей, но не оба</translation>
    </message>
    <message>
      <source>sewerage</source>
      <translation>канализация</translation>
    </message>
    <message>
      <source>water supply</source>
      <translation>водоснабжение</translation>
    </message>
    <message>
      <source>{n} buildings ({pop} residents) lie outside every unit and were left out</source>
      <translation>{n} зданий ({pop} жителей) лежат вне всех территорий и не учтены</translation>
    </message>
  </context>
</TS>
