"""Dutch terms for an English question: what the documents call the things an English speaker names.

The documents are Dutch. e5-small brings an English question near its Dutch passage, but not
always near enough: "How many municipalities take part in the Safe Cities programme?" scores
below the answer threshold, because nothing in it looks like "Veilige Steden" or "gemeenten", and
BM25 finds no English word in the Dutch text at all. So an English (or other non-Dutch) question
gets the Dutch terms of the English words it uses appended for retrieval and sentence scoring
(`with_dutch_terms`); the question shown and the language decision stay the question's own.

The list is general vocabulary of Dutch emancipation and equality policy and of the state
(institutions, programme names as they are usually translated, the policy words), written once
from that field, not from the gold questions; a term the documents do not use costs nothing (BM25
ignores it, and one extra word barely moves the e5 vector). New documents on other subjects need
their own words here: an English question on them still works through e5 alone, as before.
"""

from __future__ import annotations

import re

# What a report is of when it is an incident's "melding", not a document's "rapport"
# ("reports of anti-LGBTIQ+ discrimination", "reports and complaints of discrimination")
_OF_INCIDENTS = r"(?: (?:and|or) (?:complaints?|charges?|criminal complaints?))? (?:of|on|about) (?:[\w+-]+ ){0,2}?(?:discrimination|violence|harassment|abuse|incidents?|hate)"
# The Caribbean islands, by the names the documents give them (they say no "eilanden"), for a question that says
# "the islands" and names none of them itself (from the start of the question: a name before the word counts too)
ISLANDS = "Bonaire Sint Eustatius Saba openbare lichamen"
ISLANDS_UNNAMED = r"^(?![^?]*(?:bonaire|saba|statia|eustatius|caribisch|caribbean))[^?]*?\b{word}"
# Good news asked for: a change for the better (also an answer type, `rag.answer.ANSWER_TYPES`)
GOOD_NEWS_NL = (r"lichtpunt(?:je)?s?|lichtpunten|goed nieuws|iets positiefs?|iets hoopvols?|hoopgevende? (?:signalen|ontwikkelingen?|punten)|positieve (?:ontwikkelingen?|signalen|punten|kanten)"
                # ("Is er ook iets dat beter gaat?", "gaat er ook iets goed?")
                r"|(?:iets|dingen|zaken) (?:dat|die|wat) (?:wel )?(?:beter|goed) (?:gaat|gaan)|gaat er (?:ook )?(?:iets|wat) (?:wel )?(?:beter|goed)")
