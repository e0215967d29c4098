<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>AlmatyAlgorithm</name>
    <message>
      <source>Children by year of age, youngest first (cohort ageing into school)</source>
      <translation>Дети по годам возраста, начиная с младших (переход когорт в школу)</translation>
    </message>
    <message>
      <source>City totals by year against the targets</source>
      <translation>Итоги по городу по годам в сравнении с целями</translation>
    </message>
    <message>
      <source>Closing year field (no places from that year on)</source>
      <translation>Поле года закрытия (с этого года мест нет)</translation>
    </message>
    <message>
      <source>Commissioning year field (empty value: counted from the start)</source>
      <translation>Поле года ввода (пустое значение: учитывается с начала)</translation>
    </message>
    <message>
      <source>Commissioning year field (empty value: counted)</source>
      <translation>Поле года ввода (пустое значение: учитывается)</translation>
    </message>
    <message>
      <source>Completion year field of the housing projects</source>
      <translation>Поле года сдачи жилых проектов</translation>
    </message>
    <message>
      <source>Count facilities commissioned up to this year</source>
      <translation>Учитывать объекты, введённые до этого года включительно</translation>
    </message>
    <message>
      <source>Facilities (existing, under construction, planned)</source>
      <translation>Объекты (существующие, строящиеся, планируемые)</translation>
    </message>
    <message>
      <source>First year</source>
      <translation>Первый год</translation>
    </message>
    <message>
      <source>Flats field of the housing projects</source>
      <translation>Поле числа квартир жилых проектов</translation>
    </message>
    <message>
      <source>Growth field of the units, % a year (empty value: the rate above)</source>
      <translation>Поле прироста единиц, % в год (пустое значение: темп выше)</translation>
    </message>
    <message>
      <source>Housing projects (points with completion year and flats)</source>
      <translation>Жилые проекты (точки с годом сдачи и числом квартир)</translation>
    </message>
    <message>
      <source>Housing projects need HOUSING_YEAR_FIELD, HOUSING_FLATS_FIELD and HOUSEHOLD_SIZE.</source>
      <translation>Для жилых проектов нужны HOUSING_YEAR_FIELD, HOUSING_FLATS_FIELD и HOUSEHOLD_SIZE.</translation>
    </message>
    <message>
      <source>Last year</source>
      <translation>Последний год</translation>
    </message>
    <message>
      <source>Population forecast table (unit id with year and population, or pop_YYYY columns)</source>
      <translation>Таблица прогноза населения (id единицы с годом и населением или столбцы pop_YYYY)</translation>
    </message>
    <message>
      <source>Population growth, % a year (compound)</source>
      <translation>Прирост населения, % в год (сложный)</translation>
    </message>
    <message>
      <source>Pupils or children per flat (empty: the pack's rate per resident)</source>
      <translation>Учеников или детей на квартиру (пусто: норматив пакета на жителя)</translation>
    </message>
    <message>
      <source>Residents per flat (household size; marked unverified)</source>
      <translation>Жителей на квартиру (размер домохозяйства; помечается как непроверенное)</translation>
    </message>
    <message>
      <source>Scenario field of the facilities (empty value: baseline)</source>
      <translation>Поле сценария объектов (пустое значение: базовый вариант)</translation>
    </message>
    <message>
      <source>Targets table (fields year and target: the city's deficit aimed at)</source>
      <translation>Таблица целей (поля year и target: целевой дефицит города)</translation>
    </message>
    <message>
      <source>Trajectory: units by year</source>
      <translation>Траектория: единицы по годам</translation>
    </message>
    <message>
      <source>UP_TO_YEAR needs YEAR_FIELD, the facilities' commissioning year.</source>
      <translation>Для UP_TO_YEAR нужно YEAR_FIELD — год ввода объектов.</translation>
    </message>
    <message>
      <source>Unit id field of the forecast table (empty: the unit id field)</source>
      <translation>Поле id единицы в таблице прогноза (пусто: поле id единиц)</translation>
    </message>
    <message>
      <source>Units with one deficit column per year</source>
      <translation>Единицы со столбцом дефицита на каждый год</translation>
    </message>
    <message>
      <source>Year of the population figures (empty: FROM_YEAR)</source>
      <translation>Год данных о населении (пусто: FROM_YEAR)</translation>
    </message>
    <message>
      <source>{scenario}: deficit summed over units and years (place-years missing): {total}</source>
      <translation>{scenario}: дефицит, суммированный по единицам и годам (недостающие место-годы): {total}</translation>
    </message>
    <message>
      <source>Deficit trajectory (year by year)</source>
      <translation>Траектория дефицита (по годам)</translation>
    </message>
    <message>
      <source>Growth of scenarios, % a year (name=rate; e.g. fast=4.5)</source>
      <translation>Прирост в сценариях, % в год (имя=темп; например fast=4.5)</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <source>  {scenario} {year}: deficit {deficit}, capacity {capacity}, demand {demand}</source>
      <translation>  {scenario} {year}: дефицит {deficit}, мощность {capacity}, потребность {demand}</translation>
    </message>
    <message>
      <source>  {scenario}: deficit summed over units and years: {total}</source>
      <translation>  {scenario}: дефицит, суммированный по единицам и годам: {total}</translation>
    </message>
    <message>
      <source> (target {target}, {above} above it)</source>
      <translation> (цель {target}, выше неё на {above})</translation>
    </message>
    <message>
      <source>Above the target</source>
      <translation>Выше цели</translation>
    </message>
    <message>
      <source>By year {service}</source>
      <translation>По годам {service}</translation>
    </message>
    <message>
      <source>Capacity</source>
      <translation>Мощность</translation>
    </message>
    <message>
      <source>Change against the baseline ({scenario})</source>
      <translation>Изменение к базовому варианту ({scenario})</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Город</translation>
    </message>
    <message>
      <source>City deficit per year against the targets</source>
      <translation>Дефицит города по годам в сравнении с целями</translation>
    </message>
    <message>
      <source>Deficit ({scenario})</source>
      <translation>Дефицит ({scenario})</translation>
    </message>
    <message>
      <source>Deficit in {unit} per unit and year ({scenario}); {method}, norm pack {pack} {edition}. Red: a deficit, green: the norm is met.</source>
      <translation>Дефицит, {unit}, по единицам и годам ({scenario}); {method}, пакет нормативов {pack} {edition}. Красный: дефицит, зелёный: норматив выполнен.</translation>
    </message>
    <message>
      <source>Deficit summed over the years</source>
      <translation>Дефицит, суммированный по годам</translation>
    </message>
    <message>
      <source>Deficit summed over units and years ({scenario})</source>
      <translation>Дефицит, суммированный по единицам и годам ({scenario})</translation>
    </message>
    <message>
      <source>Deficit trajectory</source>
      <translation>Траектория дефицита</translation>
    </message>
    <message>
      <source>Demand</source>
      <translation>Потребность</translation>
    </message>
    <message>
      <source>FROM_YEAR ({lo}) is after TO_YEAR ({hi}); give a range of years</source>
      <translation>FROM_YEAR ({lo}) позже TO_YEAR ({hi}); укажите диапазон лет</translation>
    </message>
    <message>
      <source>For schools and kindergartens: child-years without a place.</source>
      <translation>Для школ и детских садов: дето-годы без места.</translation>
    </message>
    <message>
      <source>Meets the norm from</source>
      <translation>Норматив выполняется с</translation>
    </message>
    <message>
      <source>Norm pack hash</source>
      <translation>Хэш пакета нормативов</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Цель</translation>
    </message>
    <message>
      <source>Trajectory {service}</source>
      <translation>Траектория {service}</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Версия</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Год</translation>
    </message>
    <message>
      <source>Year of the population figures</source>
      <translation>Год данных о населении</translation>
    </message>
    <message>
      <source>Years</source>
      <translation>Годы</translation>
    </message>
    <message>
      <source>a growth rate must be above -100% a year, got {value}</source>
      <translation>темп прироста должен быть выше -100% в год, получено {value}</translation>
    </message>
    <message>
      <source>a housing project needs its completion year</source>
      <translation>для жилого проекта нужен год сдачи</translation>
    </message>
    <message>
      <source>a scenario needs a name other than {name}</source>
      <translation>сценарию нужно имя, отличное от {name}</translation>
    </message>
    <message>
      <source>a target year</source>
      <translation>год цели</translation>
    </message>
    <message>
      <source>closing year of {id} in scenario {name}</source>
      <translation>год закрытия {id} в сценарии {name}</translation>
    </message>
    <message>
      <source>give the household size (residents per flat) of the housing projects</source>
      <translation>укажите размер домохозяйства (жителей на квартиру) для жилых проектов</translation>
    </message>
    <message>
      <source>give the unit id field that the forecast table uses</source>
      <translation>укажите поле id единицы, которое использует таблица прогноза</translation>
    </message>
    <message>
      <source>scenario {name} changes the capacity of facility {id}, which is not in the facility layer</source>
      <translation>сценарий {name} меняет мощность объекта {id}, которого нет в слое объектов</translation>
    </message>
    <message>
      <source>scenario {name} closes facility {id}, which is not in the facility layer</source>
      <translation>сценарий {name} закрывает объект {id}, которого нет в слое объектов</translation>
    </message>
    <message>
      <source>the capacity change of {id} in scenario {name} is not a number: {value!r}</source>
      <translation>изменение мощности {id} в сценарии {name} не число: {value!r}</translation>
    </message>
    <message>
      <source>the closing year {close} is before the commissioning year {open}</source>
      <translation>год закрытия {close} раньше года ввода {open}</translation>
    </message>
    <message>
      <source>the forecast names units that are not in the units layer: {ids}</source>
      <translation>в прогнозе есть единицы, которых нет в слое единиц: {ids}</translation>
    </message>
    <message>
      <source>the forecast needs columns year and population, or pop_YYYY columns (e.g. pop_2027)</source>
      <translation>прогнозу нужны столбцы year и population или столбцы pop_YYYY (например, pop_2027)</translation>
    </message>
    <message>
      <source>the target of {year} is not a number: {value!r}</source>
      <translation>цель на {year} не число: {value!r}</translation>
    </message>
    <message>
      <source>the year must be a whole number from {lo} to {hi}, got {value!r}</source>
      <translation>год должен быть целым числом от {lo} до {hi}, получено {value!r}</translation>
    </message>
    <message>
      <source>the year must be a whole number from {lo} to {hi}, got {value}</source>
      <translation>год должен быть целым числом от {lo} до {hi}, получено {value}</translation>
    </message>
    <message>
      <source>year of the capacity change of {id} in scenario {name}</source>
      <translation>год изменения мощности {id} в сценарии {name}</translation>
    </message>
    <message>
      <source>{layer}: projects {ids} lie outside every unit and were ignored</source>
      <translation>{layer}: проекты {ids} лежат вне всех единиц и не учтены</translation>
    </message>
    <message>
      <source>{service}, {method}: city deficit per year</source>
      <translation>{service}, {method}: дефицит города по годам</translation>
    </message>
    <message>
      <source>{what} must be a year from {lo} to {hi}, got {value!r}</source>
      <translation>{what} должен быть годом от {lo} до {hi}, получено {value!r}</translation>
    </message>
    <message>
      <source>baseline</source>
      <translation>базовый вариант</translation>
    </message>
    <message>
      <source>Planning unit</source>
      <translation>Планировочная единица</translation>
    </message>
    <message>
      <source>write the growth of a scenario as name=% a year, e.g. fast=4.5; got {part!r}</source>
      <translation>запишите прирост сценария как имя=% в год, например fast=4.5; получено {part!r}</translation>
    </message>
  </context>
  <context>
    <name>AlmatyPlanner</name>
    <message>
      <source>All years (animate with the temporal controller)</source>
      <translation>Все годы (анимация панелью времени)</translation>
    </message>
    <message>
      <source>Choose a norm pack on the Inputs tab.</source>
      <translation>Выберите пакет нормативов на вкладке «Исходные данные».</translation>
    </message>
    <message>
      <source>Choose the facility layer and capacity field of {service} on the Inputs tab.</source>
      <translation>Выберите слой объектов и поле мощности для «{service}» на вкладке «Исходные данные».</translation>
    </message>
    <message>
      <source>Choose the units layer and its population field on the Inputs tab.</source>
      <translation>Выберите слой единиц и поле населения на вкладке «Исходные данные».</translation>
    </message>
    <message>
      <source>City deficit per year against the targets</source>
      <translation>Дефицит города по годам в сравнении с целями</translation>
    </message>
    <message>
      <source>Closing year field</source>
      <translation>Поле года закрытия</translation>
    </message>
    <message>
      <source>Commissioning year field</source>
      <translation>Поле года ввода</translation>
    </message>
    <message>
      <source>Deficit summed over units and years: {parts}</source>
      <translation>Дефицит, суммированный по единицам и годам: {parts}</translation>
    </message>
    <message>
      <source>From year</source>
      <translation>С года</translation>
    </message>
    <message>
      <source>No trajectory yet.</source>
      <translation>Траектория ещё не рассчитана.</translation>
    </message>
    <message>
      <source>On the map</source>
      <translation>На карте</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>План</translation>
    </message>
    <message>
      <source>Population growth a year</source>
      <translation>Прирост населения в год</translation>
    </message>
    <message>
      <source>Run trajectory</source>
      <translation>Рассчитать траекторию</translation>
    </message>
    <message>
      <source>Scenario</source>
      <translation>Сценарий</translation>
    </message>
    <message>
      <source>Scenario field</source>
      <translation>Поле сценария</translation>
    </message>
    <message>
      <source>Status field</source>
      <translation>Поле статуса</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Цель</translation>
    </message>
    <message>
      <source>Targets</source>
      <translation>Цели</translation>
    </message>
    <message>
      <source>Targets (city deficit)</source>
      <translation>Цели (дефицит города)</translation>
    </message>
    <message>
      <source>Targets: write year: target, e.g. 2025: 7300; 2026: 5000 (got {part!r}).</source>
      <translation>Цели: пишите год: цель, например 2025: 7300; 2026: 5000 (получено {part!r}).</translation>
    </message>
    <message>
      <source>Targets: {year} is not a year from 1900 to 2100.</source>
      <translation>Цели: {year} — не год от 1900 до 2100.</translation>
    </message>
    <message>
      <source>The first year is after the last year.</source>
      <translation>Первый год позже последнего.</translation>
    </message>
    <message>
      <source>To year</source>
      <translation>По год</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Год</translation>
    </message>
    <message>
      <source>Year of the population figures</source>
      <translation>Год данных о населении</translation>
    </message>
    <message>
      <source>Years and growth (units, facilities, norms and method: Inputs tab)</source>
      <translation>Годы и прирост (единицы, объекты, нормативы и метод: вкладка «Исходные данные»)</translation>
    </message>
    <message>
      <source>baseline</source>
      <translation>базовый вариант</translation>
    </message>
    <message>
      <source>change</source>
      <translation>изменение</translation>
    </message>
    <message>
      <source>e.g. 2025: 7300; 2026: 5000</source>
      <translation>например 2025: 7300; 2026: 5000</translation>
    </message>
    <message>
      <source>{name}: one column per year</source>
      <translation>{name}: столбец на каждый год</translation>
    </message>
    <message>
      <source>{scenario}: {total}</source>
      <translation>{scenario}: {total}</translation>
    </message>
    <message>
      <source>{service}: deficit by year</source>
      <translation>{service}: дефицит по годам</translation>
    </message>
  </context>
</TS>
