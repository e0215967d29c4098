<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
  <context>
    <name>core</name>
    <message>
      <source>cannot share a negative total ({total})</source>
      <translation>теріс жиынтықты бөлуге болмайды ({total})</translation>
    </message>
    <message>
      <source>cannot share {total} among no items</source>
      <translation>{total} мәнін нысандар жоқ кезде бөлуге болмайды</translation>
    </message>
    <message>
      <source>weights must be finite and not negative</source>
      <translation>салмақтар шекті және теріс емес болуы керек</translation>
    </message>
    <message>
      <source>no set of items sums exactly to {target}</source>
      <translation>қосындысы дәл {target} болатын нысандар жиыны жоқ</translation>
    </message>
    <message>
      <source>standard sizes cannot sum exactly to {target}</source>
      <translation>үлгілік қуаттар қосындысы дәл {target} болмайды</translation>
    </message>
    <message>
      <source>source file not found: {path}</source>
      <translation>бастапқы файл табылмады: {path}</translation>
    </message>
    <message>
      <source>district {name} not found once in the population table</source>
      <translation>{name} ауданы халық кестесінде дәл бір рет табылмады</translation>
    </message>
    <message>
      <source>district {id} not found once in the districts layer</source>
      <translation>{id} ауданы аудандар қабатында дәл бір рет табылмады</translation>
    </message>
    <message>
      <source>not enough free land for {n} synthetic buildings</source>
      <translation>{n} синтетикалық ғимаратқа бос аумақ жеткіліксіз</translation>
    </message>
    <message>
      <source>no free site left for {n} facilities</source>
      <translation>{n} нысанға бос учаске қалмады</translation>
    </message>
    <message>
      <source>calibration failed: an overloaded school is not overloaded</source>
      <translation>калибрлеу сәтсіз: шамадан тыс жүктелген мектеп жүктелмеген</translation>
    </message>
    <message>
      <source>no free land for a synthetic {cat}</source>
      <translation>синтетикалық {cat} нысанына бос аумақ жоқ</translation>
    </message>
  </context>
</TS>
