<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
  <context>
    <name>AlmatyAlgorithm</name>
    <message>
      <source>Atlas (PDF)</source>
      <translation>Атлас (PDF)</translation>
    </message>
    <message>
      <source>Deficit atlas (PDF, one page per district)</source>
      <translation>Тапшылықтар атласы (PDF, әр ауданға бір бет)</translation>
    </message>
    <message>
      <source>Deficit result (provision, green space or sewerage and water per unit)</source>
      <translation>Тапшылық нәтижесі (қамтамасыз етілу, жасыл желектер немесе кәріз бен сумен жабдықтау бірліктер бойынша)</translation>
    </message>
    <message>
      <source>District name field (page titles)</source>
      <translation>Аудан атауының өрісі (бет тақырыптары)</translation>
    </message>
    <message>
      <source>Facilities to show (optional)</source>
      <translation>Көрсетілетін объектілер (міндетті емес)</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Тіл</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
      <source>Pages: districts (polygons)</source>
      <translation>Беттер: аудандар (полигондар)</translation>
    </message>
    <message>
      <source>Title (empty: from the result)</source>
      <translation>Тақырып (бос болса: нәтиже бойынша)</translation>
    </message>
    <message>
      <source>Units listed per page (largest deficit first)</source>
      <translation>Беттегі кестедегі бірліктер саны (алдымен ең үлкен тапшылық)</translation>
    </message>
  </context>
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
      <source>Facilities</source>
      <translation>Объектілер</translation>
    </message>
    <message>
      <source>Green area missing, ha</source>
      <translation>Жетіспейтін жасыл желектер, га</translation>
    </message>
    <message>
      <source>Map data © OpenStreetMap contributors (ODbL). Computed with almaty_planner {version}; norm values as in the report, unverified values are marked there.</source>
      <translation>Карта деректері © OpenStreetMap қатысушылары (ODbL). almaty_planner {version} арқылы есептелді; нормативтер есептегідей, тексерілмеген мәндер сонда белгіленген.</translation>
    </message>
    <message>
      <source>Met within the norm, %</source>
      <translation>Норматив шегінде қанағаттандырылды, %</translation>
    </message>
    <message>
      <source>No population points: each unit's residents count as one point inside it.</source>
      <translation>Халық нүктелері жоқ: әр бірліктің тұрғындары оның ішіндегі бір нүкте ретінде есептеледі.</translation>
    </message>
    <message>
      <source>No unit with a deficit.</source>
      <translation>Тапшылығы бар бірлік жоқ.</translation>
    </message>
    <message>
      <source>Norm pack {pack}, edition {edition}.</source>
      <translation>Нормативтер жинағы {pack}, редакциясы {edition}.</translation>
    </message>
    <message>
      <source>Sewerage and water supply</source>
      <translation>Кәріз және сумен жабдықтау</translation>
    </message>
    <message>
      <source>The districts layer has no features: the atlas would have no pages.</source>
      <translation>Аудандар қабатында объектілер жоқ: атласта бет болмас еді.</translation>
    </message>
    <message>
      <source>The layer {layer} is not a deficit result of this plugin (it has no field deficit).</source>
      <translation>{layer} қабаты осы модульдің тапшылық нәтижесі емес (онда deficit өрісі жоқ).</translation>
    </message>
    <message>
      <source>Units with the largest deficit</source>
      <translation>Тапшылығы ең үлкен бірліктер</translation>
    </message>
    <message>
      <source>Unverified norm values used: {keys}.</source>
      <translation>Тексерілмеген нормативтер қолданылды: {keys}.</translation>
    </message>
    <message>
      <source>assignment to the nearest facility with free capacity</source>
      <translation>бос қуаты бар ең жақын объектіге бөлу</translation>
    </message>
    <message>
      <source>balance within each unit</source>
      <translation>әр бірлік ішіндегі теңгерім</translation>
    </message>
    <message>
      <source>connection distance, m</source>
      <translation>қосылу қашықтығы, м</translation>
    </message>
    <message>
      <source>coverage of the age group, %</source>
      <translation>жас тобын қамту, %</translation>
    </message>
    <message>
      <source>coverage of {field}, %</source>
      <translation>{field} қамту, %</translation>
    </message>
    <message>
      <source>demand per 1000 residents</source>
      <translation>1000 тұрғынға қажеттілік</translation>
    </message>
    <message>
      <source>demand per 1000 residents ({field})</source>
      <translation>1000 тұрғынға қажеттілік ({field})</translation>
    </message>
    <message>
      <source>enhanced 2SFCA with distance decay</source>
      <translation>қашықтық бойынша әлсірейтін жетілдірілген 2SFCA</translation>
    </message>
    <message>
      <source>green area per resident in residential districts, m²</source>
      <translation>тұрғын аудандарда бір тұрғынға жасыл желек, м²</translation>
    </message>
    <message>
      <source>green area per resident, m²</source>
      <translation>бір тұрғынға жасыл желек, м²</translation>
    </message>
    <message>
      <source>no population points: the residents of each unit count as one point inside it (every unit is within the radius of that point); give buildings for a finer result</source>
      <translation>халық нүктелері жоқ: әр бірліктің тұрғындары оның ішіндегі бір нүкте ретінде есептеледі (әр бірлік сол нүктеден радиус шегінде); нақтырақ нәтиже үшін ғимараттарды беріңіз</translation>
    </message>
    <message>
      <source>overcrowded class from, pupils</source>
      <translation>толып кеткен сынып, оқушыдан бастап</translation>
    </message>
    <message>
      <source>overload threshold, %</source>
      <translation>шамадан тыс жүктеме шегі, %</translation>
    </message>
    <message>
      <source>pupils per class</source>
      <translation>сыныптағы оқушылар</translation>
    </message>
    <message>
      <source>service radius, m</source>
      <translation>қызмет көрсету радиусы, м</translation>
    </message>
    <message>
      <source>smallest park counted, m²</source>
      <translation>есепке алынатын ең кіші саябақ, м²</translation>
    </message>
    <message>
      <source>target share connected, %</source>
      <translation>қосылғандардың мақсатты үлесі, %</translation>
    </message>
    <message>
      <source>the atlas could not be written to {path}: {error}</source>
      <translation>атласты {path} файлына жазу мүмкін болмады: {error}</translation>
    </message>
    <message>
      <source>the atlas has no pages: the districts layer is empty</source>
      <translation>атласта бет жоқ: аудандар қабаты бос</translation>
    </message>
    <message>
      <source>the print layout template has no map item 'map'</source>
      <translation>басып шығару макетінің үлгісінде 'map' карта элементі жоқ</translation>
    </message>
    <message>
      <source>the print layout template {path} cannot be read</source>
      <translation>{path} басып шығару макетінің үлгісін оқу мүмкін емес</translation>
    </message>
    <message>
      <source>travel time, min</source>
      <translation>жолдағы уақыт, мин</translation>
    </message>
    <message>
      <source>two-step floating catchment (2SFCA)</source>
      <translation>екі қадамды жылжымалы аймақтар әдісі (2SFCA)</translation>
    </message>
    <message>
      <source>typical size of a new facility</source>
      <translation>жаңа объектінің үлгілік қуаты</translation>
    </message>
    <message>
      <source>walking distance to a park, m</source>
      <translation>саябаққа жаяу қолжетімділік, м</translation>
    </message>
    <message>
      <source>within the normative radius</source>
      <translation>нормативтік радиус шегінде</translation>
    </message>
    <message>
      <source>without population points each unit counts as one point, but units {ids} reach up to {far} m from it, more than the norm's radius of {radius} m for {service}: give population points (buildings) or use the balance within each unit</source>
      <translation>халық нүктелерінсіз әр бірлік бір нүкте ретінде есептеледі, бірақ {ids} бірліктері одан {far} м-ге дейін созылады, бұл {service} үшін {radius} м радиус нормативінен көп: халық нүктелерін (ғимараттарды) беріңіз немесе әр бірлік ішіндегі теңгерімді қолданыңыз</translation>
    </message>
    <message>
      <source>{n} pages written to {path}</source>
      <translation>{n} бет {path} файлына жазылды</translation>
    </message>
    <message>
      <source>{service}: {method}</source>
      <translation>{service}: {method}</translation>
    </message>
  </context>
</TS>
