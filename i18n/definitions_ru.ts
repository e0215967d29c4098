<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>definitions</name>
    <message>
      <source>{service} ({unit})</source>
      <translation>{service} ({unit})</translation>
    </message>
    <message>
      <source>Balance within each unit</source>
      <translation>Баланс внутри каждой единицы</translation>
    </message>
    <message>
      <source>Within the normative radius</source>
      <translation>В пределах нормативного радиуса</translation>
    </message>
    <message>
      <source>Assignment to the nearest free facility</source>
      <translation>Распределение к ближайшему объекту со свободной мощностью</translation>
    </message>
    <message>
      <source>Two-step floating catchment (2SFCA)</source>
      <translation>Двухшаговый метод плавающих зон обслуживания (2SFCA)</translation>
    </message>
    <message>
      <source>Enhanced 2SFCA (distance decay)</source>
      <translation>Улучшенный 2SFCA (затухание с расстоянием)</translation>
    </message>
    <message>
      <source>student places</source>
      <translation>ученические места</translation>
    </message>
    <message>
      <source>places</source>
      <translation>места</translation>
    </message>
    <message>
      <source>visits per shift</source>
      <translation>посещений в смену</translation>
    </message>
    <message>
      <source>beds</source>
      <translation>койки</translation>
    </message>
    <message>
      <source>m²</source>
      <translation>м²</translation>
    </message>
    <message>
      <source>residents</source>
      <translation>жители</translation>
    </message>
    <message>
      <source>units</source>
      <translation>ед.</translation>
    </message>
    <message>
      <source>Schools</source>
      <translation>Школы</translation>
    </message>
    <message>
      <source>Kindergartens</source>
      <translation>Детские сады</translation>
    </message>
    <message>
      <source>Polyclinics</source>
      <translation>Поликлиники</translation>
    </message>
    <message>
      <source>Hospitals</source>
      <translation>Больницы</translation>
    </message>
    <message>
      <source>Green space</source>
      <translation>Зелёные насаждения</translation>
    </message>
    <message>
      <source>Public green space</source>
      <translation>Зелёные насаждения общего пользования</translation>
    </message>
    <message>
      <source>Sewerage</source>
      <translation>Канализация</translation>
    </message>
    <message>
      <source>Water supply</source>
      <translation>Водоснабжение</translation>
    </message>
    <message>
      <source>Sewerage and water supply</source>
      <translation>Канализация и водоснабжение</translation>
    </message>
  </context>
</TS>
