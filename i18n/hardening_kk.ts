<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
  <context>
    <name>core</name>
    <message>
      <source>Cancelled. No result was written.</source>
      <translation>Тоқтатылды. Нәтиже жазылған жоқ.</translation>
    </message>
    <message>
      <source>The norm pack {file} has no service {service}; it has: {services}.</source>
      <translation>{file} нормативтер пакетінде {service} қызметі жоқ; онда бар: {services}.</translation>
    </message>
    <message>
      <source>The result {output} cannot be written to {path}: it is a folder.</source>
      <translation>{output} нәтижесін {path} жолына жазу мүмкін емес: бұл қалта.</translation>
    </message>
    <message>
      <source>The result {output} cannot be written to {path}: the file or its folder is read-only; choose another place. Nothing was written.</source>
      <translation>{output} нәтижесін {path} жолына жазу мүмкін емес: файл немесе оның қалтасы тек оқуға арналған; басқа орын таңдаңыз. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
      <source>The result {output} cannot be written to {path}: the folder {folder} does not exist.</source>
      <translation>{output} нәтижесін {path} жолына жазу мүмкін емес: {folder} қалтасы жоқ.</translation>
    </message>
    <message>
      <source>coordinates in features {ids} (e.g. {xy}) cannot be positions in the layer's CRS {crs}; the layer's CRS is probably wrong (e.g. a wrong .prj file); set the layer's true CRS</source>
      <translation>{ids} нысандарының координаттары (мысалы, {xy}) қабаттың {crs} координаттар жүйесіндегі орын бола алмайды; қабаттың координаттар жүйесі қате көрсетілген болуы мүмкін (мысалы, .prj файлы қате); қабатқа оның шын координаттар жүйесін орнатыңыз</translation>
    </message>
    <message>
      <source>coordinates outside -180..180, -90..90 in features {ids} (e.g. {xy}), but the layer's CRS {crs} is in degrees: the coordinates are probably in metres and the layer's CRS is wrong (e.g. a wrong .prj file); set the layer's true CRS</source>
      <translation>{ids} нысандарының координаттары -180..180, -90..90 аралығынан тыс (мысалы, {xy}), ал қабаттың {crs} координаттар жүйесі градуспен: координаттар метрмен берілген, ал қабаттың координаттар жүйесі қате болуы мүмкін (мысалы, .prj файлы қате); қабатқа оның шын координаттар жүйесін орнатыңыз</translation>
    </message>
    <message>
      <source>layer {layer} is in {src}, whose scale at the data is off by {pct}% (distances and areas in it are not ground metres); distances and areas were computed in {crs}</source>
      <translation>{layer} қабаты {src} жүйесінде, оның деректер аумағындағы масштабы {pct}% бұрмаланған (ондағы қашықтықтар мен аудандар жердегі метр емес); қашықтықтар мен аудандар {crs} жүйесінде есептелді</translation>
    </message>
    <message>
      <source>line {line}: YAML aliases (*{name}) are not allowed in a norm pack; write the values out</source>
      <translation>{line}-жол: нормативтер пакетінде YAML сілтемелеріне (*{name}) рұқсат жоқ; мәндерді толық жазыңыз</translation>
    </message>
    <message>
      <source>line {line}: nested more than {limit} levels deep</source>
      <translation>{line}-жол: {limit} деңгейден терең кірістірілген</translation>
    </message>
    <message>
      <source>nested too deeply</source>
      <translation>тым терең кірістірілген</translation>
    </message>
    <message>
      <source>result layer</source>
      <translation>нәтиже қабаты</translation>
    </message>
    <message>
      <source>the field names of this result layer were cut to 10 characters (a Shapefile) and its norm pack fields cannot be told apart; save the results as GeoPackage and make the report again</source>
      <translation>бұл нәтиже қабатының өріс атаулары 10 таңбаға дейін қысқартылған (Shapefile), нормативтер пакетінің өрістерін ажырату мүмкін емес; нәтижелерді GeoPackage пішімінде сақтап, есепті қайта жасаңыз</translation>
    </message>
    <message>
      <source>the file is larger than {limit} KB, the most a norm pack may be</source>
      <translation>файл {limit} КБ-тан үлкен — бұл нормативтер пакетінің ең үлкен рұқсат етілген өлшемі</translation>
    </message>
    <message>
      <source>the file is {size} KB; a norm pack may be at most {limit} KB</source>
      <translation>файл өлшемі {size} КБ; нормативтер пакеті {limit} КБ-тан аспауы керек</translation>
    </message>
    <message>
      <source>the layers are in {src}, whose units are not metres ({units}); distances and areas were computed in {crs}</source>
      <translation>қабаттар {src} жүйесінде, оның бірліктері метр емес ({units}); қашықтықтар мен аудандар {crs} жүйесінде есептелді</translation>
    </message>
    <message>
      <source>{layer}: features {ids} are geometry collections; only their parts of the highest dimension were used ({kinds}), other parts (e.g. stray lines or points) were left out</source>
      <translation>{layer}: {ids} нысандары — геометриялар жиынтығы; тек ең жоғары өлшемді бөліктері пайдаланылды ({kinds}), қалған бөліктері (мысалы, кездейсоқ сызықтар не нүктелер) алынып тасталды</translation>
    </message>
    <message>
      <source>{layer}: field names cut to 10 characters (a Shapefile) were read as: {listing}</source>
      <translation>{layer}: 10 таңбаға дейін қысқартылған өріс атаулары (Shapefile) былай оқылды: {listing}</translation>
    </message>
    <message>
      <source>{layer}: the record of the norm values used (field norms_used) was cut short by the Shapefile format; the norms sheet does not list them for this layer (save results as GeoPackage to keep it)</source>
      <translation>{layer}: пайдаланылған нормативтер жазбасы (norms_used өрісі) Shapefile пішімімен қысқартылған; нормативтер парағы бұл қабат үшін оларды көрсетпейді (жазба сақталуы үшін нәтижелерді GeoPackage пішімінде сақтаңыз)</translation>
    </message>
  </context>
</TS>
