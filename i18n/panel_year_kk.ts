<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
  <context>
    <name>AlmatyPlanner</name>
    <message>
      <location filename="../almaty_planner/gui/dock.py" line="623" />
      <source>Choose the commissioning year field of {service} (Advanced), or leave the year up to which facilities count empty.</source>
      <translation>«{service}» үшін пайдалануға беру жылы өрісін таңдаңыз (Қосымша) немесе нысандар ескерілетін жылды бос қалдырыңыз.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/inputs_tab.py" line="188" />
      <source>Commissioning year field (empty value: counted)</source>
      <translation>Пайдалануға беру жылы өрісі (бос мән: ескеріледі)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/inputs_tab.py" line="291" />
      <source>Count facilities commissioned up to this year (empty: all; needs the commissioning year field)</source>
      <translation>Осы жылды қоса алғанда пайдалануға берілген нысандарды ескеру (бос: барлығы; пайдалануға беру жылы өрісі қажет)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/dock.py" line="616" />
      <source>The year up to which facilities count must be a year from 1900 to 2100, not {text}.</source>
      <translation>Нысандар ескерілетін жыл 1900 бен 2100 аралығында болуы керек, {text} емес.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/inputs_tab.py" line="288" />
      <source>all years</source>
      <translation>барлық жылдар</translation>
    </message>
  </context>
</TS>