GOOD_NEWS_EN = r"good news|positive (?:signs?|signals?|news|developments?|trends?)|bright spots?|silver lining|anything positive|anything (?:hopeful|encouraging)|encouraging (?:signs?|news)"
GOOD_NEWS_TERMS = "stijging verbetering vooruitgang"
# A social-media platform named by the asker is one of the online platforms the documents speak of in general
PLATFORM_NAMES = frozenset("tiktok instagram facebook snapchat youtube whatsapp telegram discord reddit twitch".split())
PLATFORMS = "|".join(sorted(PLATFORM_NAMES))
PLATFORM_TERMS = "onlineplatforms sociale media"
# (English pattern, the Dutch terms), matched case-insensitively on word boundaries.
GLOSSARY: tuple[tuple[str, str], ...] = (
    # the state and its people
    (r"municipalit(?:y|ies)|local authorit(?:y|ies)|city councils?", "gemeenten"),
    (r"provinces?", "provincies"),
    (r"earmarked (?:money|funds|funding|grants?|payments?)|special[- ]purpose (?:grants?|payments?|funding)", "Decentrale Uitkeringen"),
    (r"state secretary|junior minister", "staatssecretaris"),
    # ("What tool can a public body use once it finds out its algorithm discriminates?")
    (r"public (?:bod(?:y|ies)|organi[sz]ations?|authorit(?:y|ies)|agenc(?:y|ies)|institutions?)|government (?:bod(?:y|ies)|organi[sz]ations?|agenc(?:y|ies))",
     "overheidsorganisatie overheidsorganisaties"),
    (r"caretaker|outgoing (?:government|cabinet|minister)|interim (?:government|cabinet)", "demissionair"),
    (r"government commissioner|commissioner", "regeringscommissaris"),
    (r"parliament|house of representatives|lower house|mps|members of parliament", "Tweede Kamer uw Kamer"),
    (r"parliamentary questions?", "Kamervragen"),
    (r"ministry of education|education ministry|education minister", "OCW"),
    (r"ministry of (?:justice|security)|justice ministry", "JenV"),
    (r"ministry of social affairs|social affairs", "SZW"),
    (r"ministry of (?:the )?interior|interior ministry", "BZK"),
    (r"ministry of (?:health|public health)|health ministry", "VWS"),
    (r"ministry of defen[cs]e|armed forces|military|army|soldiers?", "Defensie krijgsmacht"),
    (r"foreign affairs|foreign ministry", "Buitenlandse Zaken"),
    (r"police", "politie"),
    (r"(?:police )?officers", "politiemedewerkers"),
    (r"public prosecut\w+", "Openbaar Ministerie"),
    (r"human rights institute|(?:netherlands )?institute for human rights|human rights (?:watchdog|body|regulator|authority|commission)",
     "College voor de Rechten van de Mens CRM"),
    (r"data protection authority|dutch dpa", "Autoriteit Persoonsgegevens AP"),
    (r"fundamental rights (?:authorit(?:y|ies)|bod(?:y|ies)|supervisors?)", "grondrechtenautoriteit grondrechtenautoriteiten"),
    (r"fundamental rights", "grondrechten"),
    (r"statistics netherlands", "CBS"),
    (r"caribbean netherlands|bonaire|sint eustatius|saba|statia", "Caribisch Nederland"),
    (r"caribbean(?! netherlands)", "Bonaire Sint Eustatius Saba Caribisch Nederland"),  # "And in the Caribbean part?"
    (ISLANDS_UNNAMED.format(word="islands"), ISLANDS),  # "What about the islands?" (when the question names none)
    (r"member states?", "lidstaten"),
    (r"european commission|brussels", "Europese Commissie"),
    (r"council of europe", "Raad van Europa"),
    # (countries that want to become members: "what does the Netherlands want the EU to demand from countries that want to join?")
    (r"join(?:s|ing)? the (?:eu|european union)|(?:eu )?accession|candidate (?:countries|member states)|(?:countries|states) (?:that|which|who) (?:want|wish|seek|hope|aim) to join",
     "toetreden toetreding"),
    (r"general affairs council", "Raad Algemene Zaken"),
    (r"(?:public|online|internet) consultation|comment (?:on it )?online", "internetconsultatie"),
    (r"(?:joint )?(?:statements?|declarations?)(?! of (?:intent|principles))", "verklaring"),
    (r"council of state", "Raad van State"),
    (r"united nations", "VN"),
    # programmes and laws, as usually translated
    (r"safe cities", "Veilige Steden"),
    (r"rainbow cities", "Regenboogsteden"),
    (r"change from within(?: 2\.0)?", "Verandering van Binnenuit"),
    (r"become who you are", "Worden Wie je Bent"),
    (r"young (?:and )?equal", "Jong Gelijk"),
    (r"men'?s alliance|alliance of men", "mannenalliantie"),
    (r"stop femicide", "Stop femicide"),
    (r"national action programme|action programme", "Nationaal Actieprogramma"),
    (r"priorit(?:y|ies) letter|letter (?:on|of|setting out|with) (?:the |its |their )?priorities", "Prioriteitenbrief"),
    (r"emancipation (?:policy )?(?:letter|paper|memorandum)|policy letter", "Emancipatienota"),
    (r"emancipation monitor", "Emancipatiemonitor"),
    (r"lgbti?q?\+? monitor", "Lhbtiqa+-monitor"),
    (r"ai act|ai regulation|artificial intelligence act|(?:eu |european )?ai (?:rules|law)", "AI-verordening"),
    (r"digital services act", "Digitaledienstenverordening DSA"),
    (r"gdpr|general data protection regulation", "AVG Algemene Verordening Gegevensbescherming"),
    (r"algorithm (?:framework|register)", "Algoritmekader"),
    (r"equal treatment", "gelijke behandeling"),
    (r"directive", "richtlijn"),
    (r"(?<!ai )(?<!eu )(?<!rule of )(?:legislation|laws?)(?! (?:enforcement|firms?|students?))|legislat(?:e|es|ed|ing)", "wetgeving wet"),
    (r"semi-?public sector", "semi-publieke sector"),
    (r"women at the top|top women", "topvrouwen topposities"),
    (r"proposals?", "voorstel"),
    (r"victims?|victimi[sz]ation", "slachtoffer"),
    (r"istanbul convention", "Verdrag van Istanbul"),
    (r"sexual offen[cs]es act", "Wet seksuele misdrijven"),
    (r"school boards?", "schoolbesturen"),
    (r"politics|politicians?|political (?:office|careers?|representation|parties|party)|run(?:ning)? for (?:office|parliament|election)", "politiek politici"),
    (r"(?:company )?(?<!school )boards?|board of directors|supervisory boards?|top positions?|top jobs?", "bestuur raad van commissarissen topposities"),
    (r"(?:company\s+)?(?:board members?|directors|executives)", "bestuurders"),
    (r"business world|private sector|(?:the )?corporate sector|companies|company", "bedrijfsleven"),
    (r"quotas?|target figures?", "quotum streefcijfer"),
    (GOOD_NEWS_EN, GOOD_NEWS_TERMS),
    (PLATFORMS, PLATFORM_TERMS),
    (r"still (?:going up|growing|rising|increasing|climbing)|keeps? (?:on )?(?:growing|rising|increasing|going up)", "blijft groeien"),
    (r"(?:is|was) (?:that|this|it) (?:plan )?(?:actually |really )?new|(?:previously|already|earlier) announced|announced (?:it )?(?:before|earlier)", "eerder aangekondigd"),
    (r"(?:what|which|the|a|any)\s+(?:\w+\s+)?targets?|aim(?:s|ing)?\s+(?:for|at)|striv(?:e|es|ing)\s+(?:for|towards?)", "streven"),
    # violence and safety
    (r"sexual harassment|sexual misconduct|transgressive behaviou?r", "seksueel grensoverschrijdend gedrag"),
    (r"sexual violence|sexual abuse|rape", "seksueel geweld"),
    (r"domestic violence|intimate partner violence|family violence", "huiselijk geweld"),
    (r"violence against women", "geweld tegen vrouwen"),
    (r"femicides?|murders? of women|killings? of women", "femicide"),
    (r"forced marriages?", "huwelijksdwang"),
    (r"female genital mutilation|female circumcision|fgm", "vrouwelijke genitale verminking"),
    (r"harmful (?:traditional )?practices", "schadelijke praktijken"),
    (r"mean by|meant by|definitions?|defined?s?", "staat voor definitie verstaan onder"),
    (r"deep ?fakes?|deep ?nudes?|nudify|nude images?|fake nudes?", "deepnudes"),
    (r"online hate|hate speech|hateful", "online haat haatzaaien"),
    (r"hate crimes?", "haatmisdrijven"),
    (r"harassment|intimidation", "intimidatie"),
    (r"street harassment|catcall\w*|harass(?:ed|ment)? (?:on|in) the streets?|harassed in public", "straatintimidatie"),
    (r"pubs?|nightclubs?|nightlife|hospitality (?:sector|industry|venues?)", "horecabedrijven uitgaan"),
    (r"doxx?ing", "doxing"),
    # doxing described ("had their home address posted online to scare them"), as the Dutch in PLAIN_DUTCH
    (r"(?:address(?:es)?|phone numbers?|personal (?:details|data|information))(?: [\w'’-]+){0,5} (?:posted|put|shared|published|spread|leaked)"
     r"(?: [\w'’-]+){0,2} (?:online|on the internet|on social media)"
     r"|(?:post(?:s|ed|ing)?|put(?:s|ting)?|shar(?:e|es|ed|ing)|publish(?:es|ed|ing)?|leak(?:s|ed|ing)?)(?: [\w'’-]+){0,3} (?:home )?address(?:es)?"
     r"(?: [\w'’-]+){0,2} online", "doxing persoonsgegevens"),
    (r"disinformation|misinformation", "desinformatie"),
    (r"conspiracy theor\w+", "complottheorieën"),
    (r"(?:anti-)?bullying|bullied|bully", "pesten pestcijfers"),
    # a report of an incident is a "melding"; a report that is a document is a "rapport" (its own entry below)
    (rf"complaints?|reporting|reported|reports?{_OF_INCIDENTS}|"
     r"(?:incident|discrimination|police) reports?|(?:number|rise|increase|decline) of reports", "meldingen"),
    (r"discrimination|discriminat\w+", "discriminatie"),
    (r"anti-discrimination (?:services|agencies|bureaus?)", "antidiscriminatievoorzieningen"),
    # groups
    (r"lgbt\w*\+?|queer|gay and lesbian|gays?|lesbians?", "lhbtiq+"),
    (r"transgender|trans people|trans persons", "transgender personen"),
    (r"intersex", "intersekse"),
    (r"non-?binary", "non-binaire"),
    (r"girls?", "meisjes"),
    (r"boys?", "jongens"),
    (r"young people|youth|teenagers?|teens?|adolescents?", "jongeren"),
    (r"pupils?|students?|schoolchildren", "leerlingen studenten"),
    (r"schools?", "scholen onderwijs"),
    # the Dutch school system by its English names
    (r"(?:secondary |senior secondary )?vocational (?:education|training|colleges?|schools?|students?)|vocational|vet colleges?", "mbo"),
    (r"universit(?:y|ies) of applied sciences?|higher professional education|applied sciences?", "hbo"),
    (r"(?:primary|elementary) and (?:secondary|high) (?:schools?|education)|k-12|compulsory (?:schooling|education)", "funderend onderwijs"),
    (r"secondary (?:schools?|education)|high schools?", "voortgezet onderwijs"),
    (r"further (?:and higher )?education|post-?secondary (?:education|schools?)|tertiary education|colleges and universities", "vervolgonderwijs"),
    (r"(?:safety )?duty of care|(?:legal|statutory) (?:duty|obligation) to (?:keep|make)\s+(?:[\w-]+\s+){0,2}?safe", "zorgplicht"),
    (r"primary (?:schools?|education)|elementary schools?", "basisonderwijs primair onderwijs"),
    (r"school (?:levels?|types?|sectors?)|(?:levels?|types?) of (?:education|schooling|schools?)", "primair voortgezet beroepsonderwijs"),
    (r"teacher training (?:colleges?|courses?|programmes?)|teacher education", "pabo lerarenopleiding"),
    (r"teachers?", "leraren docenten"),
    (r"confidential (?:advis[eo]rs?|counsell?ors?|contacts?(?: persons?)?)|trusted (?:adults?|persons?)|(?:school )?counsell?ors?", "vertrouwenspersonen"),
    (r"(?:intellectual|learning|mental) disabilit(?:y|ies)|learning difficult(?:y|ies)|intellectually disabled", "verstandelijke beperking"),
    (r"(?:work(?:-related)?|occupational|physical) disabilit(?:y|ies)|disabled (?:people|workers|employees)|(?<!intellectual )(?<!learning )(?<!mental )disabilit(?:y|ies)", "arbeidsbeperking beperking"),
    (r"gender[- ]sensitive(?:ly)?", "gendersensitief"),
    (r"job ?coach(?:ing|es)?|coach(?:ing|ed)? (?:people|them|workers)|guid(?:e|ing|ance) (?:people|them|workers) (?:into|to) work", "begeleiden begeleiding"),
    (r"single (?:mothers?|moms?|mums?|parents?)|lone (?:mothers?|parents?)", "alleenstaande moeders"),
    (r"mothers?", "moeders"),
    (r"migrants?|migration background|immigrants?", "migratieachtergrond"),
    (r"roma|sinti", "Sinti en Roma"),
    (r"refugees?|asylum (?:seekers?|status)|status holders?|residence permit holders?", "statushouders vluchtelingen"),
    (r"bystanders?|(?:who|that) (?:see|sees|witness|witnesses) (?:something|it|abuse|violence)|witness(?:es|ing)? (?:abuse|violence|it)", "omstanders"),
    (r"civic integration|integration (?:course|programme|program|exam)s?", "inburgeraars inburgering"),
    (r"employers?|companies|businesses", "werkgevers bedrijven"),
    # work, money and care
    (r"(?:gender )?pay gap|wage gap|equal pay", "loonkloof gelijke beloning loontransparantie verdienen"),
    (r"hourly|per hour|an hour", "per uur"),
    (r"push(?:es|ing|ed)? (?:\S+ ){0,8}?(?:forward|ahead)|driv(?:e|es|ing) (?:\S+ ){0,8}?forward|spearhead\w*|(?:who|which \w+)(?: is|'s| are)? driv(?:es|ing)\b", "aanjagen aan te jagen"),
    (r"pay transparency|wage transparency", "loontransparantie"),
    (r"part-?time", "deeltijd"),
    (r"working hours|hours? (?:a|per) week", "uren werken arbeidsduur"),
    (r"economic(?:ally)? independen\w+|financial(?:ly)? independen\w+", "economische zelfstandigheid financieel onafhankelijk"),
    # (gender mainstreaming: each ministry is responsible for its own policy)
    (r"line ministr(?:y|ies)|individual ministries|(?:each|every) (?:individual )?ministry|sectoral ministries", "departementen zelf verantwoordelijk"),
    (r"labou?r market", "arbeidsmarkt"),
    (r"employment rates?|(?:in|have|has|with) (?:a )?(?:paid|paying) (?:work|jobs?)|labou?r (?:force )?participation", "betaald werk arbeidsparticipatie"),
    (r"childcare|child care", "kinderopvang"),
    (r"(?:parental|maternity|paternity|care) leave", "verlof ouderschapsverlof"),
    (r"transition leave", "transitieverlof"),
    (r"(?<!transition )(?<!parental )(?<!maternity )(?<!paternity )(?<!care )leave (?:system|scheme|rules|arrangements?|policy)|(?<=on )leave\b", "verlof verlofstelsel"),
    (r"in the meantime|meanwhile", "in de tussentijd"),
    (r"pregnan\w+", "zwangerschap zwanger"),
    (r"informal care|(?:family )?carers?|caregiv\w+|(?:car(?:e|es|ing) for|(?:take|takes|taking|took) care(?: of)?|look(?:s|ing)? after) (?:a |my |his |her |their |an )?(?:sick |ill |elderly |disabled |old )?"
     r"(?:relatives?|parents?|mother|father|family(?: members?)?|partner|child|loved ones?)", "mantelzorg mantelzorgers"),
    (r"internships?|work placements?|traineeships?", "stage stages stagediscriminatie"),
    (r"(?:job )?applicants?|job applications?|hiring (?:process|decisions?|procedures?)", "werving en selectie"),
    (r"computer (?:programs?|programmes?|systems?)|automated (?:systems?|decisions?)", "algoritmes AI-systemen"),
    (r"unfair(?:ly)?|unjust(?:ly)?", "discriminerend bevooroordeeld"),
    (r"police network|(?:special |own )?(?:group|network|unit|team)s? (?:within|in|of|at) the police|police (?:[\w-]+ ){0,3}?(?:group|unit|team|network)s? for", "politienetwerk netwerken politie"),
    (r"women'?s health|female health", "vrouwengezondheid"),
    (r"(?:typically |specifically )?(?:female|women'?s) (?:complaints|conditions|ailments|health (?:problems|issues|complaints))", "vrouwspecifieke gezondheid gezondheidsproblemen"),
    (r"transgender care|gender-affirming care", "transgenderzorg"),
    (r"waiting lists?", "wachtlijsten"),
    (r"funding|subsid(?:y|ies)|grants?", "subsidie financiering"),
    (r"pays? for|paying for|paid for|funds|funded|finances|financed|bankroll\w*", "financiert gefinancierd"),
    (r"budget cuts|cuts|savings|slash(?:es|ed|ing)?|cutting back|austerity", "bezuinigingen"),
    (r"report(?:ing)? (?:an? |the |their |my )?(?:incident|attack|crime|hate crime|abuse)s?|reporting (?:point|platform|tool|site|app|line)s?"
     r"|(?:somewhere|someplace|a place|where) (?:[\w+-]+ )?(?:can |could |should )?(?:go )?(?:to )?report"
     r"|report(?:ing)? (?:being|having been) \w+", "meldpunt meldplatform melden"),
    (r"(?:grants?|subsid(?:y|ies)|funding) (?:already )?(?:given|awarded|granted|running|under way)|(?:existing|current|ongoing|running) (?:grants?|subsid(?:y|ies)|funding)",
     "lopende subsidies"),
    (r"(?:the )?money (?:\S+ ){0,4}?come from|(?:source of|where) (?:\S+ ){0,3}?(?:the )?(?:money|funding)", "middelen beschikbaar gekomen vanuit"),
    (r"gender bias|bias", "genderbias vooringenomenheid"),
    (r"(?:digital )?skills|literacy", "vaardigheden basisvaardigheden"),
    (r"stem|tech(?:nology)? (?:studies|education)|ict", "ICT techniek bèta"),
    # "IT" as a field, never the pronoun: "working in IT", "IT specialists", "the IT sector"
    (r"(?-i:IT)(?= (?:sector|jobs?|professionals?|specialists?|workers?|workforce|industry|careers?))|(?<=in )(?-i:IT)\b|ict specialists?|tech (?:sector|jobs|workers)",
     "ICT-specialisten"),
    (r"supervis\w+|oversight|overs(?:ee|ees|eeing|een|aw)|regulators?|watchdogs?|keeps? an eye on", "toezicht toezichthouders zien erop toe"),
    (r"research programmes?|knowledge programmes?|research agenda", "kennisprogramma onderzoeksprogramma"),
    (r"online (?:course|courses|training|trainings|module)|e-?learning", "e-learning online cursus"),
    (r"checks? (?:that|whether|on|up)|enforc\w+|compliance|compl(?:y|ies)", "toezicht naleving handhaving"),
    (r"runs|running|run by|in charge of|coordinat\w+|leads", "coördineert leidt"),
    # policy work
    (r"radicali[sz]\w+|extremis\w+", "radicalisering"),
    (r"(?:search(?:es|ed|ing)?|look(?:s|ed|ing)? up) (?:for )?(?:[\w-]+ ){0,3}?(?:content|videos?|material|stuff|extremis\w+)", "zoekproces zoekgedrag"),
    (r"(?:notice|notices|noticing|recogni[sz]e|recogni[sz]es|recogni[sz]ing|spot|spotting) (?:the )?(?:signs?|signals?|warning signs?|red flags)|warning signs?|red flags|(?:who|that) notice",
     "signalen herkennen"),
    (r"older people|elderly|seniors|pensioners|retirees|old age", "jong en oud"),
    (r"(?:digital |online )?resilien\w+", "weerbaarheid"),
    (r"media literacy", "mediawijsheid"),
    (r"core objectives|attainment targets|curriculum", "kerndoelen curriculum"),
    (r"more hours works!?", "Meer uren werkt!"),
    (r"purple friday", "Paarse Vrijdag"),
    (r"high-?risk", "hoog-risico"),
    (r"effectiveness|evaluat\w+|(?:actually|really) works?|what works", "evaluatie effectiviteit"),
    (r"next steps?|what happens next|what comes next", "volgende stap vervolg"),
    (r"simpler|simplif\w+|less (?:complicated|confusing)|easier to (?:use|understand)", "vereenvoudiging eenvoudig"),
    (r"stall(?:ed|s|ing)?|(?:got |is |are )?stuck|(?:hasn't|has not|haven't|have not) (?:progressed|moved|gone) (?:forward|further|anywhere)?|no progress|"
     r"going nowhere|bogged down", "niet verder gekomen"),
    (r"willing(?:ness)? to report|report(?:ing|s)? (?:[\w+-]+ ){0,2}?more often|more (?:likely )?to report|under-?report\w*", "meldingsbereidheid"),
    (r"progress reports?", "voortgangsrapportage"),
    # (not the verb: "where women can report being harassed", "how to report it")
    (rf"(?<!progress )(?<!can )(?<!could )(?<!should )(?<!must )(?<!to )reports?(?!{_OF_INCIDENTS})|studies|study", "rapport onderzoek"),
    (r"progress", "vooruitgang voortgang"),
    (r"learn(?:ed|t|s)?|lessons? (?:learn(?:ed|t)|drawn|from)|(?:what|which) lessons?", "duidelijk geworden"),
    (r"(?:online |hours |income )?calculators?|calculation tool", "WerkUrenBerekenaar bereken"),
    (r"calculat(?:e|es|ed|ing)", "WerkUrenBerekenaar bereken"),
    (r"take-home pay|net (?:pay|income|salary|wages?)|disposable income|what (?:they|you|we) (?:actually )?take home", "netto besteedbaar inkomen nettosalaris"),
    (r"(?:lgbti?q?\+? )?(?:safety|regional) (?:consultations?|meetings?|talks)", "veiligheidsoverleg overleg"),
    (r"measur(?:e|es|ed|ing)(?! up)|monitored|monitoring", "monitor meting"),
    (r"(?:the )?(?:latest|most recent) (?:editions?|issues?|versions?|reports?|figures|monitors?)", "meest recente edities"),
    (r"homosexual\w*", "homoseksualiteit homoseksuele"),
    (r"acceptance|accepted|accepting", "acceptatie"),
    (r"sex(?:ual)? education|sexuality education|relationships and sexuality", "seksuele voorlichting seksualiteit"),
    (r"rule of law", "rechtsstaat"),
    (r"powers|mandate", "bevoegdheden"),
    (r"stance|position on|view on|(?:where|how) (?:does|do) (?:[\w-]+ ){1,3}?stand(?: on)?", "standpunt positief"),
    (r"couples", "stellen"),
    (r"signed|signatories|signature", "ondertekend"),
    (r"rolled back|roll(?:ing)? back|backlash|pushback", "terugdraaien tegenbeweging onder druk"),
    (r"worried|concerned|concerns", "zorgen"),
    (r"(?:health ?care |care |medical )?(?:workers|professionals|providers|practitioners)(?= (?:learn|know|are trained|get trained|understand))|health ?care (?:workers|professionals|providers)|care (?:workers|providers)|medical professionals|doctors and nurses", "zorgverleners"),
    (r"health ?care|medical care", "gezondheidszorg zorg"),
    (r"prevent(?:ion|ive)", "preventie preventieve"),
    (r"hungar\w+|budapest", "Hongarije"),  # (the government by its capital: "What exactly are they asking Budapest to do?")
    (r"(?:every|each|once a) year|annually|yearly", "jaarlijks"),
    (r"safety polic(?:y|ies)", "veiligheidsbeleid"),
    (r"perpetrators?|offenders?|abusers?", "plegers daders"),
    (r"benchmarks?|(?<!safety )standards", "standaarden"),
    (r"(?:school )?safety (?:bill|act|law)|(?:bill|act|law) on (?:free and )?safe (?:education|schools)", "wetsvoorstel vrij en veilig onderwijs"),
    (r"review(?:s|ed|ing)?(?= (?:their|its|the|his|her|our|your) )", "evalueren"),
    (r"t(?:ake|akes|ook|aken|aking) (?:a )?(?:stand|position|public stance|stance)|spoke(?:n)? out|speak(?:s|ing)? out", "verklaring standpunt"),
    (r"motions?", "motie"),
    (r"counter[- ]?strateg(?:y|ies)", "contrastrategie"),
    (r"tools?|toolkits?", "instrumenten hulpmiddelen"),
    (r"protocols?|playbooks?|step-by-step plans?|procedures? to follow", "discriminatieprotocol"),
    (r"keep(?:s|ing)? track|track(?:s|ed|ing)?|monitor(?:s|ed|ing)? (?:what|how|who)", "bijhouden bij te houden"),
    (r"continue[sd]?|continuing|carry on|carried on|keep going|extended", "voortgezet verlengd"),
    (r"based on|what (?:is|was) (?:that|this|it) based on|where does (?:that|this)(?: (?:picture|image|view|finding|conclusion|figure|number|assessment))? come from", "blijkt uit"),
    (r"(?:human|fundamental) rights (?:and algorithms )?(?:impact )?(?:assessments?|tests?|checks?|screening)", "IAMA Impact Assessment Mensenrechten"),
    (r"classif(?:y|ies|ied|ying|ication)|categori[sz](?:e|es|ed|ing|ation)|sort(?:s|ed)? (?:AI|systems)", "deelt in indeling categorieën"),
    (r"(?:her|his|their|own) (?:mission|task|duty|calling)|(?:democratic )?mission", "opdracht"),
    (r"(?:closing|final|concluding) (?:section|paragraph|words|remarks)|the end of the (?:[\w-]+ ){0,3}?(?:letter|note|policy (?:paper|letter)|memorandum|memo|paper)", "Afsluiting"),
)
PATTERNS = tuple((re.compile(rf"(?<![\w-])(?:{en})(?![\w-])", re.I), nl) for en, nl in GLOSSARY)


