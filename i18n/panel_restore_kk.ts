<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
  <context>
    <name>AlmatyPlanner</name>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="174" />
      <source>Units, population, population points, existing facilities and the norm pack come from the Inputs tab.</source>
      <translation>Бірліктер, халық, халық нүктелері, бар нысандар және нормативтер пакеті «Бастапқы деректер» қойындысынан алынады.</translation>
    </message>
  </context>
</TS>
