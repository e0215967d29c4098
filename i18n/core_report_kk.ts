<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
  <context>
    <name>core</name>
    <message>
      <source>Confidence: C = confirmed against the official text, S = secondary source, D = derived from statistics. Values not confirmed (not C) are marked unverified.</source>
      <translation>Сенімділік: C — ресми мәтінмен расталған, S — қосалқы дереккөз, D — статистикадан алынған. Расталмаған мәндер (C емес) тексерілмеген деп белгіленген.</translation>
    </message>
    <message>
      <source>Deficit report</source>
      <translation>Тапшылық туралы есеп</translation>
    </message>
    <message>
      <source>student places</source>
      <translation>оқушы орындары</translation>
    </message>
    <message>
      <source>places</source>
      <translation>орындар</translation>
    </message>
    <message>
      <source>visits per shift</source>
      <translation>ауысымына келу</translation>
    </message>
    <message>
      <source>beds</source>
      <translation>төсек-орындар</translation>
    </message>
    <message>
      <source>m²</source>
      <translation>м²</translation>
    </message>
    <message>
      <source>residents</source>
      <translation>тұрғындар</translation>
    </message>
    <message>
      <source>units</source>
      <translation>бірлік</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Иә</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Жоқ</translation>
    </message>
    <message>
      <source>Provision of the population with services: deficit report</source>
      <translation>Халықтың объектілермен және қызметтермен қамтамасыз етілуі: тапшылық туралы есеп</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Қызмет</translation>
    </message>
    <message>
      <source>Sheet</source>
      <translation>Парақ</translation>
    </message>
    <message>
      <source>Territories</source>
      <translation>Аумақтар саны</translation>
    </message>
    <message>
      <source>Total demand</source>
      <translation>Қажеттілік, барлығы</translation>
    </message>
    <message>
      <source>Total capacity</source>
      <translation>Қуаты, барлығы</translation>
    </message>
    <message>
      <source>Total deficit</source>
      <translation>Тапшылық, барлығы</translation>
    </message>
    <message>
      <source>Provision, %</source>
      <translation>Қамтамасыз етілу, %</translation>
    </message>
    <message>
      <source>Territories failing the norm</source>
      <translation>Нормативке сәйкес келмейтін аумақтар</translation>
    </message>
    <message>
      <source>Share of territories meeting the norm, %</source>
      <translation>Нормативке сәйкес аумақтар үлесі, %</translation>
    </message>
    <message>
      <source>Facilities of typical size needed</source>
      <translation>Қажетті үлгілік көлемдегі объектілер</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Әдіс</translation>
    </message>
    <message>
      <source>Total deficit is the sum of the territories' deficits: a surplus in one territory does not cover a deficit in another. Provision, % = total capacity / total demand × 100.</source>
      <translation>Барлық тапшылық — аумақтар тапшылықтарының қосындысы: бір аумақтағы артықшылық екіншісінің тапшылығын жаппайды. Қамтамасыз етілу, % = барлық қуат / барлық қажеттілік × 100.</translation>
    </message>
    <message>
      <source>Norm pack</source>
      <translation>Нормативтер пакеті</translation>
    </message>
    <message>
      <source>Edition</source>
      <translation>Редакция</translation>
    </message>
    <message>
      <source>Hash (SHA-256)</source>
      <translation>Хеш (SHA-256)</translation>
    </message>
    <message>
      <source>Key</source>
      <translation>Кілт</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Мәні</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Өлшем бірлігі</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Құжат</translation>
    </message>
    <message>
      <source>Clause</source>
      <translation>Тармақ</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>Сенімділік</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Ескертпе</translation>
    </message>
    <message>
      <source>Verified</source>
      <translation>Тексерілген</translation>
    </message>
    <message>
      <source>Inputs</source>
      <translation>Бастапқы деректер</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>Ескертулер</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Жиынтық</translation>
    </message>
    <message>
      <source>Charts</source>
      <translation>Диаграммалар</translation>
    </message>
    <message>
      <source>Norms</source>
      <translation>Нормативтер</translation>
    </message>
    <message>
      <source>Run metadata</source>
      <translation>Есептеу метадеректері</translation>
    </message>
    <message>
      <source>Schools</source>
      <translation>Мектептер</translation>
    </message>
    <message>
      <source>Kindergartens</source>
      <translation>Балабақшалар</translation>
    </message>
    <message>
      <source>Polyclinics</source>
      <translation>Емханалар</translation>
    </message>
    <message>
      <source>Hospitals</source>
      <translation>Ауруханалар</translation>
    </message>
    <message>
      <source>Green space</source>
      <translation>Жасыл желектер</translation>
    </message>
    <message>
      <source>Public green space</source>
      <translation>Жалпы пайдаланудағы жасыл желектер</translation>
    </message>
    <message>
      <source>Sewerage</source>
      <translation>Кәріз</translation>
    </message>
    <message>
      <source>Water supply</source>
      <translation>Сумен жабдықтау</translation>
    </message>
    <message>
      <source>result table {n} ({service})</source>
      <translation>нәтижелер кестесі {n} ({service})</translation>
    </message>
    <message>
      <source>Territory</source>
      <translation>Аумақ</translation>
    </message>
    <message>
      <source>Population, residents</source>
      <translation>Халық саны, тұрғын</translation>
    </message>
    <message>
      <source>Meets the norm</source>
      <translation>Нормативке сәйкес</translation>
    </message>
    <message>
      <source>Unverified norm values used</source>
      <translation>Тексерілмеген нормативтер қолданылды</translation>
    </message>
    <message>
      <source>Residents within walking distance</source>
      <translation>Жаяу қолжетімділіктегі тұрғындар</translation>
    </message>
    <message>
      <source>Residents beyond walking distance</source>
      <translation>Жаяу қолжетімділіктен тыс тұрғындар</translation>
    </message>
    <message>
      <source>Green space per resident, m²</source>
      <translation>Бір тұрғынға жасыл желектер, м²</translation>
    </message>
    <message>
      <source>Norm per resident, m²</source>
      <translation>Бір тұрғынға норматив, м²</translation>
    </message>
    <message>
      <source>Norm per resident in residential areas, m²</source>
      <translation>Тұрғын үй аумағында бір тұрғынға норматив, м²</translation>
    </message>
    <message>
      <source>Deficit, ha</source>
      <translation>Тапшылық, га</translation>
    </message>
    <message>
      <source>Residents without sewerage</source>
      <translation>Кәрізге қосылмаған тұрғындар</translation>
    </message>
    <message>
      <source>Residents connected to sewerage</source>
      <translation>Кәрізге қосылған тұрғындар</translation>
    </message>
    <message>
      <source>Residents without water supply</source>
      <translation>Сумен жабдықталмаған тұрғындар</translation>
    </message>
    <message>
      <source>Residents connected to water supply</source>
      <translation>Сумен жабдықталған тұрғындар</translation>
    </message>
    <message>
      <source>no result tables to report</source>
      <translation>есепке арналған нәтижелер кестелері жоқ</translation>
    </message>
    <message>
      <source>{service}: deficit, {unit} (largest {n})</source>
      <translation>{service}: тапшылық, {unit} (ең үлкен {n})</translation>
    </message>
    <message>
      <source>The norm values were not passed to the report; the packs used were:</source>
      <translation>Норматив мәндері есепке берілмеген; қолданылған пакеттер:</translation>
    </message>
    <message>
      <source>Report created</source>
      <translation>Есеп жасалған уақыт</translation>
    </message>
    <message>
      <source>Plugin version</source>
      <translation>Модуль нұсқасы</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Тіл</translation>
    </message>
    <message>
      <source>Coordinate reference system</source>
      <translation>Координаттар жүйесі</translation>
    </message>
    <message>
      <source>Layer</source>
      <translation>Қабат</translation>
    </message>
    <message>
      <source>Path</source>
      <translation>Жол</translation>
    </message>
    <message>
      <source>Features</source>
      <translation>Объектілер саны</translation>
    </message>
    <message>
      <source>none</source>
      <translation>жоқ</translation>
    </message>
    <message>
      <source>more residents without connection than residents</source>
      <translation>қосылмаған тұрғындар тұрғындар санынан көп</translation>
    </message>
    <message>
      <source>Share without connection, %</source>
      <translation>Қосылмағандар үлесі, %</translation>
    </message>
    <message>
      <source>report</source>
      <translation>есеп</translation>
    </message>
    <message>
      <source>not a table</source>
      <translation>кесте емес</translation>
    </message>
    <message>
      <source>the table has no rows</source>
      <translation>кестеде жолдар жоқ</translation>
    </message>
    <message>
      <source>no service named</source>
      <translation>қызмет көрсетілмеген</translation>
    </message>
    <message>
      <source>Norm pack: {pack}, edition {edition}, hash {hash}</source>
      <translation>Нормативтер пакеті: {pack}, редакция {edition}, хеш {hash}</translation>
    </message>
    <message>
      <source>Created {date} by almaty_planner {version}</source>
      <translation>Жасалған: {date}, almaty_planner {version}</translation>
    </message>
    <message>
      <source>WARNING: the report is based on synthetic (made-up) data: {reason}. Do not use it for decisions.</source>
      <translation>НАЗАР АУДАРЫҢЫЗ: есеп синтетикалық (ойдан құрастырылған) деректерге негізделген: {reason}. Оны шешім қабылдау үшін пайдаланбаңыз.</translation>
    </message>
    <message>
      <source>Norm values not confirmed against the official text were used: {keys}. The results that depend on them are provisional.</source>
      <translation>Ресми мәтінмен салыстырылмаған норматив мәндері қолданылды: {keys}. Соларға тәуелді нәтижелер алдын ала болып табылады.</translation>
    </message>
    <message>
      <source>The formula of the System of Regional Standards' "sufficiency level" is not published. Instead this report shows, per service, the share of territories that meet the norm and, over all services, the share of checks (territory × service) that meet it: {share}.</source>
      <translation>Өңірлік стандарттар жүйесінің «жеткіліктілік деңгейі» формуласы жарияланбаған. Оның орнына есеп әр қызмет бойынша нормативке сәйкес аумақтар үлесін, ал барлық қызметтер бойынша норматив сақталған тексерулер (аумақ × қызмет) үлесін көрсетеді: {share}.</translation>
    </message>
    <message>
      <source>Norm values, their sources and confidence: sheet "{norms}". Inputs and warnings: sheet "{meta}".</source>
      <translation>Норматив мәндері, олардың дереккөздері мен сенімділігі: «{norms}» парағы. Бастапқы деректер мен ескертулер: «{meta}» парағы.</translation>
    </message>
    <message>
      <source>a norm row is not a mapping</source>
      <translation>норматив жолы сөздік емес</translation>
    </message>
    <message>
      <source>declared in the run's metadata</source>
      <translation>есептеу метадеректерінде көрсетілген</translation>
    </message>
    <message>
      <source>Demand, {unit}</source>
      <translation>Қажеттілік, {unit}</translation>
    </message>
    <message>
      <source>Capacity, {unit}</source>
      <translation>Қуаты, {unit}</translation>
    </message>
    <message>
      <source>Deficit, {unit}</source>
      <translation>Тапшылық, {unit}</translation>
    </message>
    <message>
      <source>Surplus, {unit}</source>
      <translation>Артықшылық, {unit}</translation>
    </message>
    <message>
      <source>Balance (+ surplus / − deficit), {unit}</source>
      <translation>Баланс (+ артықшылық / − тапшылық), {unit}</translation>
    </message>
    <message>
      <source>Access ratio, {unit} per resident</source>
      <translation>Қолжетімділік индексі, бір тұрғынға {unit}</translation>
    </message>
    <message>
      <source>Green space, {unit}</source>
      <translation>Жасыл желектер, {unit}</translation>
    </message>
    <message>
      <source>norms</source>
      <translation>нормативтер</translation>
    </message>
    <message>
      <source>Synthetic data: {reason}</source>
      <translation>Синтетикалық деректер: {reason}</translation>
    </message>
    <message>
      <source>Unverified norm values used: {keys}</source>
      <translation>Тексерілмеген нормативтер қолданылды: {keys}</translation>
    </message>
    <message>
      <source>field not found; the table has: {fields}</source>
      <translation>өріс табылмады; кестеде бар: {fields}</translation>
    </message>
    <message>
      <source>result table {n}</source>
      <translation>нәтижелер кестесі {n}</translation>
    </message>
    <message>
      <source>{n} of {total} territories of {service} are marked synthetic</source>
      <translation>{total} аумақтың {n} ({service}) синтетикалық деп белгіленген</translation>
    </message>
    <message>
      <source>cannot write {path}: the folder {folder} does not exist</source>
      <translation>{path} жазу мүмкін емес: {folder} қалтасы жоқ</translation>
    </message>
    <message>
      <source>cannot write {path}: it is a folder</source>
      <translation>{path} жазу мүмкін емес: бұл қалта</translation>
    </message>
    <message>
      <source>cannot replace {path}: the file is read-only; choose another name or make it writable</source>
      <translation>{path} ауыстыру мүмкін емес: файл тек оқуға арналған; басқа атау таңдаңыз немесе жазуға рұқсат беріңіз</translation>
    </message>
    <message>
      <source>cannot write in the folder {folder}: {reason}</source>
      <translation>{folder} қалтасына жазу мүмкін емес: {reason}</translation>
    </message>
    <message>
      <source>cannot write {path}: the writer produced no data</source>
      <translation>{path} жазу мүмкін емес: деректер жасалмады</translation>
    </message>
    <message>
      <source>cannot write {path}: {reason}</source>
      <translation>{path} жазу мүмкін емес: {reason}</translation>
    </message>
    <message>
      <source>cannot replace {path}: the file is open in another program (e.g. Excel) or read-only; close it and try again, or choose another name</source>
      <translation>{path} ауыстыру мүмкін емес: файл басқа бағдарламада (мысалы, Excel) ашық немесе тек оқуға арналған; оны жауып, қайталап көріңіз немесе басқа атау таңдаңыз</translation>
    </message>
  </context>
</TS>
