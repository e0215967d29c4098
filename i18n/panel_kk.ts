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
      <source>(memory layer, not saved)</source>
      <translation>(уақытша қабат, сақталмаған)</translation>
    </message>
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
      <source>Fields used</source>
      <translation>Қолданылған өрістер</translation>
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
      <source>assignment</source>
      <translation>бөлу</translation>
    </message>
    <message>
      <source>assignment to the nearest facility with free capacity</source>
      <translation>бос қуаты бар ең жақын объектіге бөлу</translation>
    </message>
    <message>
      <source>balance</source>
      <translation>теңгерім</translation>
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
      <source>feldsher-midwife post: residents at most</source>
      <translation>ФАП: ең көп тұрғын саны</translation>
    </message>
    <message>
      <source>green area per resident in 2020 (baseline), m²</source>
      <translation>2020 жылы бір тұрғынға жасыл желек (базалық деңгей), м²</translation>
    </message>
    <message>
      <source>green area per resident in residential districts, medium city, m²</source>
      <translation>тұрғын аудандарда бір тұрғынға жасыл желек, орта қала, м²</translation>
    </message>
    <message>
      <source>green area per resident in residential districts, m²</source>
      <translation>тұрғын аудандарда бір тұрғынға жасыл желек, м²</translation>
    </message>
    <message>
      <source>green area per resident, medium city, m²</source>
      <translation>бір тұрғынға жасыл желек, орта қала, м²</translation>
    </message>
    <message>
      <source>green area per resident, m²</source>
      <translation>бір тұрғынға жасыл желек, м²</translation>
    </message>
    <message>
      <source>green area per resident, small city under 20 thousand, m²</source>
      <translation>бір тұрғынға жасыл желек, 20 мыңға дейінгі шағын қала, м²</translation>
    </message>
    <message>
      <source>green area per resident, small city, m²</source>
      <translation>бір тұрғынға жасыл желек, шағын қала, м²</translation>
    </message>
    <message>
      <source>largest size of one facility</source>
      <translation>бір объектінің ең үлкен қуаты</translation>
    </message>
    <message>
      <source>medical point: residents at most</source>
      <translation>медициналық пункт: ең көп тұрғын саны</translation>
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
      <source>plot per place above 100 places, m²</source>
      <translation>100 орыннан жоғары бір орынға учаске, м²</translation>
    </message>
    <message>
      <source>plot per place above 500 places, m²</source>
      <translation>500 орыннан жоғары бір орынға учаске, м²</translation>
    </message>
    <message>
      <source>plot per place up to 100 places, m²</source>
      <translation>100 орынға дейін бір орынға учаске, м²</translation>
    </message>
    <message>
      <source>plot per pupil for {field} pupils, m²</source>
      <translation>{field} оқушы болғанда бір оқушыға учаске, м²</translation>
    </message>
    <message>
      <source>pupils per class</source>
      <translation>сыныптағы оқушылар</translation>
    </message>
    <message>
      <source>radius</source>
      <translation>радиус</translation>
    </message>
    <message>
      <source>service radius, m</source>
      <translation>қызмет көрсету радиусы, м</translation>
    </message>
    <message>
      <source>short-stay groups: additional places per 1000 residents</source>
      <translation>қысқа мерзімді болу топтары: 1000 тұрғынға қосымша орындар</translation>
    </message>
    <message>
      <source>short-stay groups: places per 1000 residents</source>
      <translation>қысқа мерзімді болу топтары: 1000 тұрғынға орындар</translation>
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
      <source>typical site, ha</source>
      <translation>үлгілік учаске, га</translation>
    </message>
    <message>
      <source>typical size of a new facility</source>
      <translation>жаңа объектінің үлгілік қуаты</translation>
    </message>
    <message>
      <source>typical sizes</source>
      <translation>үлгілік қуаттар</translation>
    </message>
    <message>
      <source>visits per shift, % of the daily visits</source>
      <translation>ауысымына келу, күндізгі келулердің %</translation>
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
  <context>
    <name>AlmatyPlanner</name>
    <message>
      <source>%</source>
      <translation>%</translation>
    </message>
    <message>
      <source>Actual load field (e.g. pupils enrolled)</source>
      <translation>Нақты жүктеме өрісі (мысалы, оқушылар саны)</translation>
    </message>
    <message>
      <source>Advanced</source>
      <translation>Қосымша</translation>
    </message>
    <message>
      <source>Atlas pages (districts) and their names</source>
      <translation>Атлас беттері (аудандар) және олардың атаулары</translation>
    </message>
    <message>
      <source>Cannot replace {path}: the file is open in another program or read-only ({reason}).</source>
      <translation>{path} ауыстыру мүмкін емес: файл басқа бағдарламада ашық немесе тек оқуға арналған ({reason}).</translation>
    </message>
    <message>
      <source>Capacity missing to meet the norm, in the service's unit</source>
      <translation>Нормативке дейін жетіспейтін қуат, қызмет бірлігінде</translation>
    </message>
    <message>
      <source>Capacity of the facilities in the unit</source>
      <translation>Бірліктегі объектілердің қуаты</translation>
    </message>
    <message>
      <source>Capacity of the unit's facilities against its demand (100 × capacity / demand)</source>
      <translation>Бірлік объектілерінің қуаты қажеттілікке қатысты (100 × қуат / қажеттілік)</translation>
    </message>
    <message>
      <source>Choose the layer of the atlas pages (districts).</source>
      <translation>Атлас беттерінің қабатын таңдаңыз (аудандар).</translation>
    </message>
    <message>
      <source>Choose the residents field of the population points {layer}.</source>
      <translation>{layer} халық нүктелері қабатындағы тұрғындар санының өрісін таңдаңыз.</translation>
    </message>
    <message>
      <source>Demand from the norm pack</source>
      <translation>Нормативтер жинағы бойынша қажеттілік</translation>
    </message>
    <message>
      <source>Development type field (multi_storey, low_rise)</source>
      <translation>Құрылыс түрінің өрісі (multi_storey, low_rise)</translation>
    </message>
    <message>
      <source>Export PDF atlas</source>
      <translation>PDF атласын экспорттау</translation>
    </message>
    <message>
      <source>Export PDF atlas…</source>
      <translation>PDF атласы…</translation>
    </message>
    <message>
      <source>Facility statuses counted (comma-separated)</source>
      <translation>Есепке алынатын объект мәртебелері (үтір арқылы)</translation>
    </message>
    <message>
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <source>GeoPackage of the results (with their styles)</source>
      <translation>Нәтижелер GeoPackage файлы (стильдерімен бірге)</translation>
    </message>
    <message>
      <source>Met within the norm, %</source>
      <translation>Норматив шегінде қанағаттандырылды, %</translation>
    </message>
    <message>
      <source>Methods (one result each)</source>
      <translation>Әдістер (әрқайсысына бір нәтиже)</translation>
    </message>
    <message>
      <source>No population points: each unit's residents count as one point inside it; give buildings (Advanced) for a finer result.</source>
      <translation>Халық нүктелері жоқ: әр бірліктің тұрғындары оның ішіндегі бір нүкте ретінде есептеледі; нақтырақ нәтиже үшін ғимараттарды беріңіз (Қосымша).</translation>
    </message>
    <message>
      <source>PDF atlas written ({n} pages): {path}</source>
      <translation>PDF атласы жазылды ({n} бет): {path}</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
      <source>Population points or buildings (where the residents live)</source>
      <translation>Халық нүктелері немесе ғимараттар (тұрғындар тұратын жер)</translation>
    </message>
    <message>
      <source>Provision, % = capacity / demand; met within the norm, % = demand served within the radius.</source>
      <translation>Қамтамасыз етілу, % = қуат / қажеттілік; норматив шегінде қанағаттандырылды, % = радиус шегінде қызмет көрсетілген қажеттілік.</translation>
    </message>
    <message>
      <source>Radius in metres (empty: the pack's radius)</source>
      <translation>Радиус, метр (бос болса: жинақтағы радиус)</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Есептер</translation>
    </message>
    <message>
      <source>Residents field of the points</source>
      <translation>Нүктелердегі тұрғындар өрісі</translation>
    </message>
    <message>
      <source>Results file</source>
      <translation>Нәтижелер файлы</translation>
    </message>
    <message>
      <source>Settlement tier field (1-5)</source>
      <translation>Елді мекен деңгейінің өрісі (1-5)</translation>
    </message>
    <message>
      <source>Share of the demand met within the norm's radius (methods by distance)</source>
      <translation>Нормативтік радиус шегінде қанағаттандырылған қажеттілік үлесі (қашықтық әдістері)</translation>
    </message>
    <message>
      <source>Shifts field</source>
      <translation>Ауысым өрісі</translation>
    </message>
    <message>
      <source>Street network (distances along streets)</source>
      <translation>Көше желісі (көшелер бойынша қашықтық)</translation>
    </message>
    <message>
      <source>Style of the Regional Standards panel</source>
      <translation>«Өңірлік стандарттар» панелінің стилі</translation>
    </message>
    <message>
      <source>The PDF atlas was not written: {error}</source>
      <translation>PDF атласы жазылмады: {error}</translation>
    </message>
    <message>
      <source>The algorithm {alg} is not installed.</source>
      <translation>{alg} алгоритмі орнатылмаған.</translation>
    </message>
    <message>
      <source>The checks are done: {n} result layers in {path}.</source>
      <translation>Тексерулер аяқталды: {path} ішінде {n} нәтиже қабаты.</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist.</source>
      <translation>{folder} қалтасы жоқ.</translation>
    </message>
    <message>
      <source>The folder {folder} of the results file does not exist.</source>
      <translation>Нәтижелер файлына арналған {folder} қалтасы жоқ.</translation>
    </message>
    <message>
      <source>The layer {layer} could not be written to {path}: {error}</source>
      <translation>{layer} қабатын {path} файлына жазу мүмкін болмады: {error}</translation>
    </message>
    <message>
      <source>The layer {table} cannot be read from {path}.</source>
      <translation>{path} файлынан {table} қабатын оқу мүмкін емес.</translation>
    </message>
    <message>
      <source>The population points layer is no longer in the project.</source>
      <translation>Халық нүктелері қабаты жобада енді жоқ.</translation>
    </message>
    <message>
      <source>The radius must be a number of metres above 0, not {text}.</source>
      <translation>Радиус 0-ден үлкен метр саны болуы керек, {text} емес.</translation>
    </message>
    <message>
      <source>The results file must be a GeoPackage (.gpkg): {path}</source>
      <translation>Нәтижелер файлы GeoPackage (.gpkg) болуы керек: {path}</translation>
    </message>
    <message>
      <source>The results were not written: {error}</source>
      <translation>Нәтижелер жазылмады: {error}</translation>
    </message>
    <message>
      <source>The unit's name</source>
      <translation>Бірліктің атауы</translation>
    </message>
    <message>
      <source>Tick at least one method.</source>
      <translation>Кемінде бір әдісті белгілеңіз.</translation>
    </message>
    <message>
      <source>Whether the unit meets the norm</source>
      <translation>Бірлік нормативке сай ма</translation>
    </message>
    <message>
      <source>Without population points (Advanced) each unit's residents count as one point inside it; units larger than the norm's radius are refused. Give buildings for {methods}.</source>
      <translation>Халық нүктелерінсіз (Қосымша) әр бірліктің тұрғындары оның ішіндегі бір нүкте ретінде есептеледі; нормативтік радиустан үлкен бірліктер есептелмейді. Мына әдістер үшін ғимараттарды беріңіз: {methods}.</translation>
    </message>
    <message>
      <source>beds</source>
      <translation>төсек-орын</translation>
    </message>
    <message>
      <source>beds per 1000 residents</source>
      <translation>1000 тұрғынға төсек-орын</translation>
    </message>
    <message>
      <source>confirmed (official text)</source>
      <translation>расталған (ресми мәтін)</translation>
    </message>
    <message>
      <source>derived from statistics</source>
      <translation>статистикадан алынған</translation>
    </message>
    <message>
      <source>development</source>
      <translation>құрылыс</translation>
    </message>
    <message>
      <source>everywhere</source>
      <translation>барлық жерде</translation>
    </message>
    <message>
      <source>ha</source>
      <translation>га</translation>
    </message>
    <message>
      <source>low-rise</source>
      <translation>аз қабатты</translation>
    </message>
    <message>
      <source>m</source>
      <translation>м</translation>
    </message>
    <message>
      <source>min</source>
      <translation>мин</translation>
    </message>
    <message>
      <source>multi-storey</source>
      <translation>көп қабатты</translation>
    </message>
    <message>
      <source>m²</source>
      <translation>м²</translation>
    </message>
    <message>
      <source>m² per place</source>
      <translation>бір орынға м²</translation>
    </message>
    <message>
      <source>m² per pupil</source>
      <translation>бір оқушыға м²</translation>
    </message>
    <message>
      <source>m² per resident</source>
      <translation>бір тұрғынға м²</translation>
    </message>
    <message>
      <source>places</source>
      <translation>орындар</translation>
    </message>
    <message>
      <source>places per 1000 residents</source>
      <translation>1000 тұрғынға орын</translation>
    </message>
    <message>
      <source>pupils</source>
      <translation>оқушылар</translation>
    </message>
    <message>
      <source>residents</source>
      <translation>тұрғындар</translation>
    </message>
    <message>
      <source>secondary source</source>
      <translation>қосалқы дереккөз</translation>
    </message>
    <message>
      <source>the pack's radius</source>
      <translation>жинақтағы радиус</translation>
    </message>
    <message>
      <source>tier</source>
      <translation>деңгей</translation>
    </message>
    <message>
      <source>unverified</source>
      <translation>тексерілмеген</translation>
    </message>
    <message>
      <source>visits per shift</source>
      <translation>ауысымына келу</translation>
    </message>
    <message>
      <source>visits per shift per 1000 residents</source>
      <translation>1000 тұрғынға ауысымына келу</translation>
    </message>
    <message>
      <source>{service}: {method}</source>
      <translation>{service}: {method}</translation>
    </message>
    <message>
      <source>{what}: load of facilities</source>
      <translation>{what}: объектілердің жүктемесі</translation>
    </message>
  </context>
</TS>
