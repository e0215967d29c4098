<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>AlmatyPlanner</name>
    <message>
      <location filename="../almaty_planner/gui/dock.py" line="623" />
      <source>Choose the commissioning year field of {service} (Advanced), or leave the year up to which facilities count empty.</source>
      <translation>Выберите поле года ввода для «{service}» (Дополнительно) или оставьте пустым год, до которого учитываются объекты.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/inputs_tab.py" line="188" />
      <source>Commissioning year field (empty value: counted)</source>
      <translation>Поле года ввода (пустое значение: учитывается)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/inputs_tab.py" line="291" />
      <source>Count facilities commissioned up to this year (empty: all; needs the commissioning year field)</source>
      <translation>Учитывать объекты, введённые до этого года включительно (пусто: все; нужно поле года ввода)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/dock.py" line="616" />
      <source>The year up to which facilities count must be a year from 1900 to 2100, not {text}.</source>
      <translation>Год, до которого учитываются объекты, должен быть от 1900 до 2100, а не {text}.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/inputs_tab.py" line="288" />
      <source>all years</source>
      <translation>все годы</translation>
    </message>
  </context>
</TS>
