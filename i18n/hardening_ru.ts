<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>core</name>
    <message>
      <source>Cancelled. No result was written.</source>
      <translation>Отменено. Результат не записан.</translation>
    </message>
    <message>
      <source>The norm pack {file} has no service {service}; it has: {services}.</source>
      <translation>В пакете нормативов {file} нет услуги {service}; в нём есть: {services}.</translation>
    </message>
    <message>
      <source>The result {output} cannot be written to {path}: it is a folder.</source>
      <translation>Результат {output} нельзя записать в {path}: это папка.</translation>
    </message>
    <message>
      <source>The result {output} cannot be written to {path}: the file or its folder is read-only; choose another place. Nothing was written.</source>
      <translation>Результат {output} нельзя записать в {path}: файл или его папка только для чтения; выберите другое место. Ничего не записано.</translation>
    </message>
    <message>
      <source>The result {output} cannot be written to {path}: the folder {folder} does not exist.</source>
      <translation>Результат {output} нельзя записать в {path}: папки {folder} не существует.</translation>
    </message>
    <message>
      <source>coordinates in features {ids} (e.g. {xy}) cannot be positions in the layer's CRS {crs}; the layer's CRS is probably wrong (e.g. a wrong .prj file); set the layer's true CRS</source>
      <translation>координаты объектов {ids} (например, {xy}) не могут быть положениями в системе координат слоя {crs}; вероятно, система координат слоя указана неверно (например, неверный файл .prj); задайте слою его настоящую систему координат</translation>
    </message>
    <message>
      <source>coordinates outside -180..180, -90..90 in features {ids} (e.g. {xy}), but the layer's CRS {crs} is in degrees: the coordinates are probably in metres and the layer's CRS is wrong (e.g. a wrong .prj file); set the layer's true CRS</source>
      <translation>координаты вне -180..180, -90..90 у объектов {ids} (например, {xy}), а система координат слоя {crs} в градусах: вероятно, координаты в метрах и система координат слоя указана неверно (например, неверный файл .prj); задайте слою его настоящую систему координат</translation>
    </message>
    <message>
      <source>layer {layer} is in {src}, whose scale at the data is off by {pct}% (distances and areas in it are not ground metres); distances and areas were computed in {crs}</source>
      <translation>слой {layer} в системе координат {src}, масштаб которой на территории данных искажён на {pct}% (расстояния и площади в ней не являются метрами на местности); расстояния и площади вычислены в {crs}</translation>
    </message>
    <message>
      <source>line {line}: YAML aliases (*{name}) are not allowed in a norm pack; write the values out</source>
      <translation>строка {line}: ссылки YAML (*{name}) в пакете нормативов не допускаются; запишите значения полностью</translation>
    </message>
    <message>
      <source>line {line}: nested more than {limit} levels deep</source>
      <translation>строка {line}: вложенность глубже {limit} уровней</translation>
    </message>
    <message>
      <source>nested too deeply</source>
      <translation>слишком глубокая вложенность</translation>
    </message>
    <message>
      <source>result layer</source>
      <translation>слой результата</translation>
    </message>
    <message>
      <source>the field names of this result layer were cut to 10 characters (a Shapefile) and its norm pack fields cannot be told apart; save the results as GeoPackage and make the report again</source>
      <translation>имена полей этого слоя результата обрезаны до 10 символов (Shapefile), и поля пакета нормативов нельзя различить; сохраните результаты в GeoPackage и сформируйте отчёт снова</translation>
    </message>
    <message>
      <source>the file is larger than {limit} KB, the most a norm pack may be</source>
      <translation>файл больше {limit} КБ — наибольшего допустимого размера пакета нормативов</translation>
    </message>
    <message>
      <source>the file is {size} KB; a norm pack may be at most {limit} KB</source>
      <translation>размер файла {size} КБ; пакет нормативов может быть не больше {limit} КБ</translation>
    </message>
    <message>
      <source>the layers are in {src}, whose units are not metres ({units}); distances and areas were computed in {crs}</source>
      <translation>слои в системе координат {src}, единицы которой не метры ({units}); расстояния и площади вычислены в {crs}</translation>
    </message>
    <message>
      <source>{layer}: features {ids} are geometry collections; only their parts of the highest dimension were used ({kinds}), other parts (e.g. stray lines or points) were left out</source>
      <translation>{layer}: объекты {ids} — наборы геометрий; использованы только их части наибольшей размерности ({kinds}), остальные части (например, случайные линии или точки) отброшены</translation>
    </message>
    <message>
      <source>{layer}: field names cut to 10 characters (a Shapefile) were read as: {listing}</source>
      <translation>{layer}: имена полей, обрезанные до 10 символов (Shapefile), прочитаны как: {listing}</translation>
    </message>
    <message>
      <source>{layer}: the record of the norm values used (field norms_used) was cut short by the Shapefile format; the norms sheet does not list them for this layer (save results as GeoPackage to keep it)</source>
      <translation>{layer}: запись использованных нормативов (поле norms_used) обрезана форматом Shapefile; лист нормативов не перечисляет их для этого слоя (сохраняйте результаты в GeoPackage, чтобы она сохранилась)</translation>
    </message>
  </context>
</TS>
