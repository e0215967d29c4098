<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>core</name>
    <message>
      <source>given by the user</source>
      <translation>задано пользователем</translation>
    </message>
    <message>
      <source>say which categories are public (for example park, square, boulevard)</source>
      <translation>укажите, какие категории относятся к общему пользованию (например, парк, сквер, бульвар)</translation>
    </message>
    <message>
      <source>the norm value {key} of service {service} is missing; give it as the parameter {key}</source>
      <translation>в пакете нормативов нет значения {key} для услуги {service}; задайте его параметром {key}</translation>
    </message>
    <message>
      <source>give the field with the residents of each point</source>
      <translation>укажите поле с числом жителей каждой точки</translation>
    </message>
    <message>
      <source>no feature has a public category ({wanted}); the layer has: {present}</source>
      <translation>ни один объект не относится к категориям общего пользования ({wanted}); в слое есть: {present}</translation>
    </message>
    <message>
      <source>features that are not polygons: {ids}</source>
      <translation>объекты, не являющиеся полигонами: {ids}</translation>
    </message>
    <message>
      <source>the norm value {key} is not verified against the official text</source>
      <translation>значение норматива {key} не сверено с официальным текстом</translation>
    </message>
    <message>
      <source>the norm value {key} must be a number of at least 0</source>
      <translation>значение норматива {key} должно быть числом не меньше 0</translation>
    </message>
    <message>
      <source>{n} population points ({pop} residents) lie outside every unit and were left out</source>
      <translation>{n} точек населения ({pop} жителей) лежат вне всех территорий и не учтены</translation>
    </message>
  </context>
</TS>
