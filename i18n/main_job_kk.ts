<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
  <context>
    <name>AlmatyAlgorithm</name>
    <message>
      <source>Category field of the green areas (count only public categories)</source>
      <translation>Жасыл желектер санатының өрісі (тек жалпы пайдаланудағы санаттарды есептеу)</translation>
    </message>
    <message>
      <source>Norm in m2 per resident (empty: the pack's norm)</source>
      <translation>Норматив, бір тұрғынға м² (бос — пакет нормативі)</translation>
    </message>
    <message>
      <source>Public categories, comma-separated (e.g. park,square,boulevard)</source>
      <translation>Жалпы пайдаланудағы санаттар үтір арқылы (мысалы, park,square,boulevard)</translation>
    </message>
    <message>
      <source>Settlement tier field (1-5), for packs whose norms differ by tier</source>
      <translation>Елді мекен деңгейінің өрісі (1–5) — нормативтері деңгейге байланысты пакеттер үшін</translation>
    </message>
    <message>
      <source>Shifts field (capacity is per shift; empty: one shift, as the norms count)</source>
      <translation>Ауысымдар саны өрісі (қуаттылық бір ауысымға берілген; бос — нормативтердегідей бір ауысым)</translation>
    </message>
    <message>
      <source>Smallest park that counts for the walk check, m2</source>
      <translation>Жаяу қолжетімділікті тексеруге есептелетін саябақтың ең аз ауданы, м²</translation>
    </message>
    <message>
      <source>Walking radius to a park, metres (needed for the walk check)</source>
      <translation>Саябаққа жаяу қолжетімділік радиусы, м (қолжетімділікті тексеру үшін қажет)</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <source>50-80% provided</source>
      <translation>Қамтамасыз етілу 50–80%</translation>
    </message>
    <message>
      <source>80-100% provided</source>
      <translation>Қамтамасыз етілу 80–100%</translation>
    </message>
    <message>
      <source>; residents outside the norm's reach: {n:,.0f}</source>
      <translation>; нормативтік қолжетімділіктен тыс тұрғындар: {n:,.0f}</translation>
    </message>
    <message>
      <source>Almaty: student places missing within walking distance, per microdistrict</source>
      <translation>Алматы: микроаудандар бойынша жаяу қолжетімділіктегі оқушы орындарының тапшылығы</translation>
    </message>
    <message>
      <source>Districts</source>
      <translation>Аудандар</translation>
    </message>
    <message>
      <source>Less than 50% provided</source>
      <translation>Қамтамасыз етілу 50%-дан төмен</translation>
    </message>
    <message>
      <source>Norm pack {pack} ({hash}): school within 500 m; capacity-constrained assignment, nearest first</source>
      <translation>Нормативтер пакеті {pack} ({hash}): мектеп 500 м радиуста; қуаттылықты ескере отырып бөлу, алдымен ең жақындары</translation>
    </message>
    <message>
      <source>Student places missing</source>
      <translation>Оқушы орындарының тапшылығы</translation>
    </message>
    <message>
      <source>error: {error}</source>
      <translation>қате: {error}</translation>
    </message>
    <message>
      <source>green space: {m2:,.0f} m2 for {pop:,.0f} residents = {per:.2f} m2 per resident</source>
      <translation>жасыл желектер: {pop:,.0f} тұрғынға {m2:,.0f} м² = бір тұрғынға {per:.2f} м²</translation>
    </message>
    <message>
      <source>refused: {error}</source>
      <translation>қабылданбады: {error}</translation>
    </message>
    <message>
      <source>sanitation gap: {sewer:,.0f} residents without sewerage ({sewer_pct:.1f}%), {water:,.0f} without water ({water_pct:.1f}%)</source>
      <translation>кәрізсіз {sewer:,.0f} тұрғын ({sewer_pct:.1f}%), сумен жабдықтаусыз {water:,.0f} ({water_pct:.1f}%)</translation>
    </message>
    <message>
      <source>the Almaty demo data: facility capacities, enrolment, part of the facilities and parks, and the sewer and water connections are synthetic, calibrated to published city totals</source>
      <translation>Алматының демонстрациялық деректері: нысандардың қуаттылығы, толымдылығы, нысандар мен саябақтардың бір бөлігі, кәріз бен сумен жабдықтауға қосылу — жарияланған қалалық қорытындыларға калибрленген синтетикалық деректер</translation>
    </message>
    <message>
      <source>the file {path} does not exist</source>
      <translation>{path} файлы жоқ</translation>
    </message>
    <message>
      <source>the norm value {key} of service {service} is given by settlement tier in this pack: give a tier field, or give the value as the parameter {key}</source>
      <translation>{service} қызметінің {key} норматив мәні бұл пакетте елді мекен деңгейлері бойынша берілген: деңгей өрісін көрсетіңіз немесе мәнді {key} параметрімен беріңіз</translation>
    </message>
    <message>
      <source>the norm value {key} of service {service} is missing for settlement tier {tier}; give it as the parameter {key}</source>
      <translation>{tier} деңгейлі елді мекен үшін {service} қызметінің {key} норматив мәні жоқ; оны {key} параметрімен беріңіз</translation>
    </message>
    <message>
      <source>warning: {text}</source>
      <translation>ескерту: {text}</translation>
    </message>
    <message>
      <source>wrote {path}</source>
      <translation>{path} файлы жазылды</translation>
    </message>
    <message>
      <source>{path}: the layer {layer} cannot be read: {error}</source>
      <translation>{path}: {layer} қабатын оқу мүмкін емес: {error}</translation>
    </message>
    <message>
      <source>{service} ({method}): demand {demand:,.0f}, capacity {capacity:,.0f} {unit}; city balance {balance:+,.0f}; sum of unit deficits {deficit:,.0f}</source>
      <translation>{service} ({method}): қажеттілік {demand:,.0f}, қуаттылық {capacity:,.0f} {unit}; қала бойынша баланс {balance:+,.0f}; аумақтар тапшылықтарының сомасы {deficit:,.0f}</translation>
    </message>
    <message>
      <source>{service}: {method} skipped, the norm pack gives no radius or travel time</source>
      <translation>{service}: {method} әдісі өткізілді — нормативтер пакетінде радиус немесе қолжетімділік уақыты жоқ</translation>
    </message>
    <message>
      <source>© OpenStreetMap contributors (ODbL). School capacities, enrolment and some facilities are synthetic (see resources/demo/README.md). almaty_planner {version}</source>
      <translation>© OpenStreetMap қатысушылары (ODbL). Мектептердің қуаттылығы, толымдылығы және нысандардың бір бөлігі — синтетикалық деректер (resources/demo/README.md қараңыз). almaty_planner {version}</translation>
    </message>
  </context>
</TS>
