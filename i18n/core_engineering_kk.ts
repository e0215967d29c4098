<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
  <context>
    <name>core</name>
    <message>
      <source>a share must be between 0 and 1 (features {ids}, e.g. {value}); for 0-100 use the percent mode</source>
      <translation>үлес 0 мен 1 аралығында болуы керек ({ids} нысандары, мысалы {value}); 0-100 мәндері үшін пайыз режимін қолданыңыз</translation>
    </message>
    <message>
      <source>a percent must be between 0 and 100 (features {ids}, e.g. {value})</source>
      <translation>пайыз 0 мен 100 аралығында болуы керек ({ids} нысандары, мысалы {value})</translation>
    </message>
    <message>
      <source>give a sewer or water field, or a sewer or water mains layer</source>
      <translation>кәріз немесе сумен жабдықтау өрісін не кәріз немесе сумен жабдықтау магистральдық желілерінің қабатын көрсетіңіз</translation>
    </message>
    <message>
      <source>give the population field of the units</source>
      <translation>аумақтардың халық саны өрісін көрсетіңіз</translation>
    </message>
    <message>
      <source>give the field with the residents of each building</source>
      <translation>әр ғимараттың тұрғындар саны бар өрісті көрсетіңіз</translation>
    </message>
    <message>
      <source>not a yes/no value in features {ids} (e.g. {value!r}); use 1/0, true/false, yes/no, да/нет</source>
      <translation>{ids} нысандарында мән «иә/жоқ» емес (мысалы {value!r}); 1/0, true/false, yes/no, иә/жоқ, да/нет қолданыңыз</translation>
    </message>
    <message>
      <source>unknown mode {mode}; use one of: {modes}</source>
      <translation>белгісіз режим {mode}; мыналардың бірін қолданыңыз: {modes}</translation>
    </message>
    <message>
      <source>more connected residents than residents in features {ids} (e.g. {value} &gt; {total})</source>
      <translation>{ids} нысандарында қосылған тұрғындар тұрғындардан көп (мысалы {value} &gt; {total})</translation>
    </message>
    <message>
      <source>a mains layer needs the buildings (or population points) whose distance is measured</source>
      <translation>магистральдық желілер қабаты үшін қашықтығы өлшенетін ғимараттар (немесе халық нүктелері) қажет</translation>
    </message>
    <message>
      <source>units {ids}: the residents of their buildings differ from the population field {field} by more than 1%; the buildings' residents were used</source>
      <translation>{ids} аумақтары: ғимараттарының тұрғындар саны {field} халық саны өрісінен 1%-дан астам ерекшеленеді; ғимараттардың тұрғындары пайдаланылды</translation>
    </message>
    <message>
      <source>give either a connection field or a mains layer for {utility}, not both</source>
      <translation>«{utility}» үшін қосылу өрісін немесе магистральдық желілер қабатын көрсетіңіз, екеуін бірдей емес</translation>
    </message>
    <message>
      <source>sewerage</source>
      <translation>кәріз</translation>
    </message>
    <message>
      <source>water supply</source>
      <translation>сумен жабдықтау</translation>
    </message>
    <message>
      <source>{n} buildings ({pop} residents) lie outside every unit and were left out</source>
      <translation>{n} ғимарат ({pop} тұрғын) барлық аумақтардан тыс жатыр және есепке алынбады</translation>
    </message>
  </context>
</TS>
