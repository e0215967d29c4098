<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
  <context>
    <name>core</name>
    <message>
      <source>distance-decay weights must be &gt;= 0</source>
      <translation>қашықтыққа қарай әлсіреу салмақтары &gt;= 0 болуы керек</translation>
    </message>
    <message>
      <source>give the residents field of the population points</source>
      <translation>халық нүктелері қабатындағы тұрғындар санының өрісін көрсетіңіз</translation>
    </message>
    <message>
      <source>internal check failed: served plus unserved ({parts}) differs from demand ({demand})</source>
      <translation>ішкі тексеру өтпеді: қызмет көрсетілгендер мен көрсетілмегендердің қосындысы ({parts}) қажеттіліктен ({demand}) өзгеше</translation>
    </message>
    <message>
      <source>internal check failed: unit demands do not add up to the total</source>
      <translation>ішкі тексеру өтпеді: бірліктер бойынша қажеттіліктердің қосындысы жалпы жиынға тең емес</translation>
    </message>
    <message>
      <source>no facility layer was given</source>
      <translation>нысандар қабаты берілмеген</translation>
    </message>
    <message>
      <source>no facility of the chosen statuses and years: every unit has 0 capacity</source>
      <translation>таңдалған мәртебелер мен пайдалануға беру жылдарының нысандары жоқ: барлық бірліктердің қуаты 0</translation>
    </message>
    <message>
      <source>the Gaussian decay width (sigma) must be &gt; 0</source>
      <translation>Гаусс әлсіреуінің ені (сигма) &gt; 0 болуы керек</translation>
    </message>
    <message>
      <source>the calculation was cancelled</source>
      <translation>есептеу тоқтатылды</translation>
    </message>
    <message>
      <source>the distance-decay steps are empty</source>
      <translation>қашықтыққа қарай әлсіреу сатылары берілмеген</translation>
    </message>
    <message>
      <source>the norm pack gives no demand rule for service {service}</source>
      <translation>нормативтер жинағында {service} қызметі үшін қажеттілікті есептеу ережесі жоқ</translation>
    </message>
    <message>
      <source>the norm pack has no radius for service {service} in units {ids}; give radius_m</source>
      <translation>нормативтер жинағында {ids} бірліктеріндегі {service} қызметі үшін қолжетімділік радиусы жоқ; radius_m көрсетіңіз</translation>
    </message>
    <message>
      <source>the reach radius must be a number of metres &gt;= 0</source>
      <translation>қолжетімділік радиусы метрмен берілген &gt;= 0 сан болуы керек</translation>
    </message>
    <message>
      <source>the street layer has no line features</source>
      <translation>көшелер қабатында сызықтық нысандар жоқ</translation>
    </message>
    <message>
      <source>unknown method {method}; use one of {methods}</source>
      <translation>белгісіз әдіс {method}; мыналардың бірін қолданыңыз: {methods}</translation>
    </message>
    <message>
      <source>{layer}: facilities {ids} lie outside every unit; they serve residents within reach only</source>
      <translation>{layer}: {ids} нысандары барлық бірліктерден тыс орналасқан; олар тек қолжетімділік шегіндегі тұрғындарға қызмет көрсетеді</translation>
    </message>
    <message>
      <source>{layer}: features {ids} have no status and were not counted</source>
      <translation>{layer}: {ids} нысандарының мәртебесі көрсетілмеген, олар есепке алынбады</translation>
    </message>
    <message>
      <source>{layer}: no capacity in features {ids}; counted as 0</source>
      <translation>{layer}: {ids} нысандарының қуаты көрсетілмеген; 0 ретінде есептелді</translation>
    </message>
    <message>
      <source>{layer}: units {ids} have residents but no population point; a point inside each was used</source>
      <translation>{layer}: {ids} бірліктерінде тұрғындар бар, бірақ халық нүктелері жоқ; әр бірліктің ішіндегі нүкте қолданылды</translation>
    </message>
    <message>
      <source>{layer}: {n} points ({residents} residents) lie outside every unit and were ignored</source>
      <translation>{layer}: {n} нүкте ({residents} тұрғын) барлық бірліктерден тыс орналасқан және есепке алынбады</translation>
    </message>
  </context>
</TS>
