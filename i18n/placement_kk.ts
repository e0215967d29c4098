<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
  <context>
    <name>AlmatyAlgorithm</name>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="121" />
      <source>Budget (optional; in the units of the cost field)</source>
      <translation>Бюджет (міндетті емес; құн өрісінің бірліктерінде)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="265" />
      <source>CAPACITY_MENU: give sizes as numbers separated by commas, e.g. 50, 95, 140</source>
      <translation>CAPACITY_MENU: өлшемдерді үтір арқылы сандармен беріңіз, мысалы 50, 95, 140</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="199" />
      <source>Candidate site id field</source>
      <translation>Үміткер учаске идентификаторының өрісі</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="96" />
      <source>Candidate sites (points or plots)</source>
      <translation>Үміткер учаскелер (нүктелер немесе учаскелер)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="209" />
      <source>Candidate sites left out, and why</source>
      <translation>Шығарылған үміткер учаскелер және себептері</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="103" />
      <source>Capacity field of the candidate sites (empty: the pack's typical size)</source>
      <translation>Үміткер учаскелердің сыйымдылық өрісі (бос: пакеттің үлгілік өлшемі)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="87" />
      <source>Capacity field of the existing facilities</source>
      <translation>Бар нысандардың сыйымдылық өрісі</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="206" />
      <source>Chosen sites</source>
      <translation>Таңдалған учаскелер</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="129" />
      <source>Cost field of the candidate sites</source>
      <translation>Үміткер учаскелердің құн өрісі</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="212" />
      <source>Deficit after N new facilities</source>
      <translation>N жаңа нысаннан кейінгі тапшылық</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="216" />
      <source>Deficit within the norm after</source>
      <translation>Норматив шегіндегі тапшылық, кейін</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="215" />
      <source>Deficit within the norm before</source>
      <translation>Норматив шегіндегі тапшылық, дейін</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="308" />
      <source>Deficit within the norm: {before:,.0f} before, {after:,.0f} after {n} new sites</source>
      <translation>Норматив шегіндегі тапшылық: дейін {before:,.0f}, {n} жаңа учаскеден кейін {after:,.0f}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="79" />
      <source>Existing facilities (optional)</source>
      <translation>Бар нысандар (міндетті емес)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="218" />
      <source>Gap to the bound (exact method)</source>
      <translation>Бағаға дейінгі алшақтық (дәл әдіс)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="313" />
      <source>Gap to the solver's bound: {gap:.4%}</source>
      <translation>Шешуші бағасына дейінгі алшақтық: {gap:.4%}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="221" />
      <source>How the answer was found</source>
      <translation>Жауап қалай табылды</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="167" />
      <source>Menu of sizes (comma-separated; the largest whose plot fits)</source>
      <translation>Өлшемдер тізімі (үтір арқылы; учаскесі жететін ең үлкені)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="306" />
      <source>Method {method}: {status}</source>
      <translation>{method} әдісі: {status}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="112" />
      <source>Number of new facilities (0: as many as the budget allows)</source>
      <translation>Жаңа нысандар саны (0: бюджет жеткенше)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="153" />
      <source>Placement method</source>
      <translation>Орналастыру әдісі</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="217" />
      <source>Sites chosen</source>
      <translation>Таңдалған учаскелер саны</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="158" />
      <source>Time limit in seconds</source>
      <translation>Уақыт шегі, секунд</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="207" />
      <source>Units: deficit before and after</source>
      <translation>Бірліктер: дейінгі және кейінгі тапшылық</translation>
    </message>
    <message>
      <source>Where to build (facility placement)</source>
      <translation>Қайда салу керек (нысандарды орналастыру)</translation>
    </message>
    <message>
      <source>Planning</source>
      <translation>Жоспарлау</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="222" />
      <source>Excel report with the curve (optional)</source>
      <translation>Қисығы бар Excel есебі (міндетті емес)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="217" />
      <source>Opening year of the new facilities (scenario)</source>
      <translation>Жаңа нысандардың ашылу жылы (сценарий)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="212" />
      <source>Scenario name for deficit_trajectory (fields scenario and opening_year)</source>
      <translation>deficit_trajectory үшін сценарий атауы (scenario және opening_year өрістері)</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="180" />
      <source>COUNT ({count}) is larger than the number of candidate sites ({n})</source>
      <translation>COUNT ({count}) үміткер учаскелер санынан ({n}) көп</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="172" />
      <source>a BUDGET needs the field of the cost of each candidate site (COST_FIELD)</source>
      <translation>BUDGET бюджеті үшін әр үміткер учаске құнының өрісі (COST_FIELD) қажет</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="252" />
      <source>a new facility needs a capacity &gt; 0; features {ids} have 0</source>
      <translation>жаңа нысанға сыйымдылық &gt; 0 қажет; {ids} нысандарында ол 0</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="192" />
      <source>give the capacity field of the existing facilities (CAPACITY_FIELD)</source>
      <translation>бар нысандардың сыйымдылық өрісін (CAPACITY_FIELD) көрсетіңіз</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="168" />
      <source>give the number of new facilities (COUNT) or a BUDGET</source>
      <translation>жаңа нысандар санын (COUNT) немесе бюджетті (BUDGET) көрсетіңіз</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement_solver.py" line="424" />
      <source>greedy with swaps; no swap serves more</source>
      <translation>алмастырулары бар ашкөз таңдау; ешбір алмастыру көбірек қызмет көрсетпейді</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement_solver.py" line="424" />
      <source>greedy; swaps stopped at the time limit</source>
      <translation>ашкөз таңдау; алмастырулар уақыт шегінде тоқтатылды</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement_solver.py" line="179" />
      <source>internal check failed: the assignment LP was not solved ({msg})</source>
      <translation>ішкі тексеру өтпеді: бөлу есебі (СБ) шешілмеді ({msg})</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="459" />
      <source>its cost alone exceeds the budget</source>
      <translation>оның құнының өзі бюджеттен асады</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement_solver.py" line="453" />
      <source>no candidate site serves any unserved demand</source>
      <translation>ешбір үміткер учаске қамтамасыз етілмеген сұранысқа қызмет көрсетпейді</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="460" />
      <source>no unserved demand within reach</source>
      <translation>жету шегінде қамтамасыз етілмеген сұраныс жоқ</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="353" />
      <source>only {n} candidate sites can serve any deficit within reach; fewer than COUNT ({count}) were placed</source>
      <translation>тек {n} үміткер учаске жету шегіндегі тапшылыққа қызмет көрсете алады; COUNT ({count}) санынан аз орналастырылды</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement_solver.py" line="541" />
      <source>optimal (HiGHS, relative gap at most {tol:g})</source>
      <translation>оңтайлы (HiGHS, салыстырмалы алшақтық {tol:g} артық емес)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="461" />
      <source>other sites close more of the deficit</source>
      <translation>басқа учаскелер тапшылықты көбірек жабады</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="170" />
      <source>the budget must be a number &gt;= 0, not {value}</source>
      <translation>бюджет {value} емес, &gt;= 0 сан болуы керек</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="261" />
      <source>the largest size of the menu {menu} whose plot fits</source>
      <translation>учаскесі жететін {menu} тізіміндегі ең үлкен өлшем</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="281" />
      <source>the norm pack gives no typical size for service {service}; give CANDIDATE_CAPACITY_FIELD</source>
      <translation>нормативтер пакетінде {service} қызметінің үлгілік өлшемі жоқ; CANDIDATE_CAPACITY_FIELD көрсетіңіз</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="320" />
      <source>the norm pack has no plot norm for service {service}: plots were not checked</source>
      <translation>нормативтер пакетінде {service} қызметінің учаске нормасы жоқ: учаскелер тексерілмеді</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="222" />
      <source>the norm pack has no radius for service {service}; give RADIUS_M</source>
      <translation>нормативтер пакетінде {service} қызметінің радиусы жоқ; RADIUS_M көрсетіңіз</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="458" />
      <source>the plot is smaller than the norm for a facility of this size</source>
      <translation>учаске осы өлшемдегі нысанның нормасынан кіші</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="243" />
      <source>the sizes of the capacity menu must be &gt; 0</source>
      <translation>тізімдегі өлшемдер &gt; 0 болуы керек</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement_solver.py" line="545" />
      <source>the solver stopped: {msg}</source>
      <translation>шешуші тоқтады: {msg}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="174" />
      <source>the time limit must be a number of seconds &gt; 0</source>
      <translation>уақыт шегі &gt; 0 секунд саны болуы керек</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="176" />
      <source>there are no candidate sites: the layer has no features</source>
      <translation>үміткер учаскелер жоқ: қабатта нысандар жоқ</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement_solver.py" line="543" />
      <source>time limit reached: best answer found, not proven optimal</source>
      <translation>уақыт шегіне жетті: табылған ең жақсы жауап, оңтайлылығы дәлелденбеген</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="286" />
      <source>typical size of the norm pack</source>
      <translation>нормативтер пакетінің үлгілік өлшемі</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="160" />
      <source>unknown placement method {method}; use one of {methods}</source>
      <translation>белгісіз орналастыру әдісі {method}; мыналардың бірін қолданыңыз: {methods}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="324" />
      <source>{layer}: no plot norm for the size of sites {ids}; their plots were not checked</source>
      <translation>{layer}: {ids} учаскелерінің өлшеміне учаске нормасы жоқ; олардың учаскелері тексерілмеді</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="275" />
      <source>{layer}: sites {ids} lie outside every unit; the commonest typical size was used</source>
      <translation>{layer}: {ids} учаскелері барлық бірліктерден тыс жатыр; ең жиі кездесетін үлгілік өлшем алынды</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1121" />
      <source>Capacity of a new facility</source>
      <translation>Жаңа нысанның сыйымдылығы</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1154" />
      <source>Chosen sites</source>
      <translation>Таңдалған учаскелер</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1071" />
      <source>Deficit within the norm after N new facilities</source>
      <translation>N жаңа нысаннан кейінгі норматив шегіндегі тапшылық</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1119" />
      <source>Deficit within the norm after, {unit}</source>
      <translation>Норматив шегіндегі тапшылық, кейін, {unit}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1117" />
      <source>Deficit within the norm before, {unit}</source>
      <translation>Норматив шегіндегі тапшылық, дейін, {unit}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1131" />
      <source>Deficit within the norm, {unit}</source>
      <translation>Норматив шегіндегі тапшылық, {unit}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1122" />
      <source>Distance</source>
      <translation>Қашықтық</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1116" />
      <source>Gap to the solver's bound, %</source>
      <translation>Шешуші бағасына дейінгі алшақтық, %</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1114" />
      <source>How the answer was found</source>
      <translation>Жауап қалай табылды</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1076" />
      <source>New facilities</source>
      <translation>Жаңа нысандар</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1115" />
      <source>Optimality proven</source>
      <translation>Оңтайлылық дәлелденді</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1123" />
      <source>Radius, m</source>
      <translation>Радиус, м</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1118" />
      <source>Served by the new facilities, {unit}</source>
      <translation>Жаңа нысандар қызмет көрсеткені, {unit}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1120" />
      <source>Sites chosen</source>
      <translation>Таңдалған учаскелер саны</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1157" />
      <source>Sites left out</source>
      <translation>Шығарылған учаскелер</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1155" />
      <source>Units before and after</source>
      <translation>Бірліктер: дейін және кейін</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1158" />
      <source>Where to build</source>
      <translation>Қайда салу керек</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement_solver.py" line="626" />
      <source>solver: HiGHS through scipy.optimize.milp, not warm-started (the greedy answer is kept when better)</source>
      <translation>шешуші: HiGHS scipy.optimize.milp арқылы, жылы бастаусыз (greedy жауабы жақсырақ болса, сол сақталады)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement_solver.py" line="622" />
      <source>solver: HiGHS {version} through highspy, warm-started from the greedy answer</source>
      <translation>шешуші: HiGHS {version} highspy арқылы, greedy жауабынан жылы бастау</translation>
    </message>
  </context>
  <context>
    <name>AlmatyPlanner</name>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="202" />
      <source> m</source>
      <translation> м</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="196" />
      <source> s</source>
      <translation> с</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="204" />
      <source>Candidate sites</source>
      <translation>Үміткер учаскелер</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="260" />
      <source>Choose the layer of candidate sites.</source>
      <translation>Үміткер учаскелер қабатын таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="128" />
      <source>Deficit left {low} - {high}</source>
      <translation>Қалған тапшылық {low} - {high}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="359" />
      <source>Deficit within the norm {before} -&gt; {after} with {n} new sites. {status}</source>
      <translation>Норматив шегіндегі тапшылық {before} -&gt; {after}, {n} жаңа учаскемен. {status}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="205" />
      <source>Empty: the norm pack's typical size of the service.</source>
      <translation>Бос: нормативтер пакетіндегі қызметтің үлгілік өлшемі.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="366" />
      <source>Gap to the bound: {gap:.3%}.</source>
      <translation>Бағаға дейінгі алшақтық: {gap:.3%}.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="207" />
      <source>How many</source>
      <translation>Қанша</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="166" />
      <source>New facilities</source>
      <translation>Жаңа нысандар</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="119" />
      <source>No deficit left</source>
      <translation>Тапшылық қалмады</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="210" />
      <source>Radius</source>
      <translation>Радиус</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="87" />
      <source>Run to see the curve</source>
      <translation>Қисықты көру үшін есептеуді іске қосыңыз</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="209" />
      <source>Time limit</source>
      <translation>Уақыт шегі</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="167" />
      <source>Units, population, existing facilities and the norm pack come from the Inputs tab.</source>
      <translation>Бірліктер, халық, бар нысандар және нормативтер пакеті «Бастапқы деректер» қойындысынан алынады.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/dock.py" line="302" />
      <source>Where to build</source>
      <translation>Қайда салу керек</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="191" />
      <source>exact (mixed-integer program, time limit)</source>
      <translation>дәл (бүтін сандық бағдарлама, уақыт шегімен)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="190" />
      <source>greedy with swaps (fast)</source>
      <translation>алмастырулары бар ашкөз (жылдам)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="104" />
      <source>new facilities: 0 ... {n}</source>
      <translation>жаңа нысандар: 0 ... {n}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="201" />
      <source>the pack's radius</source>
      <translation>пакеттегі радиус</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="346" />
      <source>{name}: units before and after</source>
      <translation>{name}: бірліктер, дейін және кейін</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="294" />
      <source>{service}: where to build</source>
      <translation>{service}: қайда салу керек</translation>
    </message>
  </context>
</TS>
