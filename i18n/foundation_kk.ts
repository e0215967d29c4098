<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
  <context>
    <name>AlmatyAlgorithm</name>
    <message>
      <source>Report</source>
      <translation>Есеп</translation>
    </message>
    <message>
      <source>almaty_planner {version}</source>
      <translation>almaty_planner {version}</translation>
    </message>
  </context>
  <context>
    <name>AlmatyPlanner</name>
    <message>
      <source>Almaty Planner</source>
      <translation>Almaty Planner</translation>
    </message>
    <message>
      <source>Check installation</source>
      <translation>Орнатуды тексеру</translation>
    </message>
    <message>
      <source>Excel deficit report…</source>
      <translation>Excel-дегі тапшылық есебі…</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Анықтама</translation>
    </message>
    <message>
      <source>Provision check (Processing)…</source>
      <translation>Қамтамасыз етілуді тексеру (Processing)…</translation>
    </message>
    <message>
      <source>Regional Standards panel</source>
      <translation>«Өңірлік стандарттар» панелі</translation>
    </message>
    <message>
      <source>The Regional Standards panel is not available in this version.</source>
      <translation>«Өңірлік стандарттар» панелі бұл нұсқада қолжетімсіз.</translation>
    </message>
    <message>
      <source>This algorithm is not available in this version.</source>
      <translation>Бұл алгоритм осы нұсқада қолжетімсіз.</translation>
    </message>
  </context>
  <context>
    <name>AlmatyPlannerProvider</name>
    <message>
      <source>Almaty Planner</source>
      <translation>Almaty Planner</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <source> and {n} more</source>
      <translation> және тағы {n}</translation>
    </message>
    <message>
      <source>All required Python packages are installed.</source>
      <translation>Барлық қажетті Python пакеттері орнатылған.</translation>
    </message>
    <message>
      <source>Disabled until then: {parts}.</source>
      <translation>Орнатылғанға дейін өшірілген: {parts}.</translation>
    </message>
    <message>
      <source>Legend</source>
      <translation>Шартты белгілер</translation>
    </message>
    <message>
      <source>On Debian or Ubuntu run: {apt}; elsewhere: {pip}. Then restart QGIS.</source>
      <translation>Debian немесе Ubuntu жүйесінде орындаңыз: {apt}; басқа жүйелерде: {pip}. Содан кейін QGIS-ті қайта іске қосыңыз.</translation>
    </message>
    <message>
      <source>On Windows, open the OSGeo4W Shell (Start menu, as administrator) and run: {cmd} - or, in the OSGeo4W installer (Advanced install), select: {pkgs}. Then restart QGIS.</source>
      <translation>Windows жүйесінде OSGeo4W Shell ашыңыз (Іске қосу мәзірі, әкімші ретінде) және орындаңыз: {cmd} — немесе OSGeo4W орнатушысында (Advanced install) таңдаңыз: {pkgs}. Содан кейін QGIS-ті қайта іске қосыңыз.</translation>
    </message>
    <message>
      <source>Run in a terminal: {cmd}. Then restart QGIS.</source>
      <translation>Терминалда орындаңыз: {cmd}. Содан кейін QGIS-ті қайта іске қосыңыз.</translation>
    </message>
    <message>
      <source>duplicate ids: {ids}</source>
      <translation>қайталанатын идентификаторлар: {ids}</translation>
    </message>
    <message>
      <source>empty id in features {ids}</source>
      <translation>{ids} нысандарында идентификатор бос</translation>
    </message>
    <message>
      <source>features without geometry: {ids}</source>
      <translation>геометриясы жоқ нысандар: {ids}</translation>
    </message>
    <message>
      <source>field not found; the layer has: {fields}</source>
      <translation>өріс табылмады; қабатта бар: {fields}</translation>
    </message>
    <message>
      <source>input field {old} has the name of a result field and was kept as {new}</source>
      <translation>{old} кіріс өрісінің атауы нәтиже өрісімен сәйкес келеді, ол {new} ретінде сақталды</translation>
    </message>
    <message>
      <source>invalid geometry in features {ids}</source>
      <translation>{ids} нысандарының геометриясы жарамсыз</translation>
    </message>
    <message>
      <source>km</source>
      <translation>км</translation>
    </message>
    <message>
      <source>negative value in features {ids} (e.g. {value})</source>
      <translation>{ids} нысандарында теріс мән (мысалы, {value})</translation>
    </message>
    <message>
      <source>no layer was given</source>
      <translation>бірде-бір қабат берілмеген</translation>
    </message>
    <message>
      <source>no value in features {ids}</source>
      <translation>{ids} нысандарында мән жоқ</translation>
    </message>
    <message>
      <source>not a number in features {ids} (e.g. {value!r})</source>
      <translation>{ids} нысандарында сан емес мән (мысалы, {value!r})</translation>
    </message>
    <message>
      <source>the Excel report</source>
      <translation>Excel есебі</translation>
    </message>
    <message>
      <source>the checks (Processing algorithms, panel)</source>
      <translation>тексерулер (Processing алгоритмдері, панель)</translation>
    </message>
    <message>
      <source>the folder {folder} does not exist</source>
      <translation>{folder} қалтасы жоқ</translation>
    </message>
    <message>
      <source>the layer has no coordinate reference system; set its CRS first</source>
      <translation>қабаттың координаттар жүйесі берілмеген; алдымен оны орнатыңыз</translation>
    </message>
    <message>
      <source>the layer has no features</source>
      <translation>қабатта нысандар жоқ</translation>
    </message>
    <message>
      <source>the layers are in a geographic CRS ({src}); distances and areas were computed in {crs}</source>
      <translation>қабаттар географиялық координаттар жүйесінде ({src}); қашықтықтар мен аудандар {crs} жүйесінде есептелді</translation>
    </message>
    <message>
      <source>the layers are in different CRSs ({listing}); all were projected to {crs}</source>
      <translation>қабаттар әртүрлі координаттар жүйесінде ({listing}); барлығы {crs} жүйесіне проекцияланды</translation>
    </message>
    <message>
      <source>the map picture could not be written to {path}</source>
      <translation>карта суретін {path} жолына жазу мүмкін болмады</translation>
    </message>
    <message>
      <source>{layer}: invalid geometry repaired in features {ids}</source>
      <translation>{layer}: {ids} нысандарының жарамсыз геометриясы түзетілді</translation>
    </message>
    <message>
      <source>{name} is not installed (needs {minimum} or newer)</source>
      <translation>{name} орнатылмаған ({minimum} немесе жаңа нұсқасы қажет)</translation>
    </message>
    <message>
      <source>{name} {found} is too old (needs {minimum} or newer)</source>
      <translation>{name} {found} ескірген ({minimum} немесе жаңа нұсқасы қажет)</translation>
    </message>
    <message>
      <source>{path} cannot be replaced (is it open in another program?): {error}</source>
      <translation>{path} ауыстыру мүмкін емес (файл басқа бағдарламада ашық па?): {error}</translation>
    </message>
  </context>
</TS>
