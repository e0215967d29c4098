<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
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
      <source>no population points: the residents of each unit count as one point inside it (every unit is within the radius of that point); give buildings for a finer result</source>
      <translation>нет точек населения: жители каждой единицы считаются одной точкой внутри неё (каждая единица в пределах радиуса от этой точки); для более точного результата укажите здания</translation>
    </message>
    <message>
      <source>without population points each unit counts as one point, but units {ids} reach up to {far} m from it, more than the norm's radius of {radius} m for {service}: give population points (buildings) or use the balance within each unit</source>
      <translation>без точек населения каждая единица считается одной точкой, но единицы {ids} простираются от неё до {far} м, больше норматива радиуса {radius} м для {service}: укажите точки населения (здания) или используйте баланс внутри каждой единицы</translation>
    </message>
  </context>
</TS>
