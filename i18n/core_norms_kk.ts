<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
  <context>
    <name>core</name>
    <message>
      <source>a text</source>
      <translation>мәтін</translation>
    </message>
    <message>
      <source>a text or a mapping en/ru/kk</source>
      <translation>мәтін немесе en/ru/kk сөздігі</translation>
    </message>
    <message>
      <source>a mapping with tier and/or development</source>
      <translation>tier және/немесе development бар сөздік</translation>
    </message>
    <message>
      <source>a mapping with value, unit, source, confidence</source>
      <translation>value, unit, source, confidence бар сөздік</translation>
    </message>
    <message>
      <source>a mapping with basis and rate, or basis, field and coverage_pct</source>
      <translation>basis және rate, немесе basis, field және coverage_pct бар сөздік</translation>
    </message>
    <message>
      <source>a mapping with capacity_unit, demand and values</source>
      <translation>capacity_unit, demand және values бар сөздік</translation>
    </message>
    <message>
      <source>a mapping with levels, statuses and population_rules</source>
      <translation>levels, statuses және population_rules бар сөздік</translation>
    </message>
    <message>
      <source>a mapping with tier and min_population and/or max_population</source>
      <translation>tier және min_population және/немесе max_population бар сөздік</translation>
    </message>
    <message>
      <source>a mapping of source keys to documents</source>
      <translation>«дереккөз кілті → құжат» сөздігі</translation>
    </message>
    <message>
      <source>a mapping of service ids</source>
      <translation>қызмет идентификаторларының сөздігі</translation>
    </message>
    <message>
      <source>a list of demand terms</source>
      <translation>қажеттілік құрамдастарының тізімі</translation>
    </message>
    <message>
      <source>a mapping of value keys</source>
      <translation>мән кілттерінің сөздігі</translation>
    </message>
    <message>
      <source>a mapping of tiers 1-5</source>
      <translation>1-5 деңгейлерінің сөздігі</translation>
    </message>
    <message>
      <source>a mapping of status to tier</source>
      <translation>«мәртебе → деңгей» сөздігі</translation>
    </message>
    <message>
      <source>a list of rules</source>
      <translation>ережелер тізімі</translation>
    </message>
    <message>
      <source>a mapping with document and edition</source>
      <translation>document және edition бар сөздік</translation>
    </message>
    <message>
      <source>an id</source>
      <translation>идентификатор</translation>
    </message>
    <message>
      <source>no demand basis of service {service} can be used: the units need one of the fields {fields}</source>
      <translation>{service} қызметі үшін қажеттілік есебінің бірде-бір негізін қолдану мүмкін емес: бірліктер қабатында {fields} өрістерінің бірі қажет</translation>
    </message>
    <message>
      <source>expected {expected}, got {got}</source>
      <translation>күтілгені: {expected}, алынғаны: {got}</translation>
    </message>
    <message>
      <source>a mapping of keys</source>
      <translation>кілттер сөздігі</translation>
    </message>
    <message>
      <source>a tier, or a mapping with tier and aliases</source>
      <translation>деңгей немесе tier және aliases бар сөздік</translation>
    </message>
    <message>
      <source>a list of texts</source>
      <translation>мәтіндер тізімі</translation>
    </message>
    <message>
      <source>unknown source {source!r}; the pack's sources are: {known}</source>
      <translation>белгісіз дереккөз {source!r}; жинақтың дереккөздері: {known}</translation>
    </message>
    <message>
      <source>norm pack {pack_id!r} not found; available packs: {known}</source>
      <translation>{pack_id!r} нормативтер жинағы табылмады; қолжетімді жинақтар: {known}</translation>
    </message>
    <message>
      <source>a pack with id {pack_id!r} already exists ({file}); choose another id</source>
      <translation>{pack_id!r} идентификаторы бар жинақ бұрыннан бар ({file}); басқа идентификатор таңдаңыз</translation>
    </message>
    <message>
      <source>expected {expected}, got {got!r}</source>
      <translation>күтілгені: {expected}, алынғаны: {got!r}</translation>
    </message>
    <message>
      <source>a tier from 1 to 5</source>
      <translation>1-ден 5-ке дейінгі деңгей</translation>
    </message>
    <message>
      <source>unverified norm value used: {service} {key} = {value} {unit} ({source}; {note})</source>
      <translation>тексерілмеген норматив мәні пайдаланылды: {service} {key} = {value} {unit} ({source}; {note})</translation>
    </message>
    <message>
      <source>cannot read the file: {error}</source>
      <translation>файлды оқу мүмкін емес: {error}</translation>
    </message>
    <message>
      <source> (line {line})</source>
      <translation> ({line}-жол)</translation>
    </message>
    <message>
      <source>the key appears twice{where}; each key (and each service) may appear only once</source>
      <translation>кілт екі рет кездеседі{where}; әр кілт (және әр қызмет) тек бір рет кездесуі тиіс</translation>
    </message>
    <message>
      <source>not valid YAML or JSON: {error}</source>
      <translation>жарамсыз YAML немесе JSON: {error}</translation>
    </message>
    <message>
      <source>missing value; expected {expected}</source>
      <translation>мән жоқ; күтілгені: {expected}</translation>
    </message>
    <message>
      <source>missing key; expected {expected}</source>
      <translation>кілт жоқ; күтілгені: {expected}</translation>
    </message>
    <message>
      <source>the English title</source>
      <translation>ағылшынша атауы</translation>
    </message>
    <message>
      <source>an id of lower-case latin letters, digits and _</source>
      <translation>кіші латын әріптерінен, цифрлардан және _ тұратын идентификатор</translation>
    </message>
    <message>
      <source>a number &gt;= 0</source>
      <translation>&gt;= 0 сан</translation>
    </message>
    <message>
      <source>not a number: {got!r}; expected a number &gt;= 0</source>
      <translation>сан емес: {got!r}; &gt;= 0 сан күтілді</translation>
    </message>
    <message>
      <source>negative value {got}; expected a number &gt;= 0</source>
      <translation>теріс мән {got}; &gt;= 0 сан күтілді</translation>
    </message>
    <message>
      <source>a unit</source>
      <translation>өлшем бірлігі</translation>
    </message>
    <message>
      <source>unknown unit {unit!r}; expected one of: {known}</source>
      <translation>белгісіз өлшем бірлігі {unit!r}; мыналардың бірі күтілді: {known}</translation>
    </message>
    <message>
      <source>unknown confidence {got!r}; expected one of: {known}</source>
      <translation>белгісіз сенімділік дәрежесі {got!r}; мыналардың бірі күтілді: {known}</translation>
    </message>
    <message>
      <source>a note saying why the value is unverified</source>
      <translation>мәннің неге тексерілмегені туралы ескертпе</translation>
    </message>
    <message>
      <source>a value or a list of variants</source>
      <translation>мән немесе нұсқалар тізімі</translation>
    </message>
    <message>
      <source>min_population and/or max_population</source>
      <translation>min_population және/немесе max_population</translation>
    </message>
    <message>
      <source>cycle of parents: {cycle}; expected a chain that ends at a pack without parent</source>
      <translation>ата-аналық жинақтар циклі: {cycle}; ата-аналығы жоқ жинақпен аяқталатын тізбек күтілді</translation>
    </message>
    <message>
      <source>parent pack {parent!r} not found; expected one of: {known}</source>
      <translation>{parent!r} ата-аналық жинағы табылмады; мыналардың бірі күтілді: {known}</translation>
    </message>
    <message>
      <source>service {service!r} is not in norm pack {pack!r} (it has: {known})</source>
      <translation>{service!r} қызметі {pack!r} нормативтер жинағында жоқ (онда барлары: {known})</translation>
    </message>
    <message>
      <source>unknown key; expected one of: {known}</source>
      <translation>белгісіз кілт; мыналардың бірі күтілді: {known}</translation>
    </message>
    <message>
      <source>a rate per 1000</source>
      <translation>1000 тұрғынға шаққандағы норма</translation>
    </message>
    <message>
      <source>a cohort field and a coverage %</source>
      <translation>жас тобы өрісі және қамту %</translation>
    </message>
    <message>
      <source>two variants with the same conditions {when}; expected different conditions</source>
      <translation>шарттары бірдей екі нұсқа {when}; әртүрлі шарттар күтілді</translation>
    </message>
    <message>
      <source>pack id {pack_id!r} is already defined in {other}</source>
      <translation>{pack_id!r} жинақ идентификаторы {other} ішінде бұрыннан анықталған</translation>
    </message>
    <message>
      <source>give a tier field, a status field or a population field</source>
      <translation>деңгей өрісін, мәртебе өрісін немесе халық саны өрісін көрсетіңіз</translation>
    </message>
    <message>
      <source>norm pack {pack!r} has no settlement tier rules; expected a tiers section with statuses</source>
      <translation>{pack!r} нормативтер жинағында елді мекен деңгейлерінің ережелері жоқ; мәртебелері бар tiers бөлімі күтілді</translation>
    </message>
    <message>
      <source>no tier in features {ids}; give a status or population field to assign it</source>
      <translation>{ids} нысандарында деңгей жоқ; оны анықтау үшін мәртебе немесе халық саны өрісін көрсетіңіз</translation>
    </message>
    <message>
      <source>the tier cannot be decided for features {ids}: no tier, known status or population rule in {fields}</source>
      <translation>{ids} нысандарының деңгейін анықтау мүмкін емес: {fields} ішінде деңгей, белгілі мәртебе немесе халық саны ережесі жоқ</translation>
    </message>
    <message>
      <source>expected a tier from 1 to 5 in features {ids} (e.g. {value!r})</source>
      <translation>{ids} нысандарында 1-ден 5-ке дейінгі деңгей күтілді (мысалы, {value!r})</translation>
    </message>
    <message>
      <source>unknown settlement status {value!r} in features {ids}; known statuses: {known}</source>
      <translation>{ids} нысандарында белгісіз елді мекен мәртебесі {value!r}; белгілі мәртебелер: {known}</translation>
    </message>
  </context>
</TS>
