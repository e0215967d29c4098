<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
  <context>
    <name>AlmatyPlanner</name>
    <message>
      <source>Assignment to the nearest free facility</source>
      <translation>Бос қуаты бар ең жақын нысанға бөлу</translation>
    </message>
    <message>
      <source>Balance within each unit</source>
      <translation>Әр бірлік ішіндегі теңгерім</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Болдырмау</translation>
    </message>
    <message>
      <source>Canceled.</source>
      <translation>Болдырылмады.</translation>
    </message>
    <message>
      <source>Capacity</source>
      <translation>Қуаты</translation>
    </message>
    <message>
      <source>Capacity field</source>
      <translation>Қуат өрісі</translation>
    </message>
    <message>
      <source>Choose a facility layer for at least one service, or green areas.</source>
      <translation>Кемінде бір қызмет үшін нысандар қабатын немесе жасыл желектер қабатын таңдаңыз.</translation>
    </message>
    <message>
      <source>Choose a norm pack.</source>
      <translation>Нормативтер жинағын таңдаңыз.</translation>
    </message>
    <message>
      <source>Choose the capacity field of {layer} ({service}).</source>
      <translation>{layer} қабатының қуат өрісін таңдаңыз ({service}).</translation>
    </message>
    <message>
      <source>Choose the population field of the layer {layer}.</source>
      <translation>{layer} қабатының халық саны өрісін таңдаңыз.</translation>
    </message>
    <message>
      <source>Choose the units layer (districts or microdistricts) first.</source>
      <translation>Алдымен аумақтық бірліктер қабатын таңдаңыз (аудандар немесе шағын аудандар).</translation>
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
      <source>Copied from {pack} {edition} sha256:{hash}.</source>
      <translation>{pack} {edition} sha256:{hash} жинағынан көшірілген.</translation>
    </message>
    <message>
      <source>Deficit</source>
      <translation>Тапшылық</translation>
    </message>
    <message>
      <source>Deficit (norm not met)</source>
      <translation>Тапшылық (норматив орындалмаған)</translation>
    </message>
    <message>
      <source>Deficit by unit</source>
      <translation>Бірліктер бойынша тапшылық</translation>
    </message>
    <message>
      <source>Deficit by unit ({unit})</source>
      <translation>Бірліктер бойынша тапшылық ({unit})</translation>
    </message>
    <message>
      <source>Demand</source>
      <translation>Қажеттілік</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Құжат</translation>
    </message>
    <message>
      <source>Edited in the Regional Standards panel on {date}; the source gives {old}.</source>
      <translation>«Өңірлік стандарттар» панелінде {date} өзгертілген; дереккөзде {old}.</translation>
    </message>
    <message>
      <source>Edition</source>
      <translation>Редакция</translation>
    </message>
    <message>
      <source>Enhanced 2SFCA (distance decay)</source>
      <translation>Жетілдірілген 2SFCA (қашықтыққа қарай әлсіреу)</translation>
    </message>
    <message>
      <source>Excel report</source>
      <translation>Excel есебі</translation>
    </message>
    <message>
      <source>Excel report written: {path}</source>
      <translation>Excel есебі жазылды: {path}</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
      <source>Export Excel report</source>
      <translation>Excel есебін экспорттау</translation>
    </message>
    <message>
      <source>Export Excel report…</source>
      <translation>Excel есебін экспорттау…</translation>
    </message>
    <message>
      <source>Facilities and their capacity</source>
      <translation>Нысандар және олардың қуаты</translation>
    </message>
    <message>
      <source>Facility layer</source>
      <translation>Нысандар қабаты</translation>
    </message>
    <message>
      <source>Green space</source>
      <translation>Жалпы пайдаланудағы жасыл желектер</translation>
    </message>
    <message>
      <source>Green space, sewerage and water supply</source>
      <translation>Жасыл желектер, кәріз және сумен жабдықтау</translation>
    </message>
    <message>
      <source>Hospitals (beds)</source>
      <translation>Ауруханалар (төсек-орындар)</translation>
    </message>
    <message>
      <source>Inputs</source>
      <translation>Бастапқы деректер</translation>
    </message>
    <message>
      <source>Kindergartens (places)</source>
      <translation>Балабақшалар (орындар)</translation>
    </message>
    <message>
      <source>Layer</source>
      <translation>Қабат</translation>
    </message>
    <message>
      <source>Meets norm</source>
      <translation>Норматив орындалған</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Әдіс</translation>
    </message>
    <message>
      <source>Name field</source>
      <translation>Атау өрісі</translation>
    </message>
    <message>
      <source>New pack id</source>
      <translation>Жаңа жинақтың идентификаторы</translation>
    </message>
    <message>
      <source>New pack title</source>
      <translation>Жаңа жинақтың атауы</translation>
    </message>
    <message>
      <source>No data</source>
      <translation>Деректер жоқ</translation>
    </message>
    <message>
      <source>No unit has a deficit.</source>
      <translation>Ешбір бірлікте тапшылық жоқ.</translation>
    </message>
    <message>
      <source>Norm</source>
      <translation>Норматив</translation>
    </message>
    <message>
      <source>Norm met (no deficit)</source>
      <translation>Норматив орындалған (тапшылық жоқ)</translation>
    </message>
    <message>
      <source>Norm pack</source>
      <translation>Нормативтер жинағы</translation>
    </message>
    <message>
      <source>Norm pack {pack} saved to {path}.</source>
      <translation>{pack} нормативтер жинағы {path} ішіне сақталды.</translation>
    </message>
    <message>
      <source>Norm pack {pack} {edition}; method: {method}.</source>
      <translation>Нормативтер жинағы {pack} {edition}; әдіс: {method}.</translation>
    </message>
    <message>
      <source>Norm values: {pack}</source>
      <translation>Норматив мәндері: {pack}</translation>
    </message>
    <message>
      <source>Norms and method</source>
      <translation>Нормативтер және әдіс</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Ескертпе</translation>
    </message>
    <message>
      <source>Polyclinics (visits per shift)</source>
      <translation>Емханалар (ауысымдағы келу саны)</translation>
    </message>
    <message>
      <source>Population field</source>
      <translation>Халық саны өрісі</translation>
    </message>
    <message>
      <source>Provision, %</source>
      <translation>Қамтамасыз етілу, %</translation>
    </message>
    <message>
      <source>Public green areas</source>
      <translation>Жалпы пайдаланудағы жасыл желектер</translation>
    </message>
    <message>
      <source>Regional Standards</source>
      <translation>Өңірлік стандарттар</translation>
    </message>
    <message>
      <source>Regional Standards results</source>
      <translation>Нәтижелер: өңірлік стандарттар</translation>
    </message>
    <message>
      <source>Residents with sewerage</source>
      <translation>Кәрізге қосылған тұрғындар</translation>
    </message>
    <message>
      <source>Residents with water supply</source>
      <translation>Сумен жабдықталған тұрғындар</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Нәтижелер</translation>
    </message>
    <message>
      <source>Run</source>
      <translation>Іске қосу</translation>
    </message>
    <message>
      <source>Run the checks first: there are no results to report.</source>
      <translation>Алдымен тексерулерді іске қосыңыз: есепке арналған нәтижелер жоқ.</translation>
    </message>
    <message>
      <source>Save as new pack</source>
      <translation>Жаңа жинақ ретінде сақтау</translation>
    </message>
    <message>
      <source>Schools (student places)</source>
      <translation>Мектептер (оқушы орындары)</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Қызмет</translation>
    </message>
    <message>
      <source>Sewerage and water supply</source>
      <translation>Кәріз және сумен жабдықтау</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Көрсету</translation>
    </message>
    <message>
      <source>Show the norm values with their sources; edit and save as a new pack</source>
      <translation>Норматив мәндерін дереккөздерімен көрсету; өзгертіп, жаңа жинақ ретінде сақтау</translation>
    </message>
    <message>
      <source>The Excel report was not written: {error}</source>
      <translation>Excel есебі жазылмады: {error}</translation>
    </message>
    <message>
      <source>The algorithm {alg} has no option {value} for {name}.</source>
      <translation>{alg} алгоритмінде {name} үшін {value} нұсқасы жоқ.</translation>
    </message>
    <message>
      <source>The algorithm {alg} is not installed; the check was not run.</source>
      <translation>{alg} алгоритмі орнатылмаған; тексеру орындалмады.</translation>
    </message>
    <message>
      <source>The check of {what} failed; see the Processing log.</source>
      <translation>«{what}» тексеруі сәтсіз аяқталды; Processing журналын қараңыз.</translation>
    </message>
    <message>
      <source>The check of {what} produced no layer.</source>
      <translation>«{what}» тексеруі қабат бермеді.</translation>
    </message>
    <message>
      <source>The checks are done: {n} result layers.</source>
      <translation>Тексерулер орындалды: нәтиже қабаттары — {n}.</translation>
    </message>
    <message>
      <source>The facility layer of {service} is no longer in the project.</source>
      <translation>«{service}» нысандар қабаты жобада енді жоқ.</translation>
    </message>
    <message>
      <source>The layer {layer} has no field {field}.</source>
      <translation>{layer} қабатында {field} өрісі жоқ.</translation>
    </message>
    <message>
      <source>Two-step floating catchment (2SFCA)</source>
      <translation>Екі қадамды жылжымалы қызмет көрсету аймағы (2SFCA)</translation>
    </message>
    <message>
      <source>Type an id for the new pack (small Latin letters, digits, _).</source>
      <translation>Жаңа жинақтың идентификаторын енгізіңіз (кіші латын әріптері, цифрлар, _).</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Бірлік</translation>
    </message>
    <message>
      <source>Units (districts or microdistricts)</source>
      <translation>Аумақтық бірліктер (аудандар немесе шағын аудандар)</translation>
    </message>
    <message>
      <source>Unverified norm values used: {keys}.</source>
      <translation>Тексерілмеген норматив мәндері пайдаланылды: {keys}.</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Көрсеткіш</translation>
    </message>
    <message>
      <source>Values…</source>
      <translation>Мәндер…</translation>
    </message>
    <message>
      <source>Wait until the running check ends.</source>
      <translation>Ағымдағы тексерудің аяқталуын күтіңіз.</translation>
    </message>
    <message>
      <source>Where it applies</source>
      <translation>Қолданылатын жері</translation>
    </message>
    <message>
      <source>Within the normative radius</source>
      <translation>Нормативтік радиус шегінде</translation>
    </message>
    <message>
      <source>e.g. {example}</source>
      <translation>мысалы, {example}</translation>
    </message>
    <message>
      <source>no</source>
      <translation>жоқ</translation>
    </message>
    <message>
      <source>no data</source>
      <translation>деректер жоқ</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>иә</translation>
    </message>
    <message>
      <source>{service} {key}: {text!r} is not a number.</source>
      <translation>{service} {key}: {text!r} — сан емес.</translation>
    </message>
    <message>
      <source>{service}: load of facilities</source>
      <translation>{service}: нысандардың жүктемесі</translation>
    </message>
    <message>
      <source>{title} — edition {edition}. Orange: not checked against the official text.</source>
      <translation>{title} — редакция {edition}. Қызғылт сары: ресми мәтінмен салыстырылмаған.</translation>
    </message>
    <message>
      <source>{what}: {error}</source>
      <translation>{what}: {error}</translation>
    </message>
  </context>
</TS>
