<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>core</name>
    <message>
      <source>distance-decay weights must be &gt;= 0</source>
      <translation>веса затухания с расстоянием должны быть &gt;= 0</translation>
    </message>
    <message>
      <source>give the residents field of the population points</source>
      <translation>укажите поле числа жителей в слое точек населения</translation>
    </message>
    <message>
      <source>internal check failed: served plus unserved ({parts}) differs from demand ({demand})</source>
      <translation>внутренняя проверка не пройдена: обслуженные плюс необслуженные ({parts}) не равны потребности ({demand})</translation>
    </message>
    <message>
      <source>internal check failed: unit demands do not add up to the total</source>
      <translation>внутренняя проверка не пройдена: сумма потребностей по единицам не равна итогу</translation>
    </message>
    <message>
      <source>no facility layer was given</source>
      <translation>не задан слой объектов</translation>
    </message>
    <message>
      <source>no facility of the chosen statuses and years: every unit has 0 capacity</source>
      <translation>нет объектов выбранных статусов и лет ввода: мощность всех единиц равна 0</translation>
    </message>
    <message>
      <source>the Gaussian decay width (sigma) must be &gt; 0</source>
      <translation>ширина гауссова затухания (сигма) должна быть &gt; 0</translation>
    </message>
    <message>
      <source>the calculation was cancelled</source>
      <translation>расчёт отменён</translation>
    </message>
    <message>
      <source>the distance-decay steps are empty</source>
      <translation>не заданы ступени затухания с расстоянием</translation>
    </message>
    <message>
      <source>the norm pack gives no demand rule for service {service}</source>
      <translation>в наборе нормативов нет правила расчёта потребности для услуги {service}</translation>
    </message>
    <message>
      <source>the norm pack has no radius for service {service} in units {ids}; give radius_m</source>
      <translation>в наборе нормативов нет радиуса доступности для услуги {service} в единицах {ids}; задайте radius_m</translation>
    </message>
    <message>
      <source>the reach radius must be a number of metres &gt;= 0</source>
      <translation>радиус доступности должен быть числом метров &gt;= 0</translation>
    </message>
    <message>
      <source>the street layer has no line features</source>
      <translation>в слое улиц нет линейных объектов</translation>
    </message>
    <message>
      <source>unknown method {method}; use one of {methods}</source>
      <translation>неизвестный метод {method}; используйте один из {methods}</translation>
    </message>
    <message>
      <source>{layer}: facilities {ids} lie outside every unit; they serve residents within reach only</source>
      <translation>{layer}: объекты {ids} лежат вне всех единиц; они обслуживают только жителей в пределах доступности</translation>
    </message>
    <message>
      <source>{layer}: features {ids} have no status and were not counted</source>
      <translation>{layer}: у объектов {ids} не указан статус, они не учтены</translation>
    </message>
    <message>
      <source>{layer}: no capacity in features {ids}; counted as 0</source>
      <translation>{layer}: у объектов {ids} не указана мощность; учтена как 0</translation>
    </message>
    <message>
      <source>{layer}: units {ids} have residents but no population point; a point inside each was used</source>
      <translation>{layer}: в единицах {ids} есть жители, но нет точек населения; использована точка внутри каждой единицы</translation>
    </message>
    <message>
      <source>{layer}: {n} points ({residents} residents) lie outside every unit and were ignored</source>
      <translation>{layer}: {n} точек ({residents} жителей) лежат вне всех единиц и не учтены</translation>
    </message>
  </context>
</TS>