# Abbreviations users write where the documents write the term out ("Wat doet het kabinet tegen SGG?"): a query term
# here, and a name's other form in `rag.constraints.name_forms` (not in the alias table, where a term would count as a
# name that a claim's evidence must repeat).
ABBREVIATIONS = {"sgg": "seksueel grensoverschrijdend gedrag",
                 "tk": "Kamer",  # ("naar de TK": "bij uw Kamer")
                 "gl-pvda": "GroenLinks-PvdA",  # (the party's usual short name; the documents write it out)
                 "lvb": "verstandelijke beperking",  # (licht verstandelijk beperkt)
                 "pva": "plan van aanpak",  # (civil-service shorthand: "het PvA online discriminatie")
                 "vaw": "geweld tegen vrouwen",  # (EU shorthand: "the VAW directive", violence against women)
                 "rvc": "raad van commissarissen", "rvb": "raad van bestuur"}  # (company boards: "bestuur en RvC")


# "controleert" with a person as its object, before or after it, is one person controlling another, no supervision
# ("een vriend die haar controleert en slaat", "hij controleert haar telefoon")
NO_PERSON_BEFORE = r"(?<!haar )(?<!hem )(?<!mij )(?<!me )(?<!je )(?<!jou )(?<!ons )(?<!hen )(?<!ze )"
NO_PERSON_AFTER = r"(?!\s+(?:haar|hem|mij|me|je|jou|ons|hen|ze|zijn|mijn|jouw)\b)"

