<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>AlmatyAlgorithm</name>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="121" />
      <source>Budget (optional; in the units of the cost field)</source>
      <translation>Бюджет (необязательно; в единицах поля стоимости)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="265" />
      <source>CAPACITY_MENU: give sizes as numbers separated by commas, e.g. 50, 95, 140</source>
      <translation>CAPACITY_MENU: укажите размеры числами через запятую, например 50, 95, 140</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="199" />
      <source>Candidate site id field</source>
      <translation>Поле идентификатора участка-кандидата</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="96" />
      <source>Candidate sites (points or plots)</source>
      <translation>Участки-кандидаты (точки или участки)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="209" />
      <source>Candidate sites left out, and why</source>
      <translation>Исключённые участки-кандидаты и причины</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="103" />
      <source>Capacity field of the candidate sites (empty: the pack's typical size)</source>
      <translation>Поле вместимости участков-кандидатов (пусто: типовой размер из пакета)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="87" />
      <source>Capacity field of the existing facilities</source>
      <translation>Поле вместимости существующих объектов</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="206" />
      <source>Chosen sites</source>
      <translation>Выбранные участки</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="129" />
      <source>Cost field of the candidate sites</source>
      <translation>Поле стоимости участков-кандидатов</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="212" />
      <source>Deficit after N new facilities</source>
      <translation>Дефицит после N новых объектов</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="216" />
      <source>Deficit within the norm after</source>
      <translation>Дефицит в пределах норматива после</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="215" />
      <source>Deficit within the norm before</source>
      <translation>Дефицит в пределах норматива до</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="308" />
      <source>Deficit within the norm: {before:,.0f} before, {after:,.0f} after {n} new sites</source>
      <translation>Дефицит в пределах норматива: {before:,.0f} до, {after:,.0f} после {n} новых участков</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="79" />
      <source>Existing facilities (optional)</source>
      <translation>Существующие объекты (необязательно)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="218" />
      <source>Gap to the bound (exact method)</source>
      <translation>Разрыв до оценки (точный метод)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="313" />
      <source>Gap to the solver's bound: {gap:.4%}</source>
      <translation>Разрыв до оценки решателя: {gap:.4%}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="221" />
      <source>How the answer was found</source>
      <translation>Как найден ответ</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="167" />
      <source>Menu of sizes (comma-separated; the largest whose plot fits)</source>
      <translation>Набор размеров (через запятую; наибольший, для которого хватает участка)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="306" />
      <source>Method {method}: {status}</source>
      <translation>Метод {method}: {status}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="112" />
      <source>Number of new facilities (0: as many as the budget allows)</source>
      <translation>Число новых объектов (0: сколько позволяет бюджет)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="153" />
      <source>Placement method</source>
      <translation>Метод размещения</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="217" />
      <source>Sites chosen</source>
      <translation>Выбрано участков</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="158" />
      <source>Time limit in seconds</source>
      <translation>Ограничение времени, секунд</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="207" />
      <source>Units: deficit before and after</source>
      <translation>Единицы: дефицит до и после</translation>
    </message>
    <message>
      <source>Where to build (facility placement)</source>
      <translation>Где строить (размещение объектов)</translation>
    </message>
    <message>
      <source>Planning</source>
      <translation>Планирование</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="222" />
      <source>Excel report with the curve (optional)</source>
      <translation>Отчёт Excel с кривой (необязательно)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="217" />
      <source>Opening year of the new facilities (scenario)</source>
      <translation>Год открытия новых объектов (сценарий)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/processing_provider/alg_facility_placement.py" line="212" />
      <source>Scenario name for deficit_trajectory (fields scenario and opening_year)</source>
      <translation>Название сценария для deficit_trajectory (поля scenario и opening_year)</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="180" />
      <source>COUNT ({count}) is larger than the number of candidate sites ({n})</source>
      <translation>COUNT ({count}) больше числа участков-кандидатов ({n})</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="172" />
      <source>a BUDGET needs the field of the cost of each candidate site (COST_FIELD)</source>
      <translation>для бюджета BUDGET нужно поле стоимости каждого участка-кандидата (COST_FIELD)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="252" />
      <source>a new facility needs a capacity &gt; 0; features {ids} have 0</source>
      <translation>новому объекту нужна вместимость &gt; 0; у объектов {ids} она равна 0</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="192" />
      <source>give the capacity field of the existing facilities (CAPACITY_FIELD)</source>
      <translation>укажите поле вместимости существующих объектов (CAPACITY_FIELD)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="168" />
      <source>give the number of new facilities (COUNT) or a BUDGET</source>
      <translation>укажите число новых объектов (COUNT) или бюджет (BUDGET)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement_solver.py" line="424" />
      <source>greedy with swaps; no swap serves more</source>
      <translation>жадный выбор с заменами; ни одна замена не обслуживает больше</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement_solver.py" line="424" />
      <source>greedy; swaps stopped at the time limit</source>
      <translation>жадный выбор; замены остановлены по ограничению времени</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement_solver.py" line="179" />
      <source>internal check failed: the assignment LP was not solved ({msg})</source>
      <translation>внутренняя проверка не пройдена: задача распределения (ЛП) не решена ({msg})</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="459" />
      <source>its cost alone exceeds the budget</source>
      <translation>одна его стоимость превышает бюджет</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement_solver.py" line="453" />
      <source>no candidate site serves any unserved demand</source>
      <translation>ни один участок-кандидат не обслуживает необеспеченный спрос</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="460" />
      <source>no unserved demand within reach</source>
      <translation>в пределах досягаемости нет необеспеченного спроса</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="353" />
      <source>only {n} candidate sites can serve any deficit within reach; fewer than COUNT ({count}) were placed</source>
      <translation>только {n} участков-кандидатов могут обслужить дефицит в пределах досягаемости; размещено меньше, чем COUNT ({count})</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement_solver.py" line="541" />
      <source>optimal (HiGHS, relative gap at most {tol:g})</source>
      <translation>оптимально (HiGHS, относительный разрыв не более {tol:g})</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="461" />
      <source>other sites close more of the deficit</source>
      <translation>другие участки закрывают больше дефицита</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="170" />
      <source>the budget must be a number &gt;= 0, not {value}</source>
      <translation>бюджет должен быть числом &gt;= 0, а не {value}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="261" />
      <source>the largest size of the menu {menu} whose plot fits</source>
      <translation>наибольший размер из набора {menu}, для которого хватает участка</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="281" />
      <source>the norm pack gives no typical size for service {service}; give CANDIDATE_CAPACITY_FIELD</source>
      <translation>в пакете нормативов нет типового размера для услуги {service}; укажите CANDIDATE_CAPACITY_FIELD</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="320" />
      <source>the norm pack has no plot norm for service {service}: plots were not checked</source>
      <translation>в пакете нормативов нет нормы участка для услуги {service}: участки не проверены</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="222" />
      <source>the norm pack has no radius for service {service}; give RADIUS_M</source>
      <translation>в пакете нормативов нет радиуса для услуги {service}; укажите RADIUS_M</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="458" />
      <source>the plot is smaller than the norm for a facility of this size</source>
      <translation>участок меньше нормы для объекта такого размера</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="243" />
      <source>the sizes of the capacity menu must be &gt; 0</source>
      <translation>размеры в наборе должны быть &gt; 0</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement_solver.py" line="545" />
      <source>the solver stopped: {msg}</source>
      <translation>решатель остановился: {msg}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="174" />
      <source>the time limit must be a number of seconds &gt; 0</source>
      <translation>ограничение времени должно быть числом секунд &gt; 0</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="176" />
      <source>there are no candidate sites: the layer has no features</source>
      <translation>нет участков-кандидатов: в слое нет объектов</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement_solver.py" line="543" />
      <source>time limit reached: best answer found, not proven optimal</source>
      <translation>достигнуто ограничение времени: лучший найденный ответ, оптимальность не доказана</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="286" />
      <source>typical size of the norm pack</source>
      <translation>типовой размер из пакета нормативов</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="160" />
      <source>unknown placement method {method}; use one of {methods}</source>
      <translation>неизвестный метод размещения {method}; используйте один из: {methods}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="324" />
      <source>{layer}: no plot norm for the size of sites {ids}; their plots were not checked</source>
      <translation>{layer}: нет нормы участка для размера участков {ids}; их участки не проверены</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement.py" line="275" />
      <source>{layer}: sites {ids} lie outside every unit; the commonest typical size was used</source>
      <translation>{layer}: участки {ids} лежат вне всех единиц; взят самый частый типовой размер</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1121" />
      <source>Capacity of a new facility</source>
      <translation>Вместимость нового объекта</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1154" />
      <source>Chosen sites</source>
      <translation>Выбранные участки</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1071" />
      <source>Deficit within the norm after N new facilities</source>
      <translation>Дефицит в пределах норматива после N новых объектов</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1119" />
      <source>Deficit within the norm after, {unit}</source>
      <translation>Дефицит в пределах норматива после, {unit}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1117" />
      <source>Deficit within the norm before, {unit}</source>
      <translation>Дефицит в пределах норматива до, {unit}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1131" />
      <source>Deficit within the norm, {unit}</source>
      <translation>Дефицит в пределах норматива, {unit}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1122" />
      <source>Distance</source>
      <translation>Расстояние</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1116" />
      <source>Gap to the solver's bound, %</source>
      <translation>Разрыв до оценки решателя, %</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1114" />
      <source>How the answer was found</source>
      <translation>Как найден ответ</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1076" />
      <source>New facilities</source>
      <translation>Новые объекты</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1115" />
      <source>Optimality proven</source>
      <translation>Оптимальность доказана</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1123" />
      <source>Radius, m</source>
      <translation>Радиус, м</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1118" />
      <source>Served by the new facilities, {unit}</source>
      <translation>Обслужено новыми объектами, {unit}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1120" />
      <source>Sites chosen</source>
      <translation>Выбрано участков</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1157" />
      <source>Sites left out</source>
      <translation>Исключённые участки</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1155" />
      <source>Units before and after</source>
      <translation>Единицы до и после</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/report.py" line="1158" />
      <source>Where to build</source>
      <translation>Где строить</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement_solver.py" line="626" />
      <source>solver: HiGHS through scipy.optimize.milp, not warm-started (the greedy answer is kept when better)</source>
      <translation>решатель: HiGHS через scipy.optimize.milp, без тёплого старта (жадный ответ сохраняется, если он лучше)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/core/placement_solver.py" line="622" />
      <source>solver: HiGHS {version} through highspy, warm-started from the greedy answer</source>
      <translation>решатель: HiGHS {version} через highspy, тёплый старт с жадного ответа</translation>
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
      <translation>Участки-кандидаты</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="260" />
      <source>Choose the layer of candidate sites.</source>
      <translation>Выберите слой участков-кандидатов.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="128" />
      <source>Deficit left {low} - {high}</source>
      <translation>Оставшийся дефицит {low} - {high}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="359" />
      <source>Deficit within the norm {before} -&gt; {after} with {n} new sites. {status}</source>
      <translation>Дефицит в пределах норматива {before} -&gt; {after} при {n} новых участках. {status}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="205" />
      <source>Empty: the norm pack's typical size of the service.</source>
      <translation>Пусто: типовой размер услуги из пакета нормативов.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="366" />
      <source>Gap to the bound: {gap:.3%}.</source>
      <translation>Разрыв до оценки: {gap:.3%}.</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="207" />
      <source>How many</source>
      <translation>Сколько</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="166" />
      <source>New facilities</source>
      <translation>Новые объекты</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="119" />
      <source>No deficit left</source>
      <translation>Дефицита не осталось</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="210" />
      <source>Radius</source>
      <translation>Радиус</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="87" />
      <source>Run to see the curve</source>
      <translation>Запустите расчёт, чтобы увидеть кривую</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="209" />
      <source>Time limit</source>
      <translation>Ограничение времени</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="167" />
      <source>Units, population, existing facilities and the norm pack come from the Inputs tab.</source>
      <translation>Единицы, население, существующие объекты и пакет нормативов берутся с вкладки «Исходные данные».</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/dock.py" line="302" />
      <source>Where to build</source>
      <translation>Где строить</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="191" />
      <source>exact (mixed-integer program, time limit)</source>
      <translation>точный (целочисленная программа, с ограничением времени)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="190" />
      <source>greedy with swaps (fast)</source>
      <translation>жадный с заменами (быстро)</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="104" />
      <source>new facilities: 0 ... {n}</source>
      <translation>новых объектов: 0 ... {n}</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="201" />
      <source>the pack's radius</source>
      <translation>радиус из пакета</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="346" />
      <source>{name}: units before and after</source>
      <translation>{name}: единицы до и после</translation>
    </message>
    <message>
      <location filename="../almaty_planner/gui/placement_tab.py" line="294" />
      <source>{service}: where to build</source>
      <translation>{service}: где строить</translation>
    </message>
  </context>
</TS>
