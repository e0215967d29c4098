<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>core</name>
    <message>
      <source>cannot share a negative total ({total})</source>
      <translation>нельзя распределить отрицательную сумму ({total})</translation>
    </message>
    <message>
      <source>cannot share {total} among no items</source>
      <translation>нельзя распределить {total} при отсутствии объектов</translation>
    </message>
    <message>
      <source>weights must be finite and not negative</source>
      <translation>веса должны быть конечными и неотрицательными</translation>
    </message>
    <message>
      <source>no set of items sums exactly to {target}</source>
      <translation>нет набора объектов с суммой ровно {target}</translation>
    </message>
    <message>
      <source>standard sizes cannot sum exactly to {target}</source>
      <translation>типовые мощности не дают в сумме ровно {target}</translation>
    </message>
    <message>
      <source>source file not found: {path}</source>
      <translation>исходный файл не найден: {path}</translation>
    </message>
    <message>
      <source>district {name} not found once in the population table</source>
      <translation>район {name} не найден ровно один раз в таблице населения</translation>
    </message>
    <message>
      <source>district {id} not found once in the districts layer</source>
      <translation>район {id} не найден ровно один раз в слое районов</translation>
    </message>
    <message>
      <source>not enough free land for {n} synthetic buildings</source>
      <translation>недостаточно свободной территории для {n} синтетических зданий</translation>
    </message>
    <message>
      <source>no free site left for {n} facilities</source>
      <translation>не осталось свободных участков для {n} объектов</translation>
    </message>
    <message>
      <source>calibration failed: an overloaded school is not overloaded</source>
      <translation>калибровка не удалась: перегруженная школа не перегружена</translation>
    </message>
    <message>
      <source>no free land for a synthetic {cat}</source>
      <translation>нет свободной территории для синтетического объекта {cat}</translation>
    </message>
  </context>
</TS>
