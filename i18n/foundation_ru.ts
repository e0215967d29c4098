<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>AlmatyAlgorithm</name>
    <message>
      <source>Report</source>
      <translation>Отчёт</translation>
    </message>
    <message>
      <source>almaty_planner {version}</source>
      <translation>almaty_planner {version}</translation>
    </message>
  </context>
  <context>
    <name>AlmatyPlanner</name>
    <message>
      <source>Almaty Planner</source>
      <translation>Almaty Planner</translation>
    </message>
    <message>
      <source>Check installation</source>
      <translation>Проверить установку</translation>
    </message>
    <message>
      <source>Excel deficit report…</source>
      <translation>Отчёт о дефицитах в Excel…</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Справка</translation>
    </message>
    <message>
      <source>Provision check (Processing)…</source>
      <translation>Проверка обеспеченности (Processing)…</translation>
    </message>
    <message>
      <source>Regional Standards panel</source>
      <translation>Панель «Региональные стандарты»</translation>
    </message>
    <message>
      <source>The Regional Standards panel is not available in this version.</source>
      <translation>Панель «Региональные стандарты» недоступна в этой версии.</translation>
    </message>
    <message>
      <source>This algorithm is not available in this version.</source>
      <translation>Этот алгоритм недоступен в этой версии.</translation>
    </message>
  </context>
  <context>
    <name>AlmatyPlannerProvider</name>
    <message>
      <source>Almaty Planner</source>
      <translation>Almaty Planner</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <source> and {n} more</source>
      <translation> и ещё {n}</translation>
    </message>
    <message>
      <source>All required Python packages are installed.</source>
      <translation>Все необходимые пакеты Python установлены.</translation>
    </message>
    <message>
      <source>Disabled until then: {parts}.</source>
      <translation>До установки отключены: {parts}.</translation>
    </message>
    <message>
      <source>Legend</source>
      <translation>Условные обозначения</translation>
    </message>
    <message>
      <source>On Debian or Ubuntu run: {apt}; elsewhere: {pip}. Then restart QGIS.</source>
      <translation>В Debian или Ubuntu выполните: {apt}; в других системах: {pip}. Затем перезапустите QGIS.</translation>
    </message>
    <message>
      <source>On Windows, open the OSGeo4W Shell (Start menu, as administrator) and run: {cmd} - or, in the OSGeo4W installer (Advanced install), select: {pkgs}. Then restart QGIS.</source>
      <translation>В Windows откройте OSGeo4W Shell (меню «Пуск», от имени администратора) и выполните: {cmd} — или выберите в установщике OSGeo4W (Advanced install): {pkgs}. Затем перезапустите QGIS.</translation>
    </message>
    <message>
      <source>Run in a terminal: {cmd}. Then restart QGIS.</source>
      <translation>Выполните в терминале: {cmd}. Затем перезапустите QGIS.</translation>
    </message>
    <message>
      <source>duplicate ids: {ids}</source>
      <translation>повторяющиеся идентификаторы: {ids}</translation>
    </message>
    <message>
      <source>empty id in features {ids}</source>
      <translation>пустой идентификатор у объектов {ids}</translation>
    </message>
    <message>
      <source>features without geometry: {ids}</source>
      <translation>объекты без геометрии: {ids}</translation>
    </message>
    <message>
      <source>field not found; the layer has: {fields}</source>
      <translation>поле не найдено; в слое есть: {fields}</translation>
    </message>
    <message>
      <source>input field {old} has the name of a result field and was kept as {new}</source>
      <translation>входное поле {old} совпадает по имени с полем результата и сохранено как {new}</translation>
    </message>
    <message>
      <source>invalid geometry in features {ids}</source>
      <translation>некорректная геометрия у объектов {ids}</translation>
    </message>
    <message>
      <source>km</source>
      <translation>км</translation>
    </message>
    <message>
      <source>negative value in features {ids} (e.g. {value})</source>
      <translation>отрицательное значение у объектов {ids} (например, {value})</translation>
    </message>
    <message>
      <source>no layer was given</source>
      <translation>не задан ни один слой</translation>
    </message>
    <message>
      <source>no value in features {ids}</source>
      <translation>нет значения у объектов {ids}</translation>
    </message>
    <message>
      <source>not a number in features {ids} (e.g. {value!r})</source>
      <translation>не число у объектов {ids} (например, {value!r})</translation>
    </message>
    <message>
      <source>the Excel report</source>
      <translation>отчёт Excel</translation>
    </message>
    <message>
      <source>the checks (Processing algorithms, panel)</source>
      <translation>проверки (алгоритмы Processing, панель)</translation>
    </message>
    <message>
      <source>the folder {folder} does not exist</source>
      <translation>папка {folder} не существует</translation>
    </message>
    <message>
      <source>the layer has no coordinate reference system; set its CRS first</source>
      <translation>у слоя не задана система координат; сначала задайте её</translation>
    </message>
    <message>
      <source>the layer has no features</source>
      <translation>в слое нет объектов</translation>
    </message>
    <message>
      <source>the layers are in a geographic CRS ({src}); distances and areas were computed in {crs}</source>
      <translation>слои в географической системе координат ({src}); расстояния и площади вычислены в {crs}</translation>
    </message>
    <message>
      <source>the layers are in different CRSs ({listing}); all were projected to {crs}</source>
      <translation>слои в разных системах координат ({listing}); все перепроецированы в {crs}</translation>
    </message>
    <message>
      <source>the map picture could not be written to {path}</source>
      <translation>не удалось записать изображение карты в {path}</translation>
    </message>
    <message>
      <source>{layer}: invalid geometry repaired in features {ids}</source>
      <translation>{layer}: исправлена некорректная геометрия объектов {ids}</translation>
    </message>
    <message>
      <source>{name} is not installed (needs {minimum} or newer)</source>
      <translation>{name} не установлен (нужна версия {minimum} или новее)</translation>
    </message>
    <message>
      <source>{name} {found} is too old (needs {minimum} or newer)</source>
      <translation>{name} {found} устарел (нужна версия {minimum} или новее)</translation>
    </message>
    <message>
      <source>{path} cannot be replaced (is it open in another program?): {error}</source>
      <translation>{path} нельзя заменить (файл открыт в другой программе?): {error}</translation>
    </message>
  </context>
</TS>