# Everyday Dutch for what the documents call by another name: a Dutch question gets the documents' term appended for
# retrieval ("dames in het leger" also searches "vrouwen Defensie"). General vocabulary, like GLOSSARY: a term the
# documents do not use costs nothing.
PLAIN_DUTCH: tuple[tuple[str, str], ...] = (
    (r"(?:het )?leger|krijgsmacht|militairen|het militaire apparaat", "Defensie"),
    (r"tegen-?strateg(?:ie|ieën)|tegenoffensief", "contrastrategie"),
    (r"meiden|meid", "meisjes"),
    # ("Waarom is verborgen discriminatie door algoritmes zo lastig te ontdekken?")
    (r"(?:verborgen|verkapte|sluipende|onzichtbare) (?:discriminatie|onderscheid)", "indirect onderscheid indirecte discriminatie"),
    # ("En voor single moms die het zwaar hebben, loopt daar ook iets?")
    (r"single (?:moms?|mama'?s|moeders?|mams)|alleenstaande (?:moms?|mama'?s|mams)", "alleenstaande moeders"),
    # a law's duty of safety for schools is the documents' "zorgplicht" ("een wettelijke veiligheidsplicht voor hbo en
    # universiteiten"), and colleges and universities together are their "vervolgonderwijs"
    (r"(?:wettelijke )?(?:veiligheidsplicht|plicht om (?:voor )?(?:een )?veilig\w*)", "zorgplicht veiligheid"),
    (r"(?:hbo|hogescholen) en (?:de )?universiteiten|universiteiten en (?:de )?hogescholen", "vervolgonderwijs hoger onderwijs"),
    # complaints of women's own ("typisch vrouwelijke klachten", "vrouwenkwalen"): the documents' "vrouwspecifieke gezondheid"
    (r"(?:typisch |specifiek )?vrouwelijke (?:klachten|kwalen|aandoeningen|gezondheidsklachten|gezondheidsproblemen)|vrouwenkwalen"
     r"|vrouwenklachten", "vrouwspecifieke gezondheid gezondheidsproblemen"),
    # commenting on a bill online is its internet consultation ("Wanneer kunnen mensen online reageren op de wet ...?")
    (r"online (?:kunnen |mogen )?(?:reageren|reactie geven|meepraten|commentaar geven)|online reageert", "internetconsultatie"),
    (r"technische (?:opleiding(?:en)?|studies?|studierichting(?:en)?|vakken)|technisch onderwijs|bèta-?techniek", "techniekonderwijs techniek"),
    (GOOD_NEWS_NL, GOOD_NEWS_TERMS),
    (PLATFORMS, PLATFORM_TERMS),
    (r"(?:europese |eu-)?ai-(?:wet|wetgeving|regels)|ai act", "AI-verordening"),
    (r"(?:europese |eu-)?(?:digitale[ -]?)?dienstenwet|digital services act", "DSA digitaledienstenverordening"),
    (r"(?:trekt|trekken|trok|trokken)(?: [\w+-]+){0,8} op|optrekken|optrekt|optrok", "samen werken samenwerking"),
    (r"(?:een )?(?:lening|leningen|krediet)(?: aanvragen| aanvraagt| aanvraag)?|hypotheek", "kredietwaardigheid"),
    (r"solliciteren|solliciteert|gesolliciteerd|sollicitatie\w*|sollicitant\w*|cv['’]?s", "werving en selectie"),
    (r"computerprogramma['’]?s?|computersystemen|computersysteem", "algoritmes AI-systemen"),
    (r"(?:kan|kunnen|zou|zouden)(?: [\w'’-]+){0,4} benadelen|benadeeld", "discriminerend"),
    (r"wie (?:moet|moeten|gaat|zal) (?:ervoor |er )?(?:[\w-]+ )?(?:voor )?zorgen|wie (?:moet|moeten) (?:erop |er )?letten", "verantwoordelijkheid verantwoordelijk"),
    (r"brussel", "Europese Commissie"),  # the Commission by its seat ("moet Brussel ingrijpen?")
    (r"boedapest", "Hongarije"),  # the government by its capital ("Wat vragen ze concreet van Boedapest?")
    (r"uitgeprobeerd|uitproberen|uitgetest|uittesten", "proeftuinen pilot"),  # ("in welke steden wordt het uitgeprobeerd?")
    (r"dames", "vrouwen"),
    (r"heren", "mannen"),
    (r"(?:beide |de )?seksen|(?:beide |de twee )?geslachten", "mannen vrouwen"),
    (r"private (?:sector|werkgevers|bedrijven)|particuliere (?:sector|werkgevers|bedrijven)|marktsector", "bedrijfsleven"),
    (r"uurlonen|uurloon", "per uur"),
    (r"(?:gegevens|data)bestand(?:en)?", "datasets"),
    (r"nafluiten|naroepen|nasissen|(?:op straat )?lastig(?:vallen|gevallen)(?: op straat)?", "straatintimidatie"),
    (r"(?:te maken (?:krijgen|krijgt|kregen|kreeg|hebben|heeft|hadden|had)|(?:krijgen|krijgt|kregen|kreeg)(?: [\w-]+){0,3} te maken) met (?:seksueel|huiselijk|geweld|discriminatie|intimidatie|straatintimidatie)"
     r"|met (?:seksuele? |huiselijk |ongewenst )?(?:geweld|discriminatie|intimidatie|straatintimidatie|grensoverschrijdend gedrag) te maken (?:krijgen|krijgt|kregen|kreeg|hebben|heeft)", "slachtoffer"),
    (r"lastig ge?vallen|lastig(?:gevallen|vallen|valt)(?! op straat)", "seksueel grensoverschrijdend gedrag"),
    (r"trans ?personen|transgenders|transmensen", "transgender personen"),
    (r"homo'?s|homomannen", "homoseksuele mannen"),
    (r"lesbiennes|lesbo'?s", "lesbische vrouwen"),
    (r"bijstandsmoeders?|moeders in de bijstand", "moeders met een uitkering"),
    (r"top(?:functies|banen)|hoge (?:functies|posities)|leidinggevende (?:functies|posities)|bestuursfuncties", "topposities"),
    (r"schoolkinderen|schoolgaande kinderen", "leerlingen scholieren"),
    (r"geweld (?:achter de voordeur|(?:in|binnen) (?:het|de|die|een|hun|haar|zijn) (?:gezin|relatie|huis))|geweld thuis|relatiegeweld", "huiselijk geweld partnergeweld"),
    # ("geweld in jonge relaties", "datinggeweld": the violence of young couples, which the documents call (ex)partnergeweld)
    (r"geweld (?:in|binnen) (?:(?:jonge|tiener|prille)\s?relaties|(?:de |hun |haar )?(?:eerste )?verkering)|datinggeweld|dating violence", "partnergeweld jonge vrouwen"),
    (r"(?:gesloten|orthodoxe|strenge|streng gelovige) (?:geloofs|religieuze )?gemeenschap(?:pen)?|(?:gesloten |orthodoxe )?geloofsgemeenschap(?:pen)?"
     r"|(?:besloten|gesloten|orthodoxe|streng(?:e)? (?:religieuze|gelovige)) (?:kringen|milieus?)", "gesloten gemeenschappen"),
    (r"loonverschil(?:len)?|loongat|salariskloof|salarisverschil(?:len)?", "loonkloof"),
    (r"part-?time|parttime", "deeltijd"),
    (r"agenten|de sterke arm", "politie"),
    (r"vrouwenmoord(?:en)?|moord(?:en)? op vrouwen", "femicide"),
    (r"vluchtelingen(?:vrouwen|mannen)?|vluchtelingvrouwen|(?:asielzoekers|migranten) met een verblijfs(?:status|vergunning)", "statushouders"),
    (r"(?:een )?baan|banen", "werk"),
    (r"ict'?ers|ict-ers|it'?ers|programmeurs", "ICT-specialisten"),
    (r"aanstaande moeders|zwangere vrouwen", "zwangeren"),
    (r"gevluchte (?:vrouwen|mannen|mensen)", "statushouders"),
    (r"homodiscriminatie|homohaat|homofobie|homovijandig\w*", "discriminatie seksuele gerichtheid"),
    (r"(?:lokale |gemeentelijke )?(?:discriminatie)?meldpunten|antidiscriminatiebureaus?", "antidiscriminatievoorzieningen"),
    (r"klachten", "meldingen"),
    (r"discriminatieklacht(?:en)?|klacht(?:en)? over discriminatie|discriminatie (?:melden|gemeld)", "antidiscriminatievoorzieningen ADV"),
    (r"tieners|pubers", "jongeren"),
    (r"(?:oké|oke|ok|prima|normaal|goed) (?:vinden|vindt|vond|vonden)", "normaal vindt acceptatie"),
    (r"homo (?:zijn|is)|homo-zijn|homoseksueel (?:zijn|is)", "homoseksualiteit"),
    (ISLANDS_UNNAMED.format(word="eilanden"), ISLANDS),
    (r"(?:niet )?van de grond(?: komen| komt| kwam| gekomen)?|(?:loopt|liep|lopen) vast|strandt|gestrand|ligt stil", "verder gekomen"),
    *((re.escape(short), long) for short, long in ABBREVIATIONS.items()),
    (r"rol(?:len)?patronen|stereotiepe (?:rollen|beelden)|hokjesdenken", "genderstereotypen stereotypen"),
    (r"in de klas(?:sen)?", "onderwijs scholen"),
    (r"tientallen jaren|decennialang", "decennia"),
    (r"leraren|leerkrachten|onderwijzers|leraar|leerkracht", "docenten"),
    (r"geactualiseerd|actualiseren|geüpdatet|geupdate|bijgewerkt|updaten", "vernieuwd vernieuwen"),
    (r"betaald(?! werk)|bekostigd|betaalt|bekostigt", "gefinancierd financiert"),
    (r"(?:duurzame )?(?:duurzaamheids|ontwikkelings)doelen(?: van de vn)?|vn-(?:duurzaamheids|ontwikkelings)doelen", "Sustainable Development Goals SDG"),
    # the closing section of the nota is headed "Afsluiting"
    (r"(?:het )?(?:slot(?:woord|deel)?|eind|einde) van de (?:[\w-]*nota|brief|kamerbrief)|(?:de )?slotparagraaf|(?:de )?afsluitende (?:paragraaf|alinea|woorden)", "Afsluiting"),
    # what the writer sees as her task is what she writes as "mijn ... opdracht"
    (r"(?:haar|zijn) (?:eigen )?(?:taak|opdracht|missie|roeping)", "mijn opdracht"),
    (r"firma'?s|ondernemingen", "bedrijven"),
    (r"(?:de )?(?:andere |overige |alle |vak)?ministeries|vakdepartementen", "departementen"),  # the documents' word for them
    (r"geslachtsoverstap|geslachtsverandering|geslachtstransitie", "transitie transgender"),
    (r"besparingen|bespaart|bezuiniging|kortingen", "bezuinigingen"),
    (r"overheidsgeld|subsidiegeld|rijksgeld", "subsidies"),
    (r"extra (?:geld|budget|middelen|financiering)|meer geld|geld bij", "aanvullende subsidie"),
    (r"daders", "plegers"),  # (not "de dader": the documents say so themselves once; "plegers" for those who commit violence)
    (r"jaagt|jaagde|jaagden", "jagen"),  # ("Wie jaagt die aanpak aan?": the stemmer keeps the -t of "jaagt")
    (r"bewindspersonen|bewindslieden", "staatssecretaris minister"),
    (r"(?:meer |extra )?(?:macht|zeggenschap)", "bevoegdheden"),
    (r"bestuursleden|bestuurslid|bestuurszetels?|commissarissen", "bestuurders"),
    (r"(?:met een |zonder )?verblijfs(?:status|vergunning)", "statushouders"),
    (r"doxen|gedoxt|doxxing|doxxen", "doxing"),
    (r"grijpt in|grijpen in|ingrijpen|ingegrepen|handhaaft|handhaven|handhaving", "toezicht toezichthouders"),
    (r"(?:ziet|zien|zag|zagen) (?:er ?op|daarop) toe|toezien", "toezicht"),
    # who checks or watches is who supervises ("Wie controleert of bedrijven ... niet discrimineren?", "Wie let erop dat ...?")
    (r"(?<=wie )(?:controleert|controleren|checkt|checken|let erop|letten erop|let daarop|waakt|waken|bewaakt|bewaken)", "toezicht zien erop toe"),
    (r"(?:let|letten) erop(?= dat)", "toezicht zien erop toe"),  # ("Welke toezichthouders letten erop dat organisaties ...?")
    (r"ingaan|ingaat|(?:gaat|gaan) gelden|van kracht (?:worden|wordt|gaat|gaan)|(?:gaat|gaan) (?:[\w-]+ ){1,3}?in(?=\s*[?.!]|\s*$)", "in werking treedt"),
    (r"(?:kamer)?vragen (?:[\w+-]+ ){0,6}?(?:ingediend|gesteld)|wie (?:heeft|hebben) (?:[\w+-]+ ){0,3}?(?:kamer)?vragen", "gesteld door de leden"),
    (r"online (?:training|trainingen|cursus|cursussen|opleiding|les)|webinars?", "e-learning online cursus"),
    (r"seksuele intimidatie|ongewenste intimiteiten|aanranding|betasten|ongewenst (?:seksueel )?gedrag", "seksueel grensoverschrijdend gedrag"),
    (r"beloftes?|beloofd|belooft|beloven", "toezeggingen"),
    (r"(?:nooit|niet) doorgegaan|vastgelopen|(?:is |zijn )?gestrand|strandde|stilgevallen|ligt stil|(?:ligt|liggen|lag|lagen) (?:[\w'-]+ ){1,12}?stil|zit vast", "niet verder gekomen"),
    # "niet zelfstandig rondkomen" is what the documents call "niet financieel onafhankelijk"
    (r"(?:zelfstandig |zelf )?(?:kunnen )?rond(?:komen|komt|kwamen|kwam)|(?:zelfstandig|zelf) rond (?:te )?(?:komen|kunnen komen)"  # (not "met minder geld rond te komen": a budget)
     r"|(?:de |haar |hun )?eigen broek ophouden|op eigen benen staan"
     r"|(?:staan|staat|stond|stonden) (?:[\w-]+ ){0,3}?op eigen benen"
     r"|(?:zelfstandig |zelf )?in (?:het |hun |haar |zijn |je )?(?:eigen )?levensonderhoud (?:kunnen )?(?:voorzien|voorziet|voorzag)"
     # (the documents say both, in different places: "economisch zelfstandig" also searches "financieel onafhankelijk";
     # not the noun, the name of a ZonMw subsidy: "de subsidie Economische Zelfstandigheid")
     r"|economisch (?:niet )?(?:zelfstandig|onafhankelijk)|financieel (?:niet )?zelfstandig"
     # ("verdienen niet genoeg om zelfstandig van te leven")
     r"|(?:zelfstandig |zelf )(?:van )?(?:te |kunnen )?leven|(?:genoeg|voldoende) (?:verdienen|verdient|verdiende|verdienden) om (?:van )?te leven",
     "financieel onafhankelijk economische zelfstandigheid"),
    (r"in zee (?:gaan|gaat|ging|gingen|gegaan|gestapt|stappen|stapt)|(?:zee|in zee) met", "partnerschap samenwerking"),
    (r"bijhouden|bijhoudt|bijgehouden|(?:blijven )?volgen hoeveel", "monitoren monitort"),
    (r"departement", "ministerie"),
    # everyday words for what the documents name by its policy term
    (r"buurtagent\w*|wijkagent\w*|buurtbrigadier\w*", "wijkregisseurs politie"),
    (r"uithuwelijk\w*|gedwongen (?:te )?trouwen|gedwongen huwelijk\w*", "huwelijksdwang"),
    (r"(?:meisjes)?besnijdenis\w*", "vrouwelijke genitale verminking"),
    (r"nageroepen|naroepen|nafluiten|nagefloten|nagesist|(?:op straat|op het werk) (?:wordt |word )?lastig(?:gevallen|vallen)", "straatintimidatie"),
    (r"nepnieuws|fake news|nepberichten", "desinformatie"),
    (r"caf[eé]['’]?s|kroeg\w*|discotheken|discotheek|nachtclubs?|uitgaansgelegenheden", "horecabedrijven uitgaan"),
    (r"computerprogramma'?s", "algoritmes"),
    (r"geleerd|lessen (?:getrokken|trekken|geleerd)|leerpunten", "duidelijk geworden"),  # what was learned is what became clear
    (r"reken(?:hulp|tool|module|programma|app)\w*", "WerkUrenBerekenaar bereken"),
    (r"nep-?naakt[\w'’]*|nepnudes?", "deepnudes"),
    (r"dubbel zo (?:vaak|veel)|twee maal zo (?:vaak|veel)|2x zo (?:vaak|veel)", "twee keer zo vaak"),
    (r"(?:al )?(?:eens|eerder) (?:gemeld|genoemd|gezegd|bekendgemaakt)|is (?:dat|dit|het)(?: plan)? (?:echt )?nieuw", "eerder aangekondigd"),
    (r"wie (?:begeleidt|begeleiden|begeleidde|begeleidden)", "helpt"),  # ("Wie begeleidt ze daarbij?": "Movisie helpt gemeenten hierbij")
    (r"(?:moet|moeten|zal|zullen|gaat|gaan)(?: [\w-]+){0,3} (?:er )?staan(?=\s*\??\s*$)", "opgericht"),  # ("wanneer moet die alliantie er staan?")
    (r"trekker|penvoerder|aanvoerder|(?:heeft|voert|houdt) de regie|de leiding (?:heeft|neemt)", "coördineert gecoördineerd"),
    # "Wie trekt dat programma eigenlijk?": who leads and drives it (not "trekt ... op", "trekt ... uit")
    (r"wie (?:trekt|trekken|trok|trokken)(?= (?:dat|dit|het|de|die|deze) [\w-]+(?: (?:eigenlijk|nou|nu|dan))?\s*\?)", "aanjagen aan te jagen coördineert"),
    (r"wat (?:gebeurt|gaat) er (?:\w+ )?(?:hierna|daarna|nu|vervolgens|verder)|hoe (?:gaat het )?nu verder|wat (?:zijn|is) de volgende stap(?:pen)?", "volgende stap"),
    (r"doorgeschoven|doorschuiven|doorschuift|overgelaten aan (?:een )?(?:volgend|nieuw) kabinet", "volgend kabinet"),
    (r"(?:al |is )?bewezen (?:effectief|dat)|(?:of|dat) (?:het|dat|die|deze|ze) (?:\w+ )?(?:echt |ook )?werkt|effectief (?:is|blijkt)", "evaluatie effectiviteit"),
    (r"(?:een |de )?stand van zaken|tussenstand|update", "voortgang voortgangsrapportage"),
    (r"daders|dader(?=\s+(?:van|aan|bij))|daderhulp|daderaanpak|aanpak van daders", "plegers"),
    (r"(?:een |hun |haar )?(?:verblijfs?vergunning\w*|verblijfsstatus|asielstatus)|(?:erkende )?vluchteling\w*", "statushouders"),
    (r"sportverenigingen|sportvereniging|voetbalclubs?|voetbalverenigingen|voetbalvereniging|sportclub", "sportclubs en verenigingen"),
    (r"risicomodel\w*|(?:neutrale |onschuldige )?variabelen|profileringsmodel\w*", "selectiecriteria risicoprofilering"),
    # what a citizen says in everyday words (a public desk's questions)
    (r"(?:adres|woonadres|telefoonnummer|(?:persoons)?gegevens)(?: [\w'’-]+){0,5} (?:op (?:het )?internet|online|op social media)(?: [\w'’-]+){0,2} "
     r"(?:gezet|zetten|zet|geplaatst|plaatsen|plaatst|gedeeld|delen|deelt|verspreid|verspreiden)", "doxing persoonsgegevens"),
    (r"bang (?:te )?(?:maken|maakt|gemaakt)", "intimideren"),
    (r"klemtoon", "nadruk"),  # (Flemish: "waar komt de klemtoon op te liggen")
    (r"in verwachting", "zwanger zwangerschap"),  # ("als een medewerker in verwachting is")
    (r"(?:die|als (?:hij|zij|ze|je|iemand|mannen|jongens)) (?:\w+ )?(?:iets |het )?(?:ziet|zien|zag|zagen) (?:gebeuren|dat)\b|getuige (?:zijn |is |was |waren )?van|toekijken|toekijkt|omstaanders?", "omstanders"),
    (r"inburgering\w*|inburgeren|inburgert|inburgeringscursus\w*", "inburgeraars"),
    (r"(?:mannen|mensen|iemand|partners?|jongens|vaders) die (?:(?:hun|zijn|haar) (?:\w+ )?(?:partner|vrouw|vriendin|man|vriend|ex|kinderen|gezin)|vrouwen|hun vrouwen) "
     r"(?:mishandelen|mishandelt|slaan|slaat|bedreigen|bedreigt|pijn doen|pijn doet)", "plegers geweld"),
    (r"lvb['’]?ers|licht verstandelijk beperkte?", "verstandelijke beperking"),
    (r"(?:digitaal |online )?(?:uitkleden|uitkleedt|uitgekleed)|naakt (?:maken|gemaakt|maakt)", "uitkleedapps deepnudes"),
    (r"(?:fel |lijnrecht |sterk )?tegenover elkaar (?:staan|staat|stonden|stond)|(?:sterk |fel )?verdeeld (?:zijn|is)|gevoelig ligt|gevoelig liggen", "polariserend"),
    (r"zonder (?:het|dat) (?:zelf )?te (?:merken|weten|beseffen)|zonder dat (?:we|wij|ze|zij|je|ik|hij|men) (?:het|dat) (?:\w+ )?(?:merken|merkt|weten|weet|beseffen|beseft|doorhebben|doorheeft)", "onbewust"),
    (r"(?:een )?(?:speciaal|speciale|eigen) (?:team|groep|afdeling|eenheid|netwerk)s?(?: [\w'’+-]+){0,6} (?:bij|van|binnen|in) de politie"
     r"|(?:de )?politie(?: [\w'’+-]+){0,3} (?:een )?(?:speciaal|speciale|eigen) (?:team|groep|afdeling|eenheid|netwerk)s?", "politienetwerk netwerken politie"),
    (r"over (?:de|je|haar|hun|mijn|zijn|iemands) grens(?:en)? (?:heen )?(?:(?:worden|wordt|word|werden|werd) )?(?:gaan|gaat|ging|gingen|benaderd|bejegend|behandeld)"
     r"|over (?:je|haar|hun|mijn|zijn|iemands) grens(?:en)? heen", "seksueel grensoverschrijdend gedrag"),
    (r"(?:openheid|transparantie|inzicht) (?:van|over|in) (?:de |het )?(?:salarissen|salaris|lonen|loon|beloning)|salaristransparantie", "loontransparantie"),
    (r"(?:zorg|zorgt|zorgen|zorgde|zorgden) (?:ook )?voor (?:mijn |haar |zijn |een |hun |je )?(?:zieke|oude|demente|gehandicapte|hulpbehoevende) "
     r"(?:moeder|vader|ouders?|partner|kind|familielid|familieleden|man|vrouw)", "mantelzorg"),
    (r"(?:uitleg|iets|informatie|info) op papier|folders?|foldertjes?|informatieboekjes?|boekjes?|voorlichtingsmateriaal|informatiemateriaal", "brochures"),
    (r"uitrekenen|uitrekent|uitgerekend|uit te rekenen|narekenen|doorrekenen", "berekenen bereken"),
    (r"(?:zijn|haar|hun|je|mijn) verhaal kwijt|(?:iemand|een persoon) (?:bij wie|om mee te praten|om (?:het|dat) mee te bespreken)", "vertrouwenspersoon vertrouwenspersonen"),
    (r"hoe het (?:gaat|staat) met|hoe het met (?:[\w+-]+ ){1,8}?(?:gaat|staat|gesteld is)", "monitor"),  # ("laat onderzoeken hoe het gaat met vrouwen")
    (r"opnieuw (?:laten )?(?:meten|gemeten|onderzoeken|onderzocht|peilen|gepeild)", "weer"),  # ("laat opnieuw meten": "laat ik weer een monitor uitvoeren")
    (r"(?:schuift|schuiven|schoof|schoven) (?:[\w-]+ ){0,3}?aan|aanschuiven|aangeschoven|(?:sluit|sluiten) (?:[\w-]+ ){0,3}?aan(?=\s*\?)", "aangesloten"),
    (r"(?:zover|zo ver|bereid) (?:te )?krijgen (?:\w+ ){0,3}?(?:te )?melden|(?:vaker|eerder|meer) (?:gaan |te )?melden|drempel om te melden", "meldingsbereidheid"),
    (r"nagaan|nagegaan|achterhalen|achterhaald|nachecken", "bijhouden bij te houden"),
    (r"mannengroep(?:en)?|mannenclub(?:s)?|mannencoalitie|mannenbeweging|(?:een )?groep (?:van |met )?mannen", "mannenalliantie"),
    (r"versimpel\w*|simpeler (?:maken|gemaakt|worden|wordt)|eenvoudiger (?:maken|gemaakt)", "vereenvoudiging"),
    (r"(?:meer )?info(?= over)|(?:op de hoogte|ingelicht) (?:gebracht|gesteld)", "geïnformeerd informeren"),
    (r"(?:hakt|hakken|hakte|hakten) (?:[\w-]+ ){0,3}?de knoop door|de knoop (?:door te hakken|doorhakken|doorgehakt)", "besluit"),
    (r"(?:school)?directeur(?:en|s)?|(?:school)?directie|rector(?:en|s)?|schoolhoofd(?:en)?", "schoolleiders"),
    (r"korte lijnen|nauwe (?:banden|contacten)|(?:goed|nauw) contact", "nauw contact"),
    (r"stageplek(?:ken)?|stageplaats(?:en)?|stagebedrijf|stagebedrijven", "stage stagediscriminatie"),
    (r"bedrijfstop|(?:de )?top van (?:het )?bedrijfsleven|bedrijfsbesturen|directies van bedrijven", "bestuurders bedrijfsleven"),
    (r"(?:door|vanwege|om|wegens) (?:hun|zijn|haar|mijn|je|onze) (?:achternaam|naam|afkomst|huidskleur|accent|hoofddoek)", "discriminatie"),
    (r"zedenveroordeling\w*|zedendelict\w*|strafblad|(?:veroordeeld|veroordeling) (?:voor|wegens) (?:een )?(?:zeden\w*|misbruik)",
     "relevante antecedenten VOG-screening"),
    (r"(?:uit )?welke? (?:potje|pot|geldpot)|potjes?|geldpotten", "gelden middelen vanuit"),
    (r"europese regels|eu-regels|europese (?:wetgeving|wetten)|eu-(?:wetgeving|wetten)|regels uit brussel", "richtlijn verordening"),
    (r"ouderen|senioren|oudere (?:mensen|vrouwen|mannen|generaties?)|65-plussers|bejaarden|gepensioneerden", "jong en oud"),
    (r"uit de kast (?:gekomen|komen|komt|kwam)|coming-?out", "lhbtiq+"),
    (r"schooldirecteur\w*|directeur\w* van (?:de )?scholen|directies van scholen"
     r"|(?:de )?directie van (?:de |zijn |haar |onze |mijn |hun )?school|schooldirecties?", "schoolleiders"),
    (r"hoe ver (?:is|zijn|staat|staan)|(?:hoe )?staat het (?:er )?(?:nu )?(?:mee|voor|met)", "momenteel"),
    (r"oneerlijk(?:e)?(?: (?:behandel\w*|beoordeel\w*))?", "discriminerend bevooroordeeld"),
    (r"toeslag(?:en)? (?:kwijt\w*|verlie\w*|verloren|mis(?:t|sen|loopt|lopen))", "netto besteedbaar inkomen toeslagen"),
    (r"(?:houdt|houden|hield|hielden) (?:er )?(?:\w+ )?toezicht|toezicht (?:houden|op)|" + NO_PERSON_BEFORE + r"(?:controleert|controleren)"
     + NO_PERSON_AFTER + r"|in de gaten (?:houdt|houden)", "zien erop toe toezicht"),
    (r"proef|proeven|proefproject(?:en)?|proefperiode|experiment(?:en)?", "pilot"),
    # what a government body finds out about its own system: "als een gemeente er zelf achter komt dat haar systeem discrimineert"
    (r"(?:kom|komt|komen|kwam|kwamen) (?:[\w-]+ ){0,3}?(?:er )?(?:zelf )?achter|(?:er )?(?:zelf )?achter (?:komt|komen|kwam|kwamen)", "constateert"),
    (r"vooringenomen", "bevooroordeeld"),
    (r"protocol(?:len)?", "discriminatieprotocol"),  # (the documents' only protocol)
    # men who teach in primary school: "Er zijn zo weinig meesters op de basisschool."
    (r"meesters?|mannelijke (?:leraren|leerkrachten|docenten|onderwijzers|pabostudenten)|mannen voor de klas", "mannen pabo"),
    # women in a council or parliament: "meer jonge vrouwen in de gemeenteraad"
    (r"(?:vrouwen|meiden|meisjes) (?:[\w-]+ ){0,2}?in de (?:gemeenteraad|gemeenteraden|raad|politiek|kamer|provinciale staten)"
     r"|vrouwelijke (?:raadsleden|politici|wethouders|kamerleden|burgemeesters|bestuurders in de politiek)", "politiek representatie"),
    (r"herfst", "najaar"),
    (r"mensenrechtentoets\w*|(?:toets\w*|impact assessments?|effectbeoordeling\w*) (?:op|van|voor|aan) (?:de )?mensenrechten", "IAMA Impact Assessment Mensenrechten"),
    (r"overkomt|overkomen|overkwam|overkwamen", "slachtoffer"),  # ("Hoeveel vaker overkomt dit vrouwen dan mannen?")
    (r"klasseer\w*|classificeer\w*|gecategoriseerd|categoriseer\w*|ingedeeld|indelen", "deelt in indeling categorieën"),
    (r"daderprogramma['’]?s?|daderhulp|daderbehandeling\w*|hulp (?:voor|aan) (?:de )?daders", "interventies plegers"),
)
PLAIN_PATTERNS = tuple((re.compile(rf"(?<![\w-])(?:{plain})(?![\w-])", re.I), term) for plain, term in PLAIN_DUTCH)


