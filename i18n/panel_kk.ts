<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
  <context>
    <name>core</name>
    <message>
      <source>Deficit: 50-80% of demand met</source>
      <translation>Тапшылық: қажеттіліктің 50-80%-ы қанағаттандырылған</translation>
    </message>
    <message>
      <source>Deficit: 80-100% of demand met</source>
      <translation>Тапшылық: қажеттіліктің 80-100%-ы қанағаттандырылған</translation>
    </message>
    <message>
      <source>Deficit: less than 50% of demand met</source>
      <translation>Тапшылық: қажеттіліктің 50%-дан азы қанағаттандырылған</translation>
    </message>
    <message>
      <source>no population points: the residents of each unit count as one point inside it (every unit is within the radius of that point); give buildings for a finer result</source>
      <translation>халық нүктелері жоқ: әр бірліктің тұрғындары оның ішіндегі бір нүкте ретінде есептеледі (әр бірлік сол нүктеден радиус шегінде); нақтырақ нәтиже үшін ғимараттарды беріңіз</translation>
    </message>
    <message>
      <source>without population points each unit counts as one point, but units {ids} reach up to {far} m from it, more than the norm's radius of {radius} m for {service}: give population points (buildings) or use the balance within each unit</source>
      <translation>халық нүктелерінсіз әр бірлік бір нүкте ретінде есептеледі, бірақ {ids} бірліктері одан {far} м-ге дейін созылады, бұл {service} үшін {radius} м радиус нормативінен көп: халық нүктелерін (ғимараттарды) беріңіз немесе әр бірлік ішіндегі теңгерімді қолданыңыз</translation>
    </message>
  </context>
</TS>
