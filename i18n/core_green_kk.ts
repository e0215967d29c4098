<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
  <context>
    <name>core</name>
    <message>
      <source>given by the user</source>
      <translation>пайдаланушы берген</translation>
    </message>
    <message>
      <source>say which categories are public (for example park, square, boulevard)</source>
      <translation>қандай санаттар жалпы пайдалануға жататынын көрсетіңіз (мысалы, саябақ, гүлзар, бульвар)</translation>
    </message>
    <message>
      <source>the norm value {key} of service {service} is missing; give it as the parameter {key}</source>
      <translation>нормативтер пакетінде {service} қызметі үшін {key} мәні жоқ; оны {key} параметрімен беріңіз</translation>
    </message>
    <message>
      <source>give the field with the residents of each point</source>
      <translation>әр нүктенің тұрғындар саны бар өрісті көрсетіңіз</translation>
    </message>
    <message>
      <source>no feature has a public category ({wanted}); the layer has: {present}</source>
      <translation>бірде-бір нысан жалпы пайдаланудағы санаттарға ({wanted}) жатпайды; қабатта бар: {present}</translation>
    </message>
    <message>
      <source>features that are not polygons: {ids}</source>
      <translation>полигон емес нысандар: {ids}</translation>
    </message>
    <message>
      <source>the norm value {key} is not verified against the official text</source>
      <translation>{key} нормативінің мәні ресми мәтінмен салыстырылмаған</translation>
    </message>
    <message>
      <source>the norm value {key} must be a number of at least 0</source>
      <translation>{key} нормативінің мәні 0-ден кем емес сан болуы керек</translation>
    </message>
    <message>
      <source>{n} population points ({pop} residents) lie outside every unit and were left out</source>
      <translation>{n} халық нүктесі ({pop} тұрғын) барлық аумақтардан тыс жатыр және есепке алынбады</translation>
    </message>
  </context>
</TS>