def new_terms(patterns, question: str) -> list[str]:
    """The terms of the patterns the question matches, in the patterns' order, each once, without those it has."""
    terms = dict.fromkeys(term for pattern, term in patterns if pattern.search(question))
    return [t for t in terms if t.lower() not in question.lower()]


def appended(question: str, terms: list[str]) -> str:
    """The question with the terms appended in parentheses ("... (gemeenten, Veilige Steden)")."""
    return f"{question} ({', '.join(terms)})" if terms else question


def plain_phrases(text: str) -> list[tuple[str, str]]:
    """The everyday Dutch phrases of the text that PLAIN_DUTCH knows, each with the documents' term for it."""
    return [(m.group(0), term) for pattern, term in PLAIN_PATTERNS if (m := pattern.search(text))]


def document_terms(question: str) -> list[str]:
    """The documents' terms for the everyday Dutch words of a Dutch question, each once, those it lacks."""
    return new_terms(PLAIN_PATTERNS, question)


def with_document_terms(question: str) -> str:
    """A Dutch question with the documents' terms for its everyday words appended ("... (Defensie, vrouwen)")."""
    return appended(question, document_terms(question))


def dutch_terms(question: str) -> list[str]:
    """The Dutch terms for the English words of the question, in the order of the glossary, each once."""
    return list(dict.fromkeys(nl for pattern, nl in PATTERNS if pattern.search(question)))


