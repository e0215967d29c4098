<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>AlmatyAlgorithm</name>
    <message>
      <source>Category field of the green areas (count only public categories)</source>
      <translation>Поле категории зелёных насаждений (учитывать только категории общего пользования)</translation>
    </message>
    <message>
      <source>Norm in m2 per resident (empty: the pack's norm)</source>
      <translation>Норматив, м² на жителя (пусто — норматив пакета)</translation>
    </message>
    <message>
      <source>Public categories, comma-separated (e.g. park,square,boulevard)</source>
      <translation>Категории общего пользования через запятую (например, park,square,boulevard)</translation>
    </message>
    <message>
      <source>Settlement tier field (1-5), for packs whose norms differ by tier</source>
      <translation>Поле уровня населённого пункта (1–5) — для пакетов, где нормативы зависят от уровня</translation>
    </message>
    <message>
      <source>Shifts field (capacity is per shift; empty: one shift, as the norms count)</source>
      <translation>Поле числа смен (мощность указана на смену; пусто — одна смена, как в нормативах)</translation>
    </message>
    <message>
      <source>Smallest park that counts for the walk check, m2</source>
      <translation>Минимальная площадь парка для проверки пешеходной доступности, м²</translation>
    </message>
    <message>
      <source>Walking radius to a park, metres (needed for the walk check)</source>
      <translation>Радиус пешеходной доступности парка, м (нужен для проверки доступности)</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <source>50-80% provided</source>
      <translation>Обеспеченность 50–80%</translation>
    </message>
    <message>
      <source>80-100% provided</source>
      <translation>Обеспеченность 80–100%</translation>
    </message>
    <message>
      <source>; residents outside the norm's reach: {n:,.0f}</source>
      <translation>; жителей вне нормативной доступности: {n:,.0f}</translation>
    </message>
    <message>
      <source>Almaty: student places missing within walking distance, per microdistrict</source>
      <translation>Алматы: дефицит ученических мест в пешеходной доступности по микрорайонам</translation>
    </message>
    <message>
      <source>Districts</source>
      <translation>Районы</translation>
    </message>
    <message>
      <source>Less than 50% provided</source>
      <translation>Обеспеченность менее 50%</translation>
    </message>
    <message>
      <source>Norm pack {pack} ({hash}): school within 500 m; capacity-constrained assignment, nearest first</source>
      <translation>Пакет нормативов {pack} ({hash}): школа в радиусе 500 м; распределение с учётом мощности, сначала ближайшие</translation>
    </message>
    <message>
      <source>Student places missing</source>
      <translation>Дефицит ученических мест</translation>
    </message>
    <message>
      <source>error: {error}</source>
      <translation>ошибка: {error}</translation>
    </message>
    <message>
      <source>green space: {m2:,.0f} m2 for {pop:,.0f} residents = {per:.2f} m2 per resident</source>
      <translation>зелёные насаждения: {m2:,.0f} м² на {pop:,.0f} жителей = {per:.2f} м² на жителя</translation>
    </message>
    <message>
      <source>refused: {error}</source>
      <translation>отклонён: {error}</translation>
    </message>
    <message>
      <source>sanitation gap: {sewer:,.0f} residents without sewerage ({sewer_pct:.1f}%), {water:,.0f} without water ({water_pct:.1f}%)</source>
      <translation>без канализации {sewer:,.0f} жителей ({sewer_pct:.1f}%), без водоснабжения {water:,.0f} ({water_pct:.1f}%)</translation>
    </message>
    <message>
      <source>the Almaty demo data: facility capacities, enrolment, part of the facilities and parks, and the sewer and water connections are synthetic, calibrated to published city totals</source>
      <translation>демонстрационные данные Алматы: мощность объектов, наполняемость, часть объектов и парков, подключение к канализации и водоснабжению — синтетические, откалиброванные по опубликованным городским итогам</translation>
    </message>
    <message>
      <source>the file {path} does not exist</source>
      <translation>файл {path} не существует</translation>
    </message>
    <message>
      <source>the norm value {key} of service {service} is given by settlement tier in this pack: give a tier field, or give the value as the parameter {key}</source>
      <translation>значение норматива {key} услуги {service} задано в этом пакете по уровням населённых пунктов: укажите поле уровня или задайте значение параметром {key}</translation>
    </message>
    <message>
      <source>the norm value {key} of service {service} is missing for settlement tier {tier}; give it as the parameter {key}</source>
      <translation>для уровня населённого пункта {tier} нет значения норматива {key} услуги {service}; задайте его параметром {key}</translation>
    </message>
    <message>
      <source>warning: {text}</source>
      <translation>предупреждение: {text}</translation>
    </message>
    <message>
      <source>wrote {path}</source>
      <translation>записан файл {path}</translation>
    </message>
    <message>
      <source>{path}: the layer {layer} cannot be read: {error}</source>
      <translation>{path}: не удаётся прочитать слой {layer}: {error}</translation>
    </message>
    <message>
      <source>{service} ({method}): demand {demand:,.0f}, capacity {capacity:,.0f} {unit}; city balance {balance:+,.0f}; sum of unit deficits {deficit:,.0f}</source>
      <translation>{service} ({method}): потребность {demand:,.0f}, мощность {capacity:,.0f} {unit}; баланс по городу {balance:+,.0f}; сумма дефицитов территорий {deficit:,.0f}</translation>
    </message>
    <message>
      <source>{service}: {method} skipped, the norm pack gives no radius or travel time</source>
      <translation>{service}: метод {method} пропущен — в пакете нормативов нет радиуса или времени доступности</translation>
    </message>
    <message>
      <source>© OpenStreetMap contributors (ODbL). School capacities, enrolment and some facilities are synthetic (see resources/demo/README.md). almaty_planner {version}</source>
      <translation>© Участники OpenStreetMap (ODbL). Мощность и наполняемость школ и часть объектов — синтетические данные (см. resources/demo/README.md). almaty_planner {version}</translation>
    </message>
  </context>
</TS>
