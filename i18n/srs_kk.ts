<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
  <context>
    <name>AlmatyAlgorithm</name>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="148" />
      <source>Aggregates</source>
      <translation>Жиынтық көрсеткіштер</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="147" />
      <source>Checklist: settlement x standard</source>
      <translation>Тізбе: елді мекен x стандарт</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="121" />
      <source>District or region field (aggregates per group)</source>
      <translation>Аудан немесе облыс өрісі (топтар бойынша жиынтық)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="127" />
      <source>Field of the objects holding the capacity (for standards per 1000 residents)</source>
      <translation>Нысандардың қуаты бар өріс (1000 тұрғынға шаққандағы стандарттар үшін)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="89" />
      <source>Field of the objects holding the object kind</source>
      <translation>Нысан түрі бар өріс</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="82" />
      <source>Objects (schools, kindergartens, medical points, ...), one or more layers</source>
      <translation>Нысандар (мектептер, балабақшалар, медпункттер, ...), бір немесе бірнеше қабат</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="150" />
      <source>Residents meeting each standard</source>
      <translation>Әр стандарт орындалған тұрғындар</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="101" />
      <source>Roads (lines, for standards measured along roads)</source>
      <translation>Жолдар (сызықтар, жол бойынша өлшенетін стандарттар үшін)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="109" />
      <source>Settlement id field (unique)</source>
      <translation>Елді мекен идентификаторының өрісі (бірегей)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="115" />
      <source>Settlement name field</source>
      <translation>Елді мекен атауының өрісі</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="74" />
      <source>Settlement status field (tiers assigned as assign_tiers does)</source>
      <translation>Елді мекен мәртебесінің өрісі (санаттар assign_tiers сияқты)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="58" />
      <source>Settlements (points or polygons)</source>
      <translation>Елді мекендер (нүктелер немесе полигондар)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="146" />
      <source>Settlements with their sufficiency</source>
      <translation>Қамтамасыз етілу деңгейі бар елді мекендер</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="154" />
      <source>Shortest list to the target (greedy)</source>
      <translation>Мақсатқа дейінгі ең қысқа тізім (ашкөз таңдау)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="132" />
      <source>Sufficiency formula (our reading: the official formula is not published)</source>
      <translation>Қамтамасыз етілу формуласы (біздің түсінігіміз: ресми формула жарияланбаған)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="138" />
      <source>Target level for the list of what to build (%)</source>
      <translation>Салынатын нысандар тізімінің мақсатты деңгейі (%)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="66" />
      <source>Tier field (1-5)</source>
      <translation>Санат өрісі (1-5)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="152" />
      <source>What to build, ranked</source>
      <translation>Не салу керек, реті бойынша</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_export_standards.py" line="32" />
      <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
      <translation>CSV (*.csv);;Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_import_standards.py" line="51" />
      <source>Id of the new norm pack</source>
      <translation>Жаңа нормативтер пакетінің идентификаторы</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_import_standards.py" line="55" />
      <source>Norm pack file written</source>
      <translation>Жазылған нормативтер пакетінің файлы</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_import_standards.py" line="53" />
      <source>Replace a user pack of that id</source>
      <translation>Осы идентификаторы бар пайдаланушы пакетін ауыстыру</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_import_standards.py" line="57" />
      <source>Rows refused</source>
      <translation>Қабылданбаған жолдар</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_import_standards.py" line="56" />
      <source>Standards imported</source>
      <translation>Жүктелген стандарттар</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_export_standards.py" line="32" />
      <source>Table of standards</source>
      <translation>Стандарттар кестесі</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_import_standards.py" line="42" />
      <source>Table of standards (CSV or Excel)</source>
      <translation>Стандарттар кестесі (CSV немесе Excel)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_import_standards.py" line="44" />
      <source>Tables (*.csv *.xlsx)</source>
      <translation>Кестелер (*.csv *.xlsx)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_excel_report.py" line="60" />
      <source>Monitoring workbook of the settlements (when INPUTS mix both kinds of result)</source>
      <translation>Елді мекендер мониторингінің кітабы (INPUTS ішінде нәтижелердің екі түрі де болса)</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="216" />
      <source>Aggregates</source>
      <translation>Жиынтық көрсеткіштер</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="152" />
      <source>Band</source>
      <translation>Топ</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="254" />
      <source>Build or provide</source>
      <translation>Салу немесе қамтамасыз ету</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="203" />
      <source>Check</source>
      <translation>Тексеру</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="163" />
      <source>Checklist</source>
      <translation>Тізбе</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="117" />
      <source>Content hash</source>
      <translation>Мазмұн хеші</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="106" />
      <source>DEMO DATA: populations, tiers, attributes and most objects are synthetic, not a survey</source>
      <translation>ДЕМО ДЕРЕКТЕР: халық саны, санаттар, атрибуттар және нысандардың көбі синтетикалық, бұл зерттеу емес</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="208" />
      <source>Detail</source>
      <translation>Түсініктеме</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="190" />
      <source>Details</source>
      <translation>Толығырақ</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="202" />
      <source>Direction</source>
      <translation>Бағыт</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="186" />
      <source>Give the field of the objects that holds the kind (KIND_FIELD).</source>
      <translation>Нысан түрі бар өрісті көрсетіңіз (KIND_FIELD).</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="218" />
      <source>Group</source>
      <translation>Топ</translation>
    </message>
    <message>
      <location filename="../almaty_planner/styles.py" line="39" />
      <source>High</source>
      <translation>Жоғары</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="260" />
      <source>Level after, %</source>
      <translation>Кейінгі деңгей, %</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="259" />
      <source>Level before, %</source>
      <translation>Бұрынғы деңгей, %</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="258" />
      <source>Level gain, points</source>
      <translation>Деңгей өсімі, п.т.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/styles.py" line="41" />
      <source>Low</source>
      <translation>Төмен</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="221" />
      <source>Mean sufficiency, %</source>
      <translation>Орташа қамтамасыз етілу, %</translation>
    </message>
    <message>
      <location filename="../almaty_planner/styles.py" line="40" />
      <source>Medium</source>
      <translation>Орташа</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="277" />
      <source>Norms used</source>
      <translation>Қолданылған нормативтер</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="264" />
      <source>Plan to the target</source>
      <translation>Мақсатқа дейінгі жоспар</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="250" />
      <source>Rank</source>
      <translation>Орын</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="99" />
      <source>Regional standards of settlements: monitoring</source>
      <translation>Елді мекендердің өңірлік стандарттары: мониторинг</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="147" />
      <source>Residents</source>
      <translation>Тұрғындар</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="240" />
      <source>Residents checked</source>
      <translation>Тексерілген тұрғындар</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="241" />
      <source>Residents met</source>
      <translation>Стандарт орындалған тұрғындар</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="242" />
      <source>Residents met, %</source>
      <translation>Стандарт орындалған тұрғындар, %</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="257" />
      <source>Residents served</source>
      <translation>Қызмет көрсетілетін тұрғындар</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="145" />
      <source>Settlement</source>
      <translation>Елді мекен</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="144" />
      <source>Settlement id</source>
      <translation>Елді мекен идентификаторы</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="219" />
      <source>Settlements</source>
      <translation>Елді мекендер</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="238" />
      <source>Settlements checked</source>
      <translation>Тексерілген елді мекендер</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="239" />
      <source>Settlements met</source>
      <translation>Стандарт орындалған елді мекендер</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="256" />
      <source>Settlements served</source>
      <translation>Қызмет көрсетілетін елді мекендер</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="228" />
      <source>Share of residents in settlements that meet each standard</source>
      <translation>Әр стандартты орындайтын елді мекендердегі тұрғындар үлесі</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="255" />
      <source>Standard</source>
      <translation>Стандарт</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="148" />
      <source>Standards applicable</source>
      <translation>Қолданылатын стандарттар</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="149" />
      <source>Standards met</source>
      <translation>Орындалған стандарттар</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="204" />
      <source>Status</source>
      <translation>Мәртебе</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="251" />
      <source>Step</source>
      <translation>Қадам</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="118" />
      <source>Sufficiency formula</source>
      <translation>Қамтамасыз етілу формуласы</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="151" />
      <source>Sufficiency, %</source>
      <translation>Қамтамасыз етілу, %</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="236" />
      <source>The target of {target}% cannot be reached with the objects the checklist asks for.</source>
      <translation>{target}% мақсатқа тізбе талап ететін нысандармен жету мүмкін емес.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="206" />
      <source>Threshold</source>
      <translation>Шек</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="146" />
      <source>Tier</source>
      <translation>Санат</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="285" />
      <source>Title</source>
      <translation>Атауы</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="222" />
      <source>Weighted by population, %</source>
      <translation>Халық санымен өлшенген, %</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="263" />
      <source>What to build</source>
      <translation>Не салу керек</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="119" />
      <source>Written</source>
      <translation>Жазылды</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="364" />
      <source>a field of the settlement layer</source>
      <translation>елді мекендер қабатының өрісі</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="433" />
      <source>a list of bands, highest first</source>
      <translation>ең жоғарысынан басталатын топтар тізімі</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="378" />
      <source>a list of object kinds, lowest level first</source>
      <translation>ең төменгі деңгейден басталатын нысан түрлерінің тізімі</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="473" />
      <source>a list of standards</source>
      <translation>стандарттар тізімі</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="145" />
      <source>a mapping</source>
      <translation>сөздік (кілт: мән)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="424" />
      <source>a mapping of ids to titles</source>
      <translation>идентификаторлар мен атаулар сөздігі</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="450" />
      <source>a percentage 0-100</source>
      <translation>0-ден 100-ге дейінгі пайыз</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="311" />
      <source>a sourced value</source>
      <translation>дереккөзі бар мән</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="355" />
      <source>a speed above 0</source>
      <translation>0-ден жоғары жылдамдық</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="348" />
      <source>a speed in km_per_h</source>
      <translation>km_per_h бірлігіндегі жылдамдық</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="306" />
      <source>a weight above 0</source>
      <translation>0-ден жоғары салмақ</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1317" />
      <source>all settlements</source>
      <translation>барлық елді мекендер</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1233" />
      <source>an object in the settlement has no capacity</source>
      <translation>елді мекендегі нысанның қуаты көрсетілмеген</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="249" />
      <source>an object kind</source>
      <translation>нысан түрі</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="755" />
      <source>cancelled</source>
      <translation>тоқтатылды</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="480" />
      <source>duplicate standard id {id!r}</source>
      <translation>қайталанатын стандарт идентификаторы {id!r}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="458" />
      <source>expected bands from the highest min_pct down to a last band at 0, got {got!r}</source>
      <translation>ең үлкен min_pct-тан 0-дегі соңғы топқа дейінгі топтар күтілді, алынғаны {got!r}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="401" />
      <source>expected increasing population bounds, got {got!r}</source>
      <translation>өсетін халық саны шектері күтілді, алынғаны {got!r}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="295" />
      <source>expected max_population above min_population</source>
      <translation>max_population мәні min_population мәнінен үлкен болуы керек</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="394" />
      <source>expected one upper population bound per level ({n}), got {got!r}</source>
      <translation>әр деңгейге бір жоғарғы халық саны шегі күтілді ({n}), алынғаны {got!r}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1320" />
      <source>field not found</source>
      <translation>өріс табылмады</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1718" />
      <source>first object to build: {kind} in {name} serves {residents} residents (+{gain} points)</source>
      <translation>салынатын бірінші нысан: {name} елді мекеніндегі {kind} {residents} тұрғынға қызмет етеді (+{gain} п.т.)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="264" />
      <source>greedy choice: short, not proven the shortest</source>
      <translation>ашкөз таңдау: қысқа, бірақ ең қысқа екені дәлелденбеген</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="29" />
      <source>met</source>
      <translation>орындалды</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1213" />
      <source>met by {field}</source>
      <translation>{field} есебінен орындалды</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1224" />
      <source>nearest beyond the limit</source>
      <translation>ең жақыны шектен тыс</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1248" />
      <source>needs {need}; highest present: {have}</source>
      <translation>{need} қажет; бар ең жоғарғысы: {have}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="31" />
      <source>no data</source>
      <translation>деректер жоқ</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="777" />
      <source>no object kind</source>
      <translation>нысан түрі көрсетілмеген</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1038" />
      <source>no object of kind {kinds} in the object layers</source>
      <translation>нысандар қабаттарында {kinds} түріндегі нысан жоқ</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1218" />
      <source>no object within reach and no value in {field}</source>
      <translation>қолжетімділік шегінде нысан жоқ және {field} өрісінде мән жоқ</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1235" />
      <source>no residents</source>
      <translation>тұрғындар жоқ</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1273" />
      <source>no value in {field}</source>
      <translation>{field} өрісінде мән жоқ</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1224" />
      <source>none within the limit</source>
      <translation>шек ішінде жоқ</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="695" />
      <source>norm pack {pack!r} has no standards section; expected a checklist of regional standards</source>
      <translation>{pack!r} нормативтер пакетінде standards бөлімі жоқ; өңірлік стандарттар тізбесі күтілді</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1268" />
      <source>not a number: {got!r}</source>
      <translation>сан емес: {got!r}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="32" />
      <source>not applicable</source>
      <translation>қолданылмайды</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/srs_report.py" line="30" />
      <source>not met</source>
      <translation>орындалмады</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="783" />
      <source>object kind {kind!r} is not known to any standard; known kinds: {known}</source>
      <translation>{kind!r} нысан түрі ешбір стандартқа белгісіз; белгілі түрлер: {known}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_srs_sufficiency.py" line="181" />
      <source>objects</source>
      <translation>нысандар</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="317" />
      <source>one number</source>
      <translation>бір сан</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1245" />
      <source>population above the largest band</source>
      <translation>халық саны ең үлкен топтан жоғары</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1188" />
      <source>population outside the standard's band</source>
      <translation>халық саны стандарт ауқымынан тыс</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1709" />
      <source>published: national sufficiency level {national}% (2025), target {target}% by 2028 (formula not published; not directly comparable)</source>
      <translation>жарияланған: ел бойынша қамтамасыз етілу деңгейі {national}% (2025), 2028 жылға қарай мақсат {target}% (формула жарияланбаған; тікелей салыстыруға келмейді)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1701" />
      <source>settlements by band: {bands}; without a level (no data): {none}</source>
      <translation>топтар бойынша елді мекендер: {bands}; деңгейсіз (деректер жоқ): {none}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1054" />
      <source>standard {id}: the settlement layer has no field {field}; only the distance is checked</source>
      <translation>{id} стандарты: елді мекендер қабатында {field} өрісі жоқ; тек қашықтық тексеріледі</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1050" />
      <source>standard {id}: {reason}; counted as no data, not as unmet</source>
      <translation>{id} стандарты: {reason}; «деректер жоқ» ретінде ескерілді, орындалмады деп емес</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1161" />
      <source>sufficiency = 100 x standards met / standards met or not met (share of applicable standards); the official formula is not published, this is our reading of it; no data is left out</source>
      <translation>қамтамасыз етілу = 100 x орындалған стандарттар / орындалған немесе орындалмаған (қолданылатын стандарттар үлесі); ресми формула жарияланбаған, бұл біздің түсінігіміз; деректердің жоқтығы есепке алынбайды</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1157" />
      <source>sufficiency = 100 x weight of standards met / weight of standards met or not met (weighted); the official formula is not published, this is our reading of it; no data is left out</source>
      <translation>қамтамасыз етілу = 100 x орындалған стандарттар салмағы / орындалған немесе орындалмаған стандарттар салмағы (салмақпен); ресми формула жарияланбаған, бұл біздің түсінігіміз; деректердің жоқтығы есепке алынбайды</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="489" />
      <source>the distance within which an object counts as in a settlement given as a point</source>
      <translation>нүктемен берілген елді мекенде нысан бар деп саналатын қашықтық</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1728" />
      <source>the level is already at or above the target {target}%</source>
      <translation>деңгей {target}% мақсаттан төмен емес</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1661" />
      <source>the list of objects is chosen greedily (each step the object that raises the level most); it is short but not proven to be the shortest</source>
      <translation>нысандар тізімі ашкөз әдіспен таңдалды (әр қадамда деңгейді ең көп көтеретін нысан); ол қысқа, бірақ ең қысқа екені дәлелденбеген</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1046" />
      <source>the settlement layer has no field {field}</source>
      <translation>елді мекендер қабатында {field} өрісі жоқ</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1042" />
      <source>the standard is measured along the roads and no roads layer was given</source>
      <translation>стандарт жолдар бойынша өлшенеді, ал жолдар қабаты берілмеген</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1044" />
      <source>the standard needs the capacity of objects and no capacity field was given</source>
      <translation>стандартқа нысандардың қуаты қажет, ал қуат өрісі берілмеген</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1105" />
      <source>thresholds not verified against the official text were used: {keys}</source>
      <translation>ресми мәтінмен тексерілмеген шектер қолданылды: {keys}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="284" />
      <source>unknown check {got!r}; expected one of: {known}</source>
      <translation>белгісіз тексеру {got!r}; мыналардың бірі күтілді: {known}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="275" />
      <source>unknown direction {got!r}; expected one of: {known}</source>
      <translation>белгісіз бағыт {got!r}; мыналардың бірі күтілді: {known}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="972" />
      <source>unknown formula {formula}; use one of {known}</source>
      <translation>белгісіз формула {formula}; мыналардың бірін қолданыңыз: {known}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="257" />
      <source>unknown object kind {kind!r}; the section's kinds are: {known}</source>
      <translation>белгісіз нысан түрі {kind!r}; бөлімдегі түрлер: {known}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1733" />
      <source>{n} objects bring the level to {level}% (target {target}%)</source>
      <translation>{n} нысан деңгейді {level}%-ға көтереді (мақсат {target}%)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1735" />
      <source>{n} objects bring the level to {level}%; the target {target}% is not reached</source>
      <translation>{n} нысан деңгейді {level}%-ға көтереді; {target}% мақсатқа жетпейді</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1005" />
      <source>{n} settlements are points: an object within {radius} m of the point counts as in the settlement</source>
      <translation>{n} елді мекен нүктемен берілген: нүктеден {radius} м ішіндегі нысан елді мекенде деп саналады</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1695" />
      <source>{n} settlements, {pop} residents: mean sufficiency {mean}% (by population {weighted}%)</source>
      <translation>{n} елді мекен, {pop} тұрғын: орташа қамтамасыз етілу {mean}% (халық санымен өлшенген {weighted}%)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_import_standards.py" line="66" />
      <source>Give the id of the new norm pack (PACK_ID).</source>
      <translation>Жаңа нормативтер пакетінің идентификаторын көрсетіңіз (PACK_ID).</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards_io.py" line="297" />
      <source>checklist imported from {file}; directions, kinds and bands of {pack}</source>
      <translation>тізбе {file} файлынан жүктелді; бағыттар, нысан түрлері және топтар {pack} пакетінен</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards_io.py" line="238" />
      <source>duplicated standard (first in row {row})</source>
      <translation>қайталанған стандарт (алғаш {row}-жолда)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards_io.py" line="147" />
      <source>imported from {file}, row {row}; not checked against the official text</source>
      <translation>{file} файлынан жүктелді, {row}-жол; ресми мәтінмен тексерілмеген</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards_io.py" line="170" />
      <source>mandatory is not yes/no: {value!r}</source>
      <translation>mandatory иә/жоқ емес: {value!r}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards_io.py" line="96" />
      <source>missing columns: {missing}; the table has: {present}</source>
      <translation>бағандар жоқ: {missing}; кестеде бар: {present}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_import_standards.py" line="84" />
      <source>new object kind {kind} added to the pack</source>
      <translation>пакетке жаңа нысан түрі {kind} қосылды</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards_io.py" line="288" />
      <source>no row of the table could be imported: {reasons}</source>
      <translation>кестенің бірде-бір жолын жүктеу мүмкін емес: {reasons}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards_io.py" line="130" />
      <source>no source</source>
      <translation>дереккөз жоқ</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards_io.py" line="120" />
      <source>no standard id</source>
      <translation>стандарт идентификаторы жоқ</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards_io.py" line="123" />
      <source>no tier</source>
      <translation>санат жоқ</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards_io.py" line="65" />
      <source>row {row} ({standard}): {reason}</source>
      <translation>{row}-жол ({standard}): {reason}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards_io.py" line="244" />
      <source>the standard differs from row {row} in more than the tier; give it another id</source>
      <translation>стандарт {row}-жолдан санаттан басқа да ерекшеленеді; оған басқа идентификатор беріңіз</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards_io.py" line="110" />
      <source>{column} is not a number: {value!r}</source>
      <translation>{column} сан емес: {value!r}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_import_standards.py" line="86" />
      <source>{n} standards imported into {path}; {m} rows refused</source>
      <translation>{n} стандарт {path} файлына жүктелді; қабылданбаған жолдар: {m}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards_io.py" line="306" />
      <source>{pack} with the standards of {file}</source>
      <translation>{file} стандарттары бар {pack}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards_io.py" line="91" />
      <source>{path}: the table cannot be read: {error}</source>
      <translation>{path}: кестені оқу мүмкін емес: {error}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_excel_report.py" line="99" />
      <source>For the monitoring workbook give one settlements result of srs_sufficiency and its checklist (OUTPUT_DETAILS) among INPUTS.</source>
      <translation>Мониторинг кітабы үшін INPUTS ішіне srs_sufficiency бір елді мекендер нәтижесін және оның тізбесін (OUTPUT_DETAILS) беріңіз.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1872" />
      <source>not a checklist of srs_sufficiency: the field {field} is missing</source>
      <translation>бұл srs_sufficiency тізбесі емес: {field} өрісі жоқ</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/standards.py" line="1865" />
      <source>not a result of srs_sufficiency: the field {field} is missing</source>
      <translation>бұл srs_sufficiency нәтижесі емес: {field} өрісі жоқ</translation>
    </message>
  </context>
  <context>
    <name>AlmatyPlanner</name>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="264" />
      <source>Aggregates</source>
      <translation>Жиынтық көрсеткіштер</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="511" />
      <source>Build or provide</source>
      <translation>Салу немесе қамтамасыз ету</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="499" />
      <source>By population, %</source>
      <translation>Халық саны бойынша, %</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="263" />
      <source>Checklist of the settlement</source>
      <translation>Елді мекен тізбесі</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="371" />
      <source>Choose the population field of the settlements.</source>
      <translation>Елді мекендердің халық саны өрісін таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="369" />
      <source>Choose the settlements layer.</source>
      <translation>Елді мекендер қабатын таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="373" />
      <source>Choose the tier field or the status field of the settlements.</source>
      <translation>Елді мекендердің санат өрісін немесе мәртебе өрісін таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="560" />
      <source>Detail</source>
      <translation>Түсініктеме</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="560" />
      <source>Direction</source>
      <translation>Бағыт</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="170" />
      <source>District or region field</source>
      <translation>Аудан немесе облыс өрісі</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="279" />
      <source>Export monitoring workbook…</source>
      <translation>Мониторинг кітабын шығару…</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="499" />
      <source>Group</source>
      <translation>Топ</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="168" />
      <source>Id field</source>
      <translation>Идентификатор өрісі</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="195" />
      <source>Kind field</source>
      <translation>Нысан түрінің өрісі</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="514" />
      <source>Level gain, points</source>
      <translation>Деңгей өсімі, п.т.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="499" />
      <source>Mean, %</source>
      <translation>Орташа, %</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="576" />
      <source>Monitoring workbook</source>
      <translation>Мониторинг кітабы</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="375" />
      <source>No norm pack with a checklist of regional standards is available.</source>
      <translation>Өңірлік стандарттар тізбесі бар нормативтер пакеті жоқ.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="531" />
      <source>No object is needed to reach the target, or none can raise the level.</source>
      <translation>Мақсатқа жету үшін нысан қажет емес, немесе ешбір нысан деңгейді көтермейді.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="194" />
      <source>Object layers</source>
      <translation>Нысандар қабаттары</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="179" />
      <source>Objects</source>
      <translation>Нысандар</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="509" />
      <source>Rank</source>
      <translation>Орын</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="413" />
      <source>Regional standards of settlements</source>
      <translation>Елді мекендердің өңірлік стандарттары</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="437" />
      <source>Regional standards: {error}</source>
      <translation>Өңірлік стандарттар: {error}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="499" />
      <source>Residents</source>
      <translation>Тұрғындар</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="513" />
      <source>Residents served</source>
      <translation>Қызмет көрсетілетін тұрғындар</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="197" />
      <source>Roads</source>
      <translation>Жолдар</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="245" />
      <source>Run the check to see the settlements' sufficiency.</source>
      <translation>Елді мекендердің қамтамасыз етілуін көру үшін тексеруді іске қосыңыз.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="250" />
      <source>Settlement</source>
      <translation>Елді мекен</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/dock.py" line="302" />
      <source>Settlements</source>
      <translation>Елді мекендер</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="150" />
      <source>Settlements (points or polygons)</source>
      <translation>Елді мекендер (нүктелер немесе полигондар)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="448" />
      <source>Settlements: checklist</source>
      <translation>Елді мекендер: тізбе</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="443" />
      <source>Settlements: sufficiency</source>
      <translation>Елді мекендер: қамтамасыз етілу</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="512" />
      <source>Standard</source>
      <translation>Стандарт</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="200" />
      <source>Standards</source>
      <translation>Стандарттар</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="560" />
      <source>Status</source>
      <translation>Мәртебе</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="218" />
      <source>Sufficiency formula</source>
      <translation>Қамтамасыз етілу формуласы</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="219" />
      <source>Target level</source>
      <translation>Мақсатты деңгей</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="453" />
      <source>The regional standards check is done.</source>
      <translation>Өңірлік стандарттарды тексеру аяқталды.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="605" />
      <source>The workbook was not written: {error}</source>
      <translation>Кітап жазылмады: {error}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="560" />
      <source>Threshold</source>
      <translation>Шек</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="166" />
      <source>Tier field (1-5)</source>
      <translation>Санат өрісі (1-5)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="265" />
      <source>What to build (ranked by residents served)</source>
      <translation>Не салу керек (қызмет көрсетілетін тұрғындар саны бойынша)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="601" />
      <source>Wrote {path}</source>
      <translation>Жазылды: {path}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="207" />
      <source>as the pack says</source>
      <translation>пакеттегідей</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="55" />
      <source>met</source>
      <translation>орындалды</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="58" />
      <source>not applicable</source>
      <translation>қолданылмайды</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="56" />
      <source>not met</source>
      <translation>орындалмады</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="188" />
      <source>optional, for standards per 1000 residents</source>
      <translation>міндетті емес, 1000 тұрғынға шаққандағы стандарттар үшін</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="208" />
      <source>share of applicable standards</source>
      <translation>қолданылатын стандарттар үлесі</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="209" />
      <source>weighted by the standards' weights</source>
      <translation>стандарттар салмағымен</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="524" />
      <source>{n} objects bring the level to {level}% (target {target}%); chosen greedily, not proven the shortest.</source>
      <translation>{n} нысан деңгейді {level}%-ға көтереді (мақсат {target}%); ашкөз әдіспен таңдалды, ең қысқа екені дәлелденбеген.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/settlements_tab.py" line="486" />
      <source>{n} settlements: mean sufficiency {mean}%, by population {weighted}% (formula {formula}: our reading, the official formula is not published).</source>
      <translation>{n} елді мекен: орташа қамтамасыз етілу {mean}%, халық саны бойынша {weighted}% (формула {formula}: біздің түсінігіміз, ресми формула жарияланбаған).</translation>
    </message>
  </context>
</TS>