def added_terms(question: str) -> list[str]:
    """The Dutch terms `with_dutch_terms` appends: those the question does not already have."""
    return new_terms(PATTERNS, question)


def with_dutch_terms(question: str) -> str:
    """The question with the Dutch terms of its English words appended ("... (gemeenten, Veilige Steden)")."""
    return appended(question, added_terms(question))


# What a figure counts, in English right after it ("40 municipalities", "2,000 schools", "200 school boards")
COUNTED = re.compile(r"(?<![\w.,])(\d[\d.,]*)((?:\s+[A-Za-z][\w-]*){1,3})")


def with_dutch_units(claim: str) -> str:
    """An English claim with what its figures count written in the documents' word ("40 municipalities" -> "40
    gemeenten"), so that a figure is compared with the documents' figure of the same thing (`rag.claims`)."""
    def unit(m: re.Match[str]) -> str:
        words = m.group(2).split()
        for n in range(len(words), 0, -1):  # the longest phrase the glossary knows ("school boards" before "school")
            phrase = " ".join(words[:n])
            dutch = next((nl for pattern, nl in PATTERNS if pattern.fullmatch(phrase)), None)
            if dutch is not None:
                return " ".join([m.group(1), dutch.split()[0], *words[n:]])
        return m.group(0)

    return COUNTED.sub(unit, claim)


