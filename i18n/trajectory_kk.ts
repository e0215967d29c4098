<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
  <context>
    <name>AlmatyAlgorithm</name>
    <message>
      <source>Children by year of age, youngest first (cohort ageing into school)</source>
      <translation>Жас жылдары бойынша балалар, кішілерінен бастап (когорталардың мектепке өтуі)</translation>
    </message>
    <message>
      <source>City totals by year against the targets</source>
      <translation>Қала бойынша жылдар бойынша қорытынды, мақсаттармен салыстырғанда</translation>
    </message>
    <message>
      <source>Closing year field (no places from that year on)</source>
      <translation>Жабылу жылы өрісі (осы жылдан бастап орын жоқ)</translation>
    </message>
    <message>
      <source>Commissioning year field (empty value: counted from the start)</source>
      <translation>Пайдалануға беру жылы өрісі (бос мән: басынан бастап есептеледі)</translation>
    </message>
    <message>
      <source>Commissioning year field (empty value: counted)</source>
      <translation>Пайдалануға беру жылы өрісі (бос мән: есептеледі)</translation>
    </message>
    <message>
      <source>Completion year field of the housing projects</source>
      <translation>Тұрғын үй жобаларының пайдалануға берілу жылы өрісі</translation>
    </message>
    <message>
      <source>Count facilities commissioned up to this year</source>
      <translation>Осы жылға дейін (қоса алғанда) пайдалануға берілген объектілерді есептеу</translation>
    </message>
    <message>
      <source>Facilities (existing, under construction, planned)</source>
      <translation>Объектілер (қолданыстағы, салынып жатқан, жоспарланған)</translation>
    </message>
    <message>
      <source>First year</source>
      <translation>Бірінші жыл</translation>
    </message>
    <message>
      <source>Flats field of the housing projects</source>
      <translation>Тұрғын үй жобаларының пәтерлер саны өрісі</translation>
    </message>
    <message>
      <source>Growth field of the units, % a year (empty value: the rate above)</source>
      <translation>Бірліктердің өсу өрісі, жылына % (бос мән: жоғарыдағы қарқын)</translation>
    </message>
    <message>
      <source>Housing projects (points with completion year and flats)</source>
      <translation>Тұрғын үй жобалары (пайдалануға берілу жылы мен пәтерлер саны бар нүктелер)</translation>
    </message>
    <message>
      <source>Housing projects need HOUSING_YEAR_FIELD, HOUSING_FLATS_FIELD and HOUSEHOLD_SIZE.</source>
      <translation>Тұрғын үй жобаларына HOUSING_YEAR_FIELD, HOUSING_FLATS_FIELD және HOUSEHOLD_SIZE қажет.</translation>
    </message>
    <message>
      <source>Last year</source>
      <translation>Соңғы жыл</translation>
    </message>
    <message>
      <source>Population forecast table (unit id with year and population, or pop_YYYY columns)</source>
      <translation>Халық болжамы кестесі (бірлік id-і жылмен және халық санымен, немесе pop_YYYY бағандары)</translation>
    </message>
    <message>
      <source>Population growth, % a year (compound)</source>
      <translation>Халықтың өсуі, жылына % (күрделі)</translation>
    </message>
    <message>
      <source>Pupils or children per flat (empty: the pack's rate per resident)</source>
      <translation>Бір пәтерге оқушылар немесе балалар (бос: пакеттің бір тұрғынға нормативі)</translation>
    </message>
    <message>
      <source>Residents per flat (household size; marked unverified)</source>
      <translation>Бір пәтерге тұрғындар (үй шаруашылығының мөлшері; тексерілмеген деп белгіленеді)</translation>
    </message>
    <message>
      <source>Scenario field of the facilities (empty value: baseline)</source>
      <translation>Объектілердің сценарий өрісі (бос мән: базалық нұсқа)</translation>
    </message>
    <message>
      <source>Targets table (fields year and target: the city's deficit aimed at)</source>
      <translation>Мақсаттар кестесі (year және target өрістері: қаланың мақсатты тапшылығы)</translation>
    </message>
    <message>
      <source>Trajectory: units by year</source>
      <translation>Траектория: бірліктер жылдар бойынша</translation>
    </message>
    <message>
      <source>UP_TO_YEAR needs YEAR_FIELD, the facilities' commissioning year.</source>
      <translation>UP_TO_YEAR үшін YEAR_FIELD — объектілердің пайдалануға берілу жылы қажет.</translation>
    </message>
    <message>
      <source>Unit id field of the forecast table (empty: the unit id field)</source>
      <translation>Болжам кестесіндегі бірлік id өрісі (бос: бірліктердің id өрісі)</translation>
    </message>
    <message>
      <source>Units with one deficit column per year</source>
      <translation>Әр жылға тапшылық бағаны бар бірліктер</translation>
    </message>
    <message>
      <source>Year of the population figures (empty: FROM_YEAR)</source>
      <translation>Халық деректерінің жылы (бос: FROM_YEAR)</translation>
    </message>
    <message>
      <source>{scenario}: deficit summed over units and years (place-years missing): {total}</source>
      <translation>{scenario}: бірліктер мен жылдар бойынша жинақталған тапшылық (жетіспейтін орын-жылдар): {total}</translation>
    </message>
    <message>
      <source>Deficit trajectory (year by year)</source>
      <translation>Тапшылық траекториясы (жылдар бойынша)</translation>
    </message>
    <message>
      <source>Growth of scenarios, % a year (name=rate; e.g. fast=4.5)</source>
      <translation>Сценарийлердегі өсу, жылына % (атауы=қарқын; мысалы fast=4.5)</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <source>  {scenario} {year}: deficit {deficit}, capacity {capacity}, demand {demand}</source>
      <translation>  {scenario} {year}: тапшылық {deficit}, қуаттылық {capacity}, қажеттілік {demand}</translation>
    </message>
    <message>
      <source>  {scenario}: deficit summed over units and years: {total}</source>
      <translation>  {scenario}: бірліктер мен жылдар бойынша жинақталған тапшылық: {total}</translation>
    </message>
    <message>
      <source> (target {target}, {above} above it)</source>
      <translation> (мақсат {target}, одан {above} артық)</translation>
    </message>
    <message>
      <source>Above the target</source>
      <translation>Мақсаттан артық</translation>
    </message>
    <message>
      <source>By year {service}</source>
      <translation>Жылдар бойынша {service}</translation>
    </message>
    <message>
      <source>Capacity</source>
      <translation>Қуаттылық</translation>
    </message>
    <message>
      <source>Change against the baseline ({scenario})</source>
      <translation>Базалық нұсқаға қатысты өзгеріс ({scenario})</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Қала</translation>
    </message>
    <message>
      <source>City deficit per year against the targets</source>
      <translation>Қаланың жылдар бойынша тапшылығы мақсаттармен салыстырғанда</translation>
    </message>
    <message>
      <source>Deficit ({scenario})</source>
      <translation>Тапшылық ({scenario})</translation>
    </message>
    <message>
      <source>Deficit in {unit} per unit and year ({scenario}); {method}, norm pack {pack} {edition}. Red: a deficit, green: the norm is met.</source>
      <translation>Тапшылық, {unit}, бірліктер мен жылдар бойынша ({scenario}); {method}, нормативтер пакеті {pack} {edition}. Қызыл: тапшылық, жасыл: норматив орындалды.</translation>
    </message>
    <message>
      <source>Deficit summed over the years</source>
      <translation>Жылдар бойынша жинақталған тапшылық</translation>
    </message>
    <message>
      <source>Deficit summed over units and years ({scenario})</source>
      <translation>Бірліктер мен жылдар бойынша жинақталған тапшылық ({scenario})</translation>
    </message>
    <message>
      <source>Deficit trajectory</source>
      <translation>Тапшылық траекториясы</translation>
    </message>
    <message>
      <source>Demand</source>
      <translation>Қажеттілік</translation>
    </message>
    <message>
      <source>FROM_YEAR ({lo}) is after TO_YEAR ({hi}); give a range of years</source>
      <translation>FROM_YEAR ({lo}) TO_YEAR-дан ({hi}) кейін; жылдар аралығын көрсетіңіз</translation>
    </message>
    <message>
      <source>For schools and kindergartens: child-years without a place.</source>
      <translation>Мектептер мен балабақшалар үшін: орынсыз бала-жылдар.</translation>
    </message>
    <message>
      <source>Meets the norm from</source>
      <translation>Норматив мына жылдан бастап орындалады</translation>
    </message>
    <message>
      <source>Norm pack hash</source>
      <translation>Нормативтер пакетінің хэші</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Мақсат</translation>
    </message>
    <message>
      <source>Trajectory {service}</source>
      <translation>Траектория {service}</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Нұсқа</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Жыл</translation>
    </message>
    <message>
      <source>Year of the population figures</source>
      <translation>Халық деректерінің жылы</translation>
    </message>
    <message>
      <source>Years</source>
      <translation>Жылдар</translation>
    </message>
    <message>
      <source>a growth rate must be above -100% a year, got {value}</source>
      <translation>өсу қарқыны жылына -100%-дан жоғары болуы керек, алынғаны {value}</translation>
    </message>
    <message>
      <source>a housing project needs its completion year</source>
      <translation>тұрғын үй жобасына пайдалануға берілу жылы қажет</translation>
    </message>
    <message>
      <source>a scenario needs a name other than {name}</source>
      <translation>сценарийге {name} атауынан басқа атау қажет</translation>
    </message>
    <message>
      <source>a target year</source>
      <translation>мақсат жылы</translation>
    </message>
    <message>
      <source>closing year of {id} in scenario {name}</source>
      <translation>{name} сценарийіндегі {id} жабылу жылы</translation>
    </message>
    <message>
      <source>give the household size (residents per flat) of the housing projects</source>
      <translation>тұрғын үй жобалары үшін үй шаруашылығының мөлшерін (бір пәтерге тұрғындар) көрсетіңіз</translation>
    </message>
    <message>
      <source>give the unit id field that the forecast table uses</source>
      <translation>болжам кестесі пайдаланатын бірлік id өрісін көрсетіңіз</translation>
    </message>
    <message>
      <source>scenario {name} changes the capacity of facility {id}, which is not in the facility layer</source>
      <translation>{name} сценарийі объектілер қабатында жоқ {id} объектісінің қуаттылығын өзгертеді</translation>
    </message>
    <message>
      <source>scenario {name} closes facility {id}, which is not in the facility layer</source>
      <translation>{name} сценарийі объектілер қабатында жоқ {id} объектісін жабады</translation>
    </message>
    <message>
      <source>the capacity change of {id} in scenario {name} is not a number: {value!r}</source>
      <translation>{name} сценарийіндегі {id} қуаттылығының өзгерісі сан емес: {value!r}</translation>
    </message>
    <message>
      <source>the closing year {close} is before the commissioning year {open}</source>
      <translation>жабылу жылы {close} пайдалануға беру жылынан {open} бұрын</translation>
    </message>
    <message>
      <source>the forecast names units that are not in the units layer: {ids}</source>
      <translation>болжамда бірліктер қабатында жоқ бірліктер бар: {ids}</translation>
    </message>
    <message>
      <source>the forecast needs columns year and population, or pop_YYYY columns (e.g. pop_2027)</source>
      <translation>болжамға year және population бағандары немесе pop_YYYY бағандары қажет (мысалы, pop_2027)</translation>
    </message>
    <message>
      <source>the target of {year} is not a number: {value!r}</source>
      <translation>{year} жылғы мақсат сан емес: {value!r}</translation>
    </message>
    <message>
      <source>the year must be a whole number from {lo} to {hi}, got {value!r}</source>
      <translation>жыл {lo}-ден {hi}-ге дейінгі бүтін сан болуы керек, алынғаны {value!r}</translation>
    </message>
    <message>
      <source>the year must be a whole number from {lo} to {hi}, got {value}</source>
      <translation>жыл {lo}-ден {hi}-ге дейінгі бүтін сан болуы керек, алынғаны {value}</translation>
    </message>
    <message>
      <source>year of the capacity change of {id} in scenario {name}</source>
      <translation>{name} сценарийіндегі {id} қуаттылығы өзгерісінің жылы</translation>
    </message>
    <message>
      <source>{layer}: projects {ids} lie outside every unit and were ignored</source>
      <translation>{layer}: {ids} жобалары барлық бірліктерден тыс жатыр және есепке алынбады</translation>
    </message>
    <message>
      <source>{service}, {method}: city deficit per year</source>
      <translation>{service}, {method}: қаланың жылдар бойынша тапшылығы</translation>
    </message>
    <message>
      <source>{what} must be a year from {lo} to {hi}, got {value!r}</source>
      <translation>{what} {lo}-ден {hi}-ге дейінгі жыл болуы керек, алынғаны {value!r}</translation>
    </message>
    <message>
      <source>baseline</source>
      <translation>базалық нұсқа</translation>
    </message>
    <message>
      <source>Planning unit</source>
      <translation>Жоспарлау бірлігі</translation>
    </message>
    <message>
      <source>write the growth of a scenario as name=% a year, e.g. fast=4.5; got {part!r}</source>
      <translation>сценарийдің өсуін атауы=жылына % түрінде жазыңыз, мысалы fast=4.5; алынғаны {part!r}</translation>
    </message>
  </context>
  <context>
    <name>AlmatyPlanner</name>
    <message>
      <source>All years (animate with the temporal controller)</source>
      <translation>Барлық жылдар (уақыт басқарушысымен анимация)</translation>
    </message>
    <message>
      <source>Choose a norm pack on the Inputs tab.</source>
      <translation>«Бастапқы деректер» қойындысында нормативтер пакетін таңдаңыз.</translation>
    </message>
    <message>
      <source>Choose the facility layer and capacity field of {service} on the Inputs tab.</source>
      <translation>«Бастапқы деректер» қойындысында «{service}» үшін объектілер қабаты мен қуаттылық өрісін таңдаңыз.</translation>
    </message>
    <message>
      <source>Choose the units layer and its population field on the Inputs tab.</source>
      <translation>«Бастапқы деректер» қойындысында бірліктер қабаты мен халық өрісін таңдаңыз.</translation>
    </message>
    <message>
      <source>City deficit per year against the targets</source>
      <translation>Қаланың жылдар бойынша тапшылығы мақсаттармен салыстырғанда</translation>
    </message>
    <message>
      <source>Closing year field</source>
      <translation>Жабылу жылы өрісі</translation>
    </message>
    <message>
      <source>Commissioning year field</source>
      <translation>Пайдалануға беру жылы өрісі</translation>
    </message>
    <message>
      <source>Deficit summed over units and years: {parts}</source>
      <translation>Бірліктер мен жылдар бойынша жинақталған тапшылық: {parts}</translation>
    </message>
    <message>
      <source>From year</source>
      <translation>Жылдан бастап</translation>
    </message>
    <message>
      <source>No trajectory yet.</source>
      <translation>Траектория әлі есептелмеген.</translation>
    </message>
    <message>
      <source>On the map</source>
      <translation>Картада</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Жоспар</translation>
    </message>
    <message>
      <source>Population growth a year</source>
      <translation>Халықтың жылдық өсуі</translation>
    </message>
    <message>
      <source>Run trajectory</source>
      <translation>Траекторияны есептеу</translation>
    </message>
    <message>
      <source>Scenario</source>
      <translation>Сценарий</translation>
    </message>
    <message>
      <source>Scenario field</source>
      <translation>Сценарий өрісі</translation>
    </message>
    <message>
      <source>Status field</source>
      <translation>Мәртебе өрісі</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Мақсат</translation>
    </message>
    <message>
      <source>Targets</source>
      <translation>Мақсаттар</translation>
    </message>
    <message>
      <source>Targets (city deficit)</source>
      <translation>Мақсаттар (қала тапшылығы)</translation>
    </message>
    <message>
      <source>Targets: write year: target, e.g. 2025: 7300; 2026: 5000 (got {part!r}).</source>
      <translation>Мақсаттар: жыл: мақсат түрінде жазыңыз, мысалы 2025: 7300; 2026: 5000 (алынғаны {part!r}).</translation>
    </message>
    <message>
      <source>Targets: {year} is not a year from 1900 to 2100.</source>
      <translation>Мақсаттар: {year} — 1900-2100 аралығындағы жыл емес.</translation>
    </message>
    <message>
      <source>The first year is after the last year.</source>
      <translation>Бірінші жыл соңғы жылдан кейін.</translation>
    </message>
    <message>
      <source>To year</source>
      <translation>Жылға дейін</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Жыл</translation>
    </message>
    <message>
      <source>Year of the population figures</source>
      <translation>Халық деректерінің жылы</translation>
    </message>
    <message>
      <source>Years and growth (units, facilities, norms and method: Inputs tab)</source>
      <translation>Жылдар мен өсу (бірліктер, объектілер, нормативтер және әдіс: «Бастапқы деректер» қойындысы)</translation>
    </message>
    <message>
      <source>baseline</source>
      <translation>базалық нұсқа</translation>
    </message>
    <message>
      <source>change</source>
      <translation>өзгеріс</translation>
    </message>
    <message>
      <source>e.g. 2025: 7300; 2026: 5000</source>
      <translation>мысалы 2025: 7300; 2026: 5000</translation>
    </message>
    <message>
      <source>{name}: one column per year</source>
      <translation>{name}: әр жылға бір баған</translation>
    </message>
    <message>
      <source>{scenario}: {total}</source>
      <translation>{scenario}: {total}</translation>
    </message>
    <message>
      <source>{service}: deficit by year</source>
      <translation>{service}: жылдар бойынша тапшылық</translation>
    </message>
  </context>
</TS>
