<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
  <context>
    <name>AlmatyAlgorithm</name>
    <message>
      <source>Provision with a service</source>
      <translation>Қызметпен қамтамасыз етілу</translation>
    </message>
    <message>
      <source>Accessibility (2SFCA / E2SFCA)</source>
      <translation>Қолжетімділік (2SFCA / E2SFCA)</translation>
    </message>
    <message>
      <source>Green space per resident</source>
      <translation>Бір тұрғынға шаққандағы жасыл желектер</translation>
    </message>
    <message>
      <source>Sewerage and water supply gap</source>
      <translation>Кәріз және сумен жабдықтау алшақтығы</translation>
    </message>
    <message>
      <source>Excel deficit report</source>
      <translation>Тапшылық туралы Excel есебі</translation>
    </message>
    <message>
      <source>Population onto buildings (dasymetric)</source>
      <translation>Халықты ғимараттарға бөлу (дазиметрия)</translation>
    </message>
    <message>
      <source>Assign settlement tiers</source>
      <translation>Елді мекендердің санаттары</translation>
    </message>
    <message>
      <source>Provision checks</source>
      <translation>Қамтамасыз етілуді тексеру</translation>
    </message>
    <message>
      <source>Data preparation</source>
      <translation>Деректерді дайындау</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Есептер</translation>
    </message>
    <message>
      <source>Planning units (districts, microdistricts)</source>
      <translation>Жоспарлау бірліктері (аудандар, шағын аудандар)</translation>
    </message>
    <message>
      <source>Population field</source>
      <translation>Халық саны өрісі</translation>
    </message>
    <message>
      <source>Unit id field (unique)</source>
      <translation>Бірлік идентификаторының өрісі (бірегей)</translation>
    </message>
    <message>
      <source>Unit name field</source>
      <translation>Бірлік атауының өрісі</translation>
    </message>
    <message>
      <source>Norm pack</source>
      <translation>Нормативтер пакеті</translation>
    </message>
    <message>
      <source>Norm pack file (YAML, instead of the choice above)</source>
      <translation>Нормативтер пакетінің файлы (YAML, жоғарыдағы таңдаудың орнына)</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Әдіс</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Қызмет</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Нәтиже</translation>
    </message>
    <message>
      <source>Facilities (schools, kindergartens, ...)</source>
      <translation>Объектілер (мектептер, балабақшалар, ...)</translation>
    </message>
    <message>
      <source>Capacity field (places, visits per shift, beds)</source>
      <translation>Қуат өрісі (орындар, ауысымдағы қабылдау, төсектер)</translation>
    </message>
    <message>
      <source>Street network (optional)</source>
      <translation>Көше-жол желісі (міндетті емес)</translation>
    </message>
    <message>
      <source>Radius in metres (empty: the pack's radius)</source>
      <translation>Радиус, метр (бос: пакеттегі радиус)</translation>
    </message>
    <message>
      <source>Population points or buildings (optional)</source>
      <translation>Халық нүктелері немесе ғимараттар (міндетті емес)</translation>
    </message>
    <message>
      <source>Residents field of the population points</source>
      <translation>Халық нүктелерінің тұрғындар өрісі</translation>
    </message>
    <message>
      <source>Settlement tier field (1-5)</source>
      <translation>Елді мекен санатының өрісі (1-5)</translation>
    </message>
    <message>
      <source>Development type field (multi_storey, low_rise)</source>
      <translation>Құрылыс түрінің өрісі (multi_storey, low_rise)</translation>
    </message>
    <message>
      <source>Facility id field</source>
      <translation>Объект идентификаторының өрісі</translation>
    </message>
    <message>
      <source>Actual load field (e.g. pupils enrolled)</source>
      <translation>Нақты жүктеме өрісі (мысалы, оқушылар саны)</translation>
    </message>
    <message>
      <source>Facility status field</source>
      <translation>Объект мәртебесінің өрісі</translation>
    </message>
    <message>
      <source>Statuses counted (comma-separated)</source>
      <translation>Есепке алынатын мәртебелер (үтір арқылы)</translation>
    </message>
    <message>
      <source>Count an empty capacity as 0</source>
      <translation>Бос қуатты 0 деп санау</translation>
    </message>
    <message>
      <source>Provision of units</source>
      <translation>Бірліктердің қамтамасыз етілуі</translation>
    </message>
    <message>
      <source>Load of facilities</source>
      <translation>Объектілердің жүктемесі</translation>
    </message>
    <message>
      <source>Distance decay for E2SFCA (empty: steps 1/0.68/0.22; a number: Gaussian sigma, m)</source>
      <translation>E2SFCA үшін қашықтық бойынша әлсіреу (бос: 1/0,68/0,22 сатылары; сан: Гаусс sigma, м)</translation>
    </message>
    <message>
      <source>Public green areas (parks, squares, boulevards)</source>
      <translation>Жалпы пайдаланудағы жасыл желектер (саябақтар, гүлзарлар, бульварлар)</translation>
    </message>
    <message>
      <source>Apply the residential-district norm</source>
      <translation>Тұрғын аудандар нормативін қолдану</translation>
    </message>
    <message>
      <source>Count residents within a walk of a large park</source>
      <translation>Ірі саябаққа жаяу қолжетімді тұрғындарды есептеу</translation>
    </message>
    <message>
      <source>Buildings or population points (optional; else the fields are read on the units)</source>
      <translation>Ғимараттар немесе халық нүктелері (міндетті емес; әйтпесе өрістер бірліктерден оқылады)</translation>
    </message>
    <message>
      <source>Residents field of the buildings</source>
      <translation>Ғимараттардың тұрғындар өрісі</translation>
    </message>
    <message>
      <source>Sewerage connection field</source>
      <translation>Кәрізге қосылу өрісі</translation>
    </message>
    <message>
      <source>Water supply connection field</source>
      <translation>Сумен жабдықтауға қосылу өрісі</translation>
    </message>
    <message>
      <source>The field holds (flag, share, percent, count)</source>
      <translation>Өрісте (flag — белгі, share — үлес, percent — пайыз, count — сан)</translation>
    </message>
    <message>
      <source>Sewer mains (optional)</source>
      <translation>Кәріз желілері (міндетті емес)</translation>
    </message>
    <message>
      <source>Water mains (optional)</source>
      <translation>Су құбыры желілері (міндетті емес)</translation>
    </message>
    <message>
      <source>Connection distance to a main, m (empty: the pack's value)</source>
      <translation>Желіге қосылу қашықтығы, м (бос: пакеттегі мән)</translation>
    </message>
    <message>
      <source>Target share of connected residents, % (empty: the pack's value)</source>
      <translation>Қосылған тұрғындардың мақсатты үлесі, % (бос: пакеттегі мән)</translation>
    </message>
    <message>
      <source>Sewerage and water gap</source>
      <translation>Кәріз және сумен жабдықтау алшақтығы</translation>
    </message>
    <message>
      <source>Result layers (provision, green space, engineering gap)</source>
      <translation>Нәтиже қабаттары (қамтамасыз етілу, жасыл желектер, инженерлік желілер)</translation>
    </message>
    <message>
      <source>Language of the report</source>
      <translation>Есеп тілі</translation>
    </message>
    <message>
      <source>Excel report</source>
      <translation>Excel есебі</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
      <source>Residential buildings</source>
      <translation>Тұрғын ғимараттар</translation>
    </message>
    <message>
      <source>Share by</source>
      <translation>Бөлу негізі</translation>
    </message>
    <message>
      <source>Number of floors field</source>
      <translation>Қабат саны өрісі</translation>
    </message>
    <message>
      <source>Floors where the field is empty</source>
      <translation>Өріс бос болғандағы қабат саны</translation>
    </message>
    <message>
      <source>Buildings with population</source>
      <translation>Халқы бар ғимараттар</translation>
    </message>
    <message>
      <source>Settlements or planning units</source>
      <translation>Елді мекендер немесе жоспарлау бірліктері</translation>
    </message>
    <message>
      <source>Tier field (kept where filled)</source>
      <translation>Санат өрісі (толтырылған жерде сақталады)</translation>
    </message>
    <message>
      <source>Settlement status field (city, district centre, village, ...)</source>
      <translation>Елді мекен мәртебесінің өрісі (қала, аудан орталығы, ауыл, ...)</translation>
    </message>
    <message>
      <source>Unit id field</source>
      <translation>Бірлік идентификаторының өрісі</translation>
    </message>
    <message>
      <source>Units with tiers</source>
      <translation>Санаттары бар бірліктер</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <source>The layer {layer} could not be opened.</source>
      <translation>{layer} қабатын ашу мүмкін болмады.</translation>
    </message>
    <message>
      <source>Canceled while reading {layer}.</source>
      <translation>{layer} қабатын оқу кезінде тоқтатылды.</translation>
    </message>
    <message>
      <source>Canceled while writing {layer}.</source>
      <translation>{layer} қабатын жазу кезінде тоқтатылды.</translation>
    </message>
    <message>
      <source>The result layer {layer} could not be written (feature {row}).</source>
      <translation>{layer} нәтиже қабатын жазу мүмкін болмады ({row} объект).</translation>
    </message>
    <message>
      <source>Canceled.</source>
      <translation>Тоқтатылды.</translation>
    </message>
    <message>
      <source>Choose a norm pack (NORM_PACK) or give a pack file (NORM_PACK_FILE).</source>
      <translation>Нормативтер пакетін (NORM_PACK) таңдаңыз немесе пакет файлын (NORM_PACK_FILE) көрсетіңіз.</translation>
    </message>
    <message>
      <source>layer {name}</source>
      <translation>{name} қабаты</translation>
    </message>
    <message>
      <source>feature {id}</source>
      <translation>{id} объект</translation>
    </message>
    <message>
      <source>field {field}</source>
      <translation>{field} өрісі</translation>
    </message>
    <message>
      <source>DECAY must be empty, a number (Gaussian sigma in metres) or steps like 300:1,600:0.68,900:0.22</source>
      <translation>DECAY бос, сан (Гаусс sigma, метр) немесе 300:1,600:0.68,900:0.22 сияқты сатылар болуы керек</translation>
    </message>
    <message>
      <source>Give at least one result layer (INPUTS).</source>
      <translation>Кемінде бір нәтиже қабатын (INPUTS) көрсетіңіз.</translation>
    </message>
    <message>
      <source>The layer {layer} is not a result of this plugin (it has no field service).</source>
      <translation>{layer} қабаты осы модульдің нәтижесі емес (онда service өрісі жоқ).</translation>
    </message>
    <message>
      <source>The norm pack {pack} could not be read: {error}</source>
      <translation>{pack} нормативтер пакетін оқу мүмкін болмады: {error}</translation>
    </message>
    <message>
      <source>unknown weight {weight}; use floor_area or footprint</source>
      <translation>белгісіз салмақ {weight}; floor_area немесе footprint қолданыңыз</translation>
    </message>
    <message>
      <source>give the field with the number of floors</source>
      <translation>қабат саны өрісін көрсетіңіз</translation>
    </message>
    <message>
      <source>{n} buildings lie outside every unit and received no residents</source>
      <translation>{n} ғимарат барлық бірліктен тыс жатыр және тұрғын алмады</translation>
    </message>
    <message>
      <source>units without buildings (or with zero floor area) kept their residents undistributed: {units}</source>
      <translation>ғимараты жоқ (немесе қабат ауданы нөл) бірліктердің тұрғындары бөлінбей қалды: {units}</translation>
    </message>
    <message>
      <source>No data</source>
      <translation>Дерек жоқ</translation>
    </message>
    <message>
      <source>Deficit</source>
      <translation>Тапшылық</translation>
    </message>
    <message>
      <source>Norm met or surplus</source>
      <translation>Норматив орындалды немесе артықшылық</translation>
    </message>
    <message>
      <source>Overloaded</source>
      <translation>Шамадан тыс жүктелген</translation>
    </message>
    <message>
      <source>Within capacity</source>
      <translation>Қуат шегінде</translation>
    </message>
    <message>
      <source>Gap</source>
      <translation>Алшақтық</translation>
    </message>
    <message>
      <source>Norm met</source>
      <translation>Норматив орындалды</translation>
    </message>
  </context>
</TS>