# English names of Dutch ministries and universities, written the documents' way so that a name the sentence lacks can
# be told from the one it gives ("the University of Amsterdam" against "de Universiteit Utrecht")
DUTCH_NAMES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(en, re.I), nl) for en, nl in (
    (r"(?:the\s+)?(?:ministry\s+of\s+education|education\s+ministry)", "het ministerie van OCW"),
    (r"(?:the\s+)?(?:ministry\s+of\s+(?:justice|security)|justice\s+ministry)", "het ministerie van JenV"),
    (r"(?:the\s+)?(?:ministry\s+of\s+social\s+affairs|social\s+affairs\s+ministry)", "het ministerie van SZW"),
    (r"(?:the\s+)?(?:ministry\s+of\s+(?:the\s+)?interior|interior\s+ministry)", "het ministerie van BZK"),
    (r"(?:the\s+)?(?:ministry\s+of\s+(?:public\s+)?health|health\s+ministry)", "het ministerie van VWS"),
    (r"(?:the\s+)?(?:ministry\s+of\s+economic\s+affairs|economic\s+affairs\s+ministry)", "het ministerie van Economische Zaken"),
    (r"(?:the\s+)?(?:ministry\s+of\s+foreign\s+affairs|foreign\s+(?:affairs\s+)?ministry)", "het ministerie van Buitenlandse Zaken"),
    (r"(?:the\s+)?(?:ministry\s+of\s+finance|finance\s+ministry)", "het ministerie van Financiën"),
    (r"(?:the\s+)?(?:ministry\s+of\s+defen[cs]e|defen[cs]e\s+ministry)", "het ministerie van Defensie"),
    (r"(?:the\s+)?([A-Z][a-z]+)\s+University\s+of\s+Applied\s+Sciences", r"Hogeschool \1"),
    (r"(?:the\s+)?University\s+of\s+([A-Z][a-z]+)", r"Universiteit \1"),
    (r"(?:the\s+)?([A-Z][a-z]+)\s+University", r"Universiteit \1"),
))


def with_dutch_names(claim: str) -> str:
    """An English claim with its ministries and universities named the Dutch way ("the social affairs ministry" ->
    "het ministerie van SZW", "Leiden University" -> "Universiteit Leiden"), and "and" between names as "en"."""
    for pattern, dutch in DUTCH_NAMES:
        claim = pattern.sub(dutch, claim)
    return re.sub(r"(?<=[A-Za-z)])\s+and\s+(?=[A-Z])", " en ", claim)  # ("Bonaire, Sint Eustatius and Saba": one list)
