<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
  <context>
    <name>definitions</name>
    <message>
      <source>{service} ({unit})</source>
      <translation>{service} ({unit})</translation>
    </message>
    <message>
      <source>Balance within each unit</source>
      <translation>Әр бірлік ішіндегі теңгерім</translation>
    </message>
    <message>
      <source>Within the normative radius</source>
      <translation>Нормативтік радиус шегінде</translation>
    </message>
    <message>
      <source>Assignment to the nearest free facility</source>
      <translation>Бос қуаты бар ең жақын нысанға бөлу</translation>
    </message>
    <message>
      <source>Two-step floating catchment (2SFCA)</source>
      <translation>Екі қадамды жылжымалы қызмет көрсету аймағы (2SFCA)</translation>
    </message>
    <message>
      <source>Enhanced 2SFCA (distance decay)</source>
      <translation>Жетілдірілген 2SFCA (қашықтыққа қарай әлсіреу)</translation>
    </message>
    <message>
      <source>student places</source>
      <translation>оқушы орындары</translation>
    </message>
    <message>
      <source>places</source>
      <translation>орындар</translation>
    </message>
    <message>
      <source>visits per shift</source>
      <translation>ауысымына келу</translation>
    </message>
    <message>
      <source>beds</source>
      <translation>төсек-орындар</translation>
    </message>
    <message>
      <source>m²</source>
      <translation>м²</translation>
    </message>
    <message>
      <source>residents</source>
      <translation>тұрғындар</translation>
    </message>
    <message>
      <source>units</source>
      <translation>бірлік</translation>
    </message>
    <message>
      <source>Schools</source>
      <translation>Мектептер</translation>
    </message>
    <message>
      <source>Kindergartens</source>
      <translation>Балабақшалар</translation>
    </message>
    <message>
      <source>Polyclinics</source>
      <translation>Емханалар</translation>
    </message>
    <message>
      <source>Hospitals</source>
      <translation>Ауруханалар</translation>
    </message>
    <message>
      <source>Green space</source>
      <translation>Жасыл желектер</translation>
    </message>
    <message>
      <source>Public green space</source>
      <translation>Жалпы пайдаланудағы жасыл желектер</translation>
    </message>
    <message>
      <source>Sewerage</source>
      <translation>Кәріз</translation>
    </message>
    <message>
      <source>Water supply</source>
      <translation>Сумен жабдықтау</translation>
    </message>
    <message>
      <source>Sewerage and water supply</source>
      <translation>Кәріз және сумен жабдықтау</translation>
    </message>
  </context>
</TS>
