"""Contradiction detectors on hand-written Dutch pairs: each detector on its own, conflicts and paraphrases.

Fast: no model, no index (only the Snowball stemmer).
"""

from __future__ import annotations

import pytest

from corpus.aliases import AliasTable, build_alias_table
from rag.contradictions import (
    Conflict,
    detect_counterpart,
    detect_date,
    detect_direction,
    detect_entity,
    detect_modality,
    detect_negation,
    detect_number,
    detect_quantifier,
    find_conflicts,
    missing_name,
    plan_nearby,
    undercut_nearby,
    detect_role,
    detect_swap,
    unconfirmed,
)

# (claim, evidence, conflict expected)
NUMBER = [
    # a plural order of magnitude: "honderden" against "tienduizenden"
    ("De stichting helpt enkele honderden scholieren bij de dag.", "De stichting helpt tienduizenden scholieren bij de dag.", True),
    ("De stichting helpt tienduizenden scholieren bij de dag.", "De stichting helpt ruim 30.000 scholieren bij de dag.", False),
    # the same value bounded the other way
    ("Meer dan 25 procent van de werkende ICT-specialisten is vrouw.", "Minder dan 25 procent van de werkende ICT-specialisten is vrouw.", True),
    ("Meer dan 20 procent van de ICT-specialisten is vrouw.", "Minder dan 25 procent van de ICT-specialisten is vrouw.", False),
    ("20 lidstaten hebben de verklaring ondertekend.", "Nederland heeft samen met twaalf lidstaten de verklaring ondertekend.", True),
    ("Aan het programma doen 40 gemeenten mee.", "Met de toetreding van Alkmaar doen nu 25 gemeenten mee.", True),
    # the source's open bound does not vouch for any number above it; the claim's open bound stays open
    ("Het verlof geldt nu bij ruim dertig grote bedrijven.", "Het verlof geldt nu bij meer dan tien grote bedrijven.", True),
    ("Het verlof geldt nu bij vijftien grote bedrijven.", "Het verlof geldt nu bij meer dan tien grote bedrijven.", False),
    ("Het verlof geldt bij meer dan tien grote bedrijven.", "Het verlof geldt bij 45 grote bedrijven.", False),
    # "van 14% tot 28%" is a change to 28%, no upper bound of 28%
    ("Het aandeel steeg van 14% in 2021 tot 34% in 2023.", "Het aandeel is gestegen van 14% (2021) naar 28% (2023).", True),
    ("Het aandeel steeg van 14% in 2021 tot 28% in 2023.", "Het aandeel is gestegen van 14% (2021) naar 28% (2023).", False),
    ("Het tarief is € 4,50 per uur.", "Het tarief bedraagt 4,50 euro per uur.", False),
    ("15,3 procent van de bestuurders is vrouw.", "Ook is maar 15,3% van de bestuurders vrouw.", False),
    ("25,3 procent van de bestuurders is vrouw.", "Ook is maar 15,3% van de bestuurders vrouw.", True),
    ("Twee op de tien vrouwen werkt voltijd.", "20% van de vrouwen werkt voltijd.", False),
    ("De politie registreerde 2.745 meldingen.", "De politie registreerde 2745 meldingen van discriminatie.", False),
    ("Het netwerk telt ruim 2.000 partners.", "Het netwerk heeft ruim 1200 partners, zoals bibliotheken.", True),
    ("Er zijn meer dan 20 partners.", "Het netwerk heeft 25 partners.", False),
    # another bound the same way misquotes the source's figure (blind round 28)
    ("Minder dan 15 procent van de ICT-specialisten is vrouw.", "Minder dan 25 procent van de ICT-specialisten is vrouw.", True),
    ("Minder dan een kwart van de ICT-specialisten is vrouw.", "Minder dan 25 procent van de ICT-specialisten is vrouw.", False),
    ("Het onderzoek duurt ongeveer drie jaar.", "Het onderzoek zal naar verwachting ongeveer een jaar in beslag nemen.", True),
    ("Er zijn 20 lidstaten betrokken.", "Het programma loopt in 2024 en 2025.", False),  # nothing comparable: not found, no conflict
    ("Ruim 40 procent van de ICT-specialisten is vrouw.", "Minder dan 25 procent van de werkende ICT-specialisten is vrouw.", True),
    ("Tegen 2.545 een jaar eerder.", "Het steeg van 2545 meldingen in 2023 naar 2745 in 2024.", False),
]

DATE = [
    # blind round 105: "in 2030 of eerder" is a deadline, as "uiterlijk in 2030"
    ("Defensie wil dat de organisatie uiterlijk in 2035 voor 30 procent uit vrouwen bestaat.",
     "Defensie blijft streven naar een organisatie die in 2030 of eerder voor 30% uit vrouwen bestaat.", True),
    ("Defensie wil dat de organisatie uiterlijk in 2030 voor 30 procent uit vrouwen bestaat.",
     "Defensie blijft streven naar een organisatie die in 2030 of eerder voor 30% uit vrouwen bestaat.", False),
    # a verb of ending with its particle after the time ("liep eind 2024 al af") gives an end
    ("De subsidieronde liep eind 2024 al af.", "Bij ZonMw loopt tot september 2026 ook de subsidieronde.", True),
    ("De subsidieronde loopt in september 2026 af.", "Bij ZonMw loopt tot september 2026 ook de subsidieronde.", False),
    ("Het programma loopt van 2020 tot en met 2024.", "Het programma loopt van 2023 tot en met 2027.", True),
    ("Het programma loopt van 2023 tot en met 2027.", "Het programma loopt 2023 t/m 2027.", False),
    ("De subsidie loopt van 2022 tot 2025.", "De subsidie loopt van 2022 tot en met 2024.", False),
    ("Vanaf 2026 krijgt het platform subsidie.", "Vanaf 2025 krijgt het platform subsidie.", True),
    ("In 2025 start de campagne.", "De campagne loopt van 2024 tot en met 2026.", False),
    ("In 2028 start de campagne.", "De campagne loopt van 2024 tot en met 2026.", True),
    ("Doxing is sinds 1 januari 2023 strafbaar.", "Dit is sinds 1 januari 2024 strafbaar.", True),
    ("De wet treedt in april 2025 in werking.", "De wet treedt op 15 april 2025 in werking.", False),
    ("De richtlijn moet uiterlijk in juni 2026 zijn omgezet.", "De richtlijn moet uiterlijk juni 2027 omgezet zijn.", True),
    ("De strategie verschijnt eind 2025.", "De strategie wordt naar verwachting begin 2026 gepubliceerd.", True),
    ("De wet wordt in 2027 geëvalueerd.", "Het kabinet evalueert de wet, zo staat in de nota.", False),
    # a time before or after a season, without a year
    ("Het plan van aanpak komt pas na de zomer.", "De minister komt nog voor de zomer met het plan van aanpak.", True),
    ("Het plan van aanpak komt voor de zomer.", "De minister komt nog voor de zomer met het plan van aanpak.", False),
    ("Het plan van aanpak komt in de zomer.", "De minister komt nog voor de zomer met het plan van aanpak.", False),
]

DIRECTION = [
    # blind round 108: what rose is said before the clause that "en" between two years cuts off ("... normaal vindt tussen
    # 2021 en 2023 flink gestegen")
    ("In Amsterdam is het aandeel leerlingen in klas 2 en 4 dat homoseksualiteit normaal vindt tussen 2021 en 2023 flink gestegen.",
     "Het percentage scholieren van klas 2 en 4 in het voortgezet onderwijs in Amsterdam dat homoseksualiteit normaal vindt, "
     "is gedaald van 63% (2021) naar 43% (2023).", True),
    # "loopt ... terug" with words between verb and particle
    ("Het aantal deelnemende scholen loopt de laatste jaren terug.", "Het aantal deelnemende scholen blijft groeien.", True),
    ("De emancipatie van vrouwen is de afgelopen decennia sterk achteruitgegaan.",
     "In de afgelopen decennia is er enorme vooruitgang geboekt met de emancipatie van vrouwen.", True),
    # restricting and slowing down are a decrease, against "meer rechten" and "versterkende werking"
    ("Europese regels beperken de rechten van burgers tegenover onlineplatforms.",
     "Europese wetgeving geeft burgers meer rechten tegenover de platforms.", True),
    ("Aanbevelingsalgoritmen remmen radicalisering juist af.",
     "Onderzoek wijst op de versterkende werking van aanbevelingsalgoritmen in een radicaliseringsproces.", True),
    ("Het kabinet verwacht dat de AI-verordening genderbias zal vergroten.",
     "De AI-verordening helpt genderbias in AI-systemen te voorkomen en terug te dringen.", True),
    ("De AI-verordening vergroot genderbias.", "De AI-verordening helpt genderbias te voorkomen en terug te dringen.", True),
    ("De AI-verordening helpt genderbias te bestrijden.", "De AI-verordening helpt genderbias te voorkomen en terug te dringen.", False),
    ("Het aantal meldingen is in 2024 gedaald.", "Het aantal meldingen steeg in 2024 met 141 procent.", True),
    ("Het aantal meldingen nam toe.", "Het aantal meldingen is gestegen.", False),
    ("Het kabinet bouwt de capaciteit van het ECAD-P af.", "Daartoe is de capaciteit van het ECAD-P bestendigd en uitgebreid.", True),
    ("Het toezicht op sociale veiligheid wordt afgezwakt.", "Ook wordt het toezicht op sociale veiligheid versterkt.", True),
    ("Het aantal deelnemende scholen loopt terug.", "Het aantal deelnemende scholen blijft groeien.", True),
    ("Het kabinet verbetert de positie van mantelzorgers.", "De positie van mantelzorgers verslechtert.", True),
    ("Nederland is tegenstander van het voorstel.", "Nederland is voorstander van het voorstel.", True),
    ("Het aantal meldingen stijgt, maar het aantal aangiftes daalt.", "Het aantal aangiftes daalt.", False),
    ("Het kabinet vergroot het budget.", "Het aantal meldingen daalde in 2024.", False),  # another object
    ("De verordening vergroot genderbias niet.", "De verordening helpt genderbias terug te dringen.", False),  # negated: not an opposite direction
    # the opposite marker is in the aligned clause; an agreeing marker in another clause does not save the claim
    ("Mannen werken gemiddeld korter dan vrouwen en krijgen een groter deel van de bonussen.",
     "Mannen werken gemiddeld langer dan vrouwen, maar krijgen een kleiner deel van de bonussen.", True),
    ("De wachttijden zijn langer geworden.", "De wachttijden zijn langer geworden, maar de kosten zijn lager.", False),
    ("De gemeente vindt het aantal opvangplekken toereikend.", "Het aantal opvangplekken is volgens de gemeente onvoldoende.", True),
    ("De gemeente vindt het aantal opvangplekken voldoende.", "Het aantal opvangplekken is volgens de gemeente toereikend.", False),
    ("De provincie stopt met het meten van de luchtkwaliteit.", "De provincie blijft de luchtkwaliteit meten.", True),
    ("De provincie zet het meten van de luchtkwaliteit voort.", "De provincie blijft de luchtkwaliteit meten.", False),
    # the marker's clause is cut at a coordination: the whole claim aligns it
    ("De regels voor huurders en kopers zijn toereikend.", "Volgens de bond zijn de regels voor huurders en kopers onvoldoende.", True),
    ("De regels voor vergunningen worden versoepeld.", "De regels voor vergunningen worden aangescherpt.", True),
    ("Aanvragen wordt voor ondernemers makkelijker.", "Aanvragen wordt voor ondernemers lastiger.", True),
    ("België is tegen het voorstel voor een Europese taks.", "België is positief over het voorstel voor een Europese taks.", True),
    ("Het budget voor de jeugdzorg werd in 2023 verlaagd.", "In 2023 kwam er extra geld voor de jeugdzorg.", True),
    # a clause-final verb is about the words before it: another thing shrinking in the evidence is no conflict
    ("Het rapport bekijkt methoden waarvan bewezen is dat ze de leesvaardigheid en de rekenvaardigheid vergroten.",
     "Het rapport bekijkt methoden ter preventie van schooluitval.", False),
    ("Het rapport bekijkt methoden waarvan bewezen is dat ze schooluitval vergroten.",
     "Het rapport bekijkt methoden ter preventie van schooluitval.", True),
]

NEGATION = [
    # "ontbreekt" says there is none
    ("In bijna zes op de tien besturen ontbreekt een vrouw.", "In bijna 60% van de besturen zit zelfs geen enkele vrouw.", False),
    ("In bijna zes op de tien besturen zit een vrouw.", "In bijna 60% van de besturen ontbreekt een vrouw.", True),
    # blind round 105: a double negation with "zonder" first; "niet" in an attribute of a noun
    ("Vrouwen zijn enorm vooruitgegaan, iets wat zonder de inzet van activisten nooit was gelukt.",
     "Er is enorme vooruitgang geboekt. Dit had nooit gekund zonder de keiharde inzet van mensenrechtenactivisten.", False),
    ("De plus staat ook voor mensen die non-binair zijn, naast andere seksuele oriëntaties.",
     "De plus staat voor personen die een andere, niet in voorstaande termen genoemde seksuele oriëntatie hebben, "
     "waaronder zij die non-binair zijn.", False),
    # a subclause without a comma ends at its infinitive: "niet" after it is the main clause's
    ("Lessen moeten niet binnen de eigen organisatie worden gehouden.",
     "Door als gemeenten samen op te trekken moeten lessen niet beperkt blijven tot de eigen organisatie.", False),
    # "met" against "zonder" on the same noun
    ("De behandelingen vinden plaats met hun expliciete en goed geïnformeerde toestemming.",
     "Kinderen krijgen met medisch niet-noodzakelijke behandelingen te maken zonder hun expliciete en goed geïnformeerde toestemming.", True),
    ("Lopende subsidies worden niet geraakt door de bezuinigingen.",
     "Het effect is klein en lopende subsidies worden niet beïnvloed door de voorgenomen bezuinigingen.", False),
    ("Voor niet-noodzakelijke medische behandelingen is toestemming nodig.",
     "Voor niet-noodzakelijke medische behandelingen is toestemming van de ouders nodig.", False),
    ("Het kabinet vindt de situatie van Roma in de EU niet zorgwekkend.",
     "Het kabinet vindt de situatie van Roma in de EU zorgwekkend.", True),
    ("Door de bezuinigingen worden lopende subsidies voor emancipatie gekort.",
     "Het effect is klein en lopende subsidies voor emancipatie worden niet beïnvloed door de bezuinigingen.", True),
    ("Niet-westerse vrouwen werken vaker in deeltijd.", "Niet-westerse vrouwen werken vaker in deeltijd dan andere vrouwen.", False),
    ("De Stichting Geen Grenzen ontvangt subsidie van het ministerie.",
     "De Stichting Geen Grenzen ontvangt subsidie van het ministerie van OCW.", False),
    ("De methode is gericht op jonge mannen.",
     "Deze methode is niet alleen gericht op jonge mannen, maar ook op alle internetgebruikers.", False),
    ("Het is een advies aan gemeenten.", "Het is geen verbod maar een advies aan gemeenten.", False),
    ("Het is een verbod voor gemeenten.", "Het is geen verbod voor gemeenten, maar een advies.", True),
    ("Open data van de overheid bevat persoonsgegevens.", "In beginsel is open data rechtenvrij en bevat het geen persoonsgegevens.", True),
    ("De regeringscommissaris adviseert het kabinet ook als niemand haar daarom heeft gevraagd.",
     "Zij geeft het kabinet gevraagd en ongevraagd advies.", False),
    ("De emancipatiewinst is te danken aan de inzet van vrouwen.",
     "Dit had nooit gekund zonder de keiharde inzet van vrouwen.", False),
    # a "zonder" in the clause after the negated word is no second negation
    ("In Nederland is het niet strafbaar om zonder toestemming deepnudes te maken.",
     "In Nederland is het zonder toestemming maken en verspreiden van deepnudes strafbaar.", True),
    ("Het project krijgt 'geen cent' extra, volgens de krant.", "Het project krijgt extra geld, volgens de krant.", False),
    # a negation in the next sentence of the evidence is about that sentence only
    ("Bijna alle klachten komen van huurders.", "De klachten komen vrijwel altijd van huurders. Verhuurders dienen meestal geen klacht in.", False),
    ("Het vervoer naar school valt niet onder de regeling.", "Ook het vervoer naar school valt hieronder.", True),
    # "nog geen kwart" bounds a number ("minder dan 25 procent"), it negates nothing
    ("Nog geen kwart van de leraren is man.", "Minder dan 25 procent van de leraren is man.", False),
    ("Vrouwen werken per week net geen tien uur minder.", "Vrouwen werken gemiddeld bijna 10 uur per week minder.", False),
    # the negation is on another word ("geen akkoord"); the claim's verb stands unnegated in the next clause
    ("Nederland blijft zich inzetten voor de richtlijn Gelijke Behandeling buiten Arbeid.",
     "Er is nog geen akkoord over het voorstel voor de EU-richtlijn Gelijke Behandeling buiten Arbeid. Nederland vindt dit belangrijk en blijft hierop inzetten.", False),
    ("Nederland blijft zich niet inzetten voor de richtlijn Gelijke Behandeling buiten Arbeid.",
     "Er is nog geen akkoord over het voorstel voor de EU-richtlijn Gelijke Behandeling buiten Arbeid. Nederland vindt dit belangrijk en blijft hierop inzetten.", True),
    ("Er is een akkoord over de EU-richtlijn Gelijke Behandeling buiten Arbeid.",
     "Er is nog geen akkoord over het voorstel voor de EU-richtlijn Gelijke Behandeling buiten Arbeid. Nederland vindt dit belangrijk en blijft hierop inzetten.", True),
]

QUANTIFIER = [
    # a handful against countless
    ("Het is te danken aan de inzet van een handvol vrouwen.", "Dit had nooit gekund zonder de inzet van talloze vrouwen.", True),
    # a majority against a part, either way; "veel" is not "de meeste"
    ("Het merendeel van de leraren in deeltijd wil meer uren werken.", "Een deel van de leraren in deeltijd wil meer werken.", True),
    ("Een deel van de leraren in deeltijd wil meer uren werken.", "De meeste leraren in deeltijd willen meer werken.", True),
    ("Veel leraren in deeltijd willen meer uren werken.", "De meeste leraren in deeltijd willen meer werken.", False),
    # the claim's universal against a bare count of the same noun: some, not all; a definite count is the whole
    ("Alle EU-lidstaten hebben de verklaring ondertekend.", "De verklaring is door twintig lidstaten ondertekend.", True),
    ("OCW werkt samen met alle Regenboogsteden.", "Het ministerie van OCW werkt met de 56 Regenboogsteden samen.", False),
    # the claim's universal against the evidence's "veel"/"vaak"; not the other way round
    ("Alle drempels voor meer uren werken treffen vooral vrouwen.", "Veel van deze drempels treffen vooral vrouwen.", True),
    ("Gemengde teams presteren altijd het best.", "Breed samengestelde teams behalen vaak de beste resultaten.", True),
    ("Veel van deze drempels treffen vooral vrouwen.", "Alle drempels treffen vooral vrouwen.", False),
    ("Alle scholen doen mee aan Paarse Vrijdag.", "Sommige scholen doen mee aan Paarse Vrijdag.", True),
    # almost always is not always, nor is it sometimes; "vrijwel alle" is "bijna altijd"
    ("De slachtoffers zijn zonder uitzondering meisjes.", "De slachtoffers hiervan zijn bijna altijd meisjes.", True),
    ("De slachtoffers zijn soms meisjes.", "De slachtoffers hiervan zijn bijna altijd meisjes.", True),
    ("Vrijwel alle slachtoffers zijn meisjes.", "De slachtoffers hiervan zijn bijna altijd meisjes.", False),
    ("De slachtoffers zijn bijna altijd meisjes.", "De slachtoffers zijn altijd meisjes.", False),
    ("Maar weinig mensen zetten zich in voor gelijke rechten.", "Veel mensen zetten zich in voor gelijke rechten.", True),
    ("Vrouwen krijgen zelden te maken met online haat.", "Vrouwen zijn veelvuldig slachtoffer van online haat.", True),
    ("Veel mensen zetten zich in voor gelijke rechten.", "Vele mensen zetten zich in voor gelijke rechten.", False),
    ("Elke gemeente krijgt een uitkering.", "Iedere gemeente krijgt een uitkering.", False),
    ("De meeste werkgevers bieden flexibele uren.", "Een minderheid van de werkgevers biedt flexibele uren.", True),
    ("De meeste werkgevers bieden flexibele uren.", "Het merendeel van de werkgevers biedt flexibele uren.", False),
    ("Vrouwen krijgen altijd dezelfde beloning.", "Vrouwen krijgen soms dezelfde beloning.", True),
    ("Vrouwen krijgen bijna altijd dezelfde beloning.", "Vrouwen krijgen vrijwel altijd dezelfde beloning.", False),
    ("In 2026 wordt voor het eerst een monitor uitgevoerd.", "In 2026 wordt opnieuw een monitor uitgevoerd.", True),
    ("Het programma staat alleen open voor vrouwen.", "Het programma staat ook open voor mannen.", True),
    ("Voor alle AI-systemen gelden eisen aan de datasets.", "Voor sommige hoog-risico AI-systemen gelden eisen aan de datasets.", True),
    ("De kennis is soms lastig te vinden voor gemeenten.", "De kennis is niet altijd makkelijk te vinden voor gemeenten.", False),
    ("Alle scholen krijgen subsidie.", "Enkele gemeenten krijgen een uitkering.", False),  # another noun
    ("De adviezen zijn volledig omgezet in normen.", "De adviezen zijn deels vertaald naar normen.", True),
    ("De gemeente krijgt eenmalig geld voor de opvang.", "De gemeente krijgt structureel geld voor de opvang.", True),
    ("De gemeente krijgt tijdelijk geld voor de opvang.", "De gemeente krijgt eenmalig geld voor de opvang.", False),
    # "alleen" against "zowel ... als" or "zoals", "onder meer": the evidence names more than the claim's one
    ("Het plan bevat alleen maatregelen tegen de daders.", "Het plan bevat zowel maatregelen tegen de daders als steun voor slachtoffers.", True),
    ("De commissaris start alleen in het mbo een aanpak.", "De commissaris start in verschillende sectoren een aanpak, zoals in het mbo en op de werkvloer.", True),
    ("De commissaris start onder meer in het mbo een aanpak.", "De commissaris start in verschillende sectoren een aanpak, zoals in het mbo en op de werkvloer.", False),
]

MODALITY = [
    # a "kunnen" in the evidence's relative clause is what others can do, not the statement's modality
    ("De subsidie moet een onderbouwde aanpak opleveren waarmee gemeenten vrouwen naar werk begeleiden.",
     "De subsidie is bedoeld om een onderbouwde aanpak te ontwikkelen, waarmee gemeenten vrouwen op weg kunnen helpen naar werk.", False),
    # "ligt inmiddels in consultatie" is done; "De planning is om ... in consultatie te brengen" a plan
    ("Het wetsvoorstel ligt inmiddels in consultatie.", "De planning is om dit wetsvoorstel in 2026 in consultatie te brengen.", True),
    # what someone "komt ... met" is still to come, however far the object is from the verb
    ("De minister van BZK heeft het plan van aanpak al gepresenteerd.",
     "Daarom komt de minister van BZK nog voor de zomer met het plan van aanpak.", True),
    # what is announced is what the "dat" clause says: a decision
    ("De staatssecretaris gaat een mannenalliantie opzetten.",
     "In het plan is aangekondigd dat een mannenalliantie opgericht zal worden door de staatssecretaris.", False),
    ("De staatssecretaris overweegt een mannenalliantie op te zetten.",
     "In het plan is aangekondigd dat een mannenalliantie opgericht zal worden door de staatssecretaris.", True),
    # "projecten die jongeren weerbaarder moeten maken" is an aim, no duty
    ("De ministeries steunen projecten die jongeren weerbaarder moeten maken.",
     "De ministeries ondersteunen projecten gericht op het vergroten van de weerbaarheid van jongeren, die gemeenten kunnen aanvragen.", False),
    # "het staat ... vrij" is a permission, against "moeten"
    ("Het staat EU-lidstaten vrij of ze met eigen uitvoeringswetgeving invulling geven aan de AI-verordening.",
     "EU-lidstaten moeten uitvoering geven aan de AI-verordening door middel van uitvoeringswetgeving.", True),
    # a time to come before a present-tense verb is a decision, not a fact
    ("SSV heeft de handreiking voor schoolleiders inmiddels uitgebracht.", "Dit najaar publiceert SSV een handreiking voor schoolleiders.", True),
    # working on something is no decision or fact yet; "inmiddels klaar" says it is done
    ("Het kabinet heeft de nationale strategie vrouwengezondheid al vastgesteld.",
     "Het kabinet werkt aan een nationale strategie vrouwengezondheid.", True),
    ("De tools voor het valideren van indirect onderscheid zijn inmiddels klaar.",
     "Voor het valideren van indirect onderscheid worden momenteel verschillende tools ontwikkeld.", True),
    ("Nederland werkt mee aan Europese dataspaces voor de zorg.", "Nederland draagt bij aan Europese dataspaces voor de zorg.", False),
    # a completed action (auxiliary ... clause-final participle, however many words between) against a plan or a future
    ("De gemeente heeft de nieuwe regeling voor mantelzorgers vorig jaar al in de raad vastgesteld.",
     "De gemeente komt in 2026 met een nieuwe regeling voor mantelzorgers.", True),
    ("Het ministerie heeft het aantal wachtenden voor de schuldhulp in drie jaar tijd gehalveerd.",
     "Het ministerie wil het aantal wachtenden voor de schuldhulp de komende jaren halveren.", True),
    ("De wethouder heeft het voorstel voor de opvang van dak- en thuislozen in de binnenstad vorige week al bij de gemeenteraad ingediend.",
     "De wethouder komt in 2026 met een voorstel voor de opvang van dak- en thuislozen in de binnenstad.", True),  # a long middle field
    ("De wijziging van de Huurwet is na de zomer door de Eerste Kamer aangenomen.",
     "De wijziging van de Huurwet wordt in 2026 aan de Eerste Kamer voorgelegd.", True),
    ("De provincie heeft de subsidie voor taalcursussen in 2024 flink verhoogd.",
     "In 2024 heeft de provincie de subsidie voor taalcursussen verhoogd.", False),
    ("De richtlijn moet uiterlijk in 2027 in Nederlandse wetgeving zijn omgezet.",  # a perfect infinitive after a modal
     "De richtlijn moet uiterlijk 2027 zijn omgezet in Nederlandse wetgeving.", False),
    ("Leerlingen volgen lessen waarvoor hun ouders geen, of geen schriftelijke, toestemming hebben gegeven.",  # a subordinate clause's verbs
     "Leerlingen kunnen lessen volgen waarvoor hun ouders geen schriftelijke toestemming hebben gegeven.", False),
    ("Een op de vijf jongeren heeft betaald werk naast de studie.",  # "betaald werk": no participle of the clause
     "Van de jongeren heeft een op de vijf betaald werk naast de studie.", False),
    ("Werkgevers moeten zwangerschapsdiscriminatie melden.", "Werkgevers kunnen zwangerschapsdiscriminatie vrijwillig melden.", True),
    ("Werkgevers moeten zwangerschapsdiscriminatie melden.", "Werkgevers zijn verplicht zwangerschapsdiscriminatie te melden.", False),
    ("Scholen mogen hun veiligheidsbeleid zelf evalueren.", "Scholen moeten hun veiligheidsbeleid jaarlijks evalueren.", True),
    ("Het kabinet heeft besloten een meldplicht in te voeren.", "Het kabinet overweegt een meldplicht in te voeren.", True),
    ("Het kabinet overweegt een meldplicht in te voeren.", "Het kabinet onderzoekt of een meldplicht kan worden ingevoerd.", False),
    ("Het kabinet wil een meldplicht invoeren.", "Het kabinet gaat een meldplicht invoeren.", True),
    ("De meldplicht is al ingevoerd.", "De meldplicht wordt naar verwachting in 2026 ingevoerd.", True),
    ("De AI-verordening kan genderbias vergroten.", "De AI-verordening zal genderbias vergroten.", True),
    ("De AI-verordening zal genderbias verkleinen.", "De AI-verordening zal genderbias verkleinen, zo verwacht het kabinet niet.", False),
    ("Deelname aan het programma is vrijwillig.", "Deelname aan het programma is niet verplicht.", False),
    ("Voor bedrijven geldt een meldplicht voor datalekken.", "Bedrijven kunnen datalekken vrijwillig melden.", True),
    ("De provincie heeft de studie al uitgevoerd.", "De provincie wil de studie volgend jaar uitvoeren.", True),
    ("De pilot over de online sociale norm is al afgerond.", "Deze pilot zal naar verwachting aan het einde van het jaar worden afgerond.", True),
    ("Het wetsvoorstel laat het aan scholen over of zij hun beleid evalueren.", "Scholen moeten hun beleid jaarlijks evalueren.", True),
    ("Voor hogescholen is een diversiteitsplan een vrijblijvend onderdeel.", "Voor hogescholen is een diversiteitsplan een verplicht onderdeel.", True),
    ("De stichting heeft al een website met tips gelanceerd.", "Er wordt ook een website met tips ontwikkeld.", True),
    # another sentence of the evidence says it the claim's way: no conflict
    ("Het waterschap streeft ernaar de dijk in 2027 te versterken.",
     "Het waterschap zal de dijk versterken. Het streven is dat de dijk in 2027 is versterkt.", False),
    # the evidence segment is found through the parts of a compound ("socialemediacampagne" / "sociale media campagne")
    ("De gemeente heeft al een socialemediacampagne over afval gelanceerd.", "Er wordt een sociale media campagne over afval ontwikkeld.", True),
    # a marker in a relative clause ("die ... willen") is not the claim's own commitment
    ("De bibliotheek gaat ouderen helpen die een cursus willen volgen.", "De bibliotheek gaat ouderen helpen bij het volgen van een cursus.", False),
]

ENTITY = [
    # a place name for the institution it stands for is no other organisation; another city is
    ("Als Brussel het project ROOTS goedkeurt, start het in 2026.",
     "Als de Europese Commissie het project goedkeurt zal het in 2026 van start gaan.", False),
    ("Als Parijs het project ROOTS goedkeurt, start het in 2026.",
     "Als de Europese Commissie het project goedkeurt zal het in 2026 van start gaan.", True),
    # an organisation named by one capitalised compound
    ("Het onderzoek naar long covid wordt gefinancierd door de Wereldgezondheidsorganisatie.",
     "Het onderzoek naar long covid wordt gefinancierd door ZonMw.", True),
    ("Het advies over de lerarenopleiding komt van de Onderwijsraad.",
     "Het advies over de lerarenopleiding komt van de Inspectie van het Onderwijs.", True),
    ("Het advies van de Onderwijsraad gaat over de lerarenopleiding.",
     "De Onderwijsraad adviseert over de lerarenopleiding.", False),
    ("Het College voor de Rechten van de Mens houdt toezicht op discriminatie door algoritmen.",
     "De AP en het CRM zien erop toe dat algoritmen niet discrimineren.", False),
    ("De Autoriteit Persoonsgegevens houdt toezicht.", "De AP houdt toezicht op algoritmen.", False),
    ("De Hongaarse wetgeving beperkt de rechten van lhbtiq+ personen.",
     "Het kabinet maakt zich zorgen over de wetgeving in Hongarije.", False),
    ("De Poolse wetgeving beperkt de rechten van lhbtiq+ personen.",
     "Het kabinet maakt zich zorgen over de wetgeving in Hongarije.", True),
    ("Het ministerie van OCW verstrekte Decentrale Uitkeringen aan gemeenten.",
     "Het ministerie van SZW heeft Decentrale Uitkeringen verstrekt aan gemeenten.", True),
    ("Het plan werd gepresenteerd door de minister van Sociale Zaken en Werkgelegenheid.",
     "Het plan is gepresenteerd door de staatssecretarissen van VWS en OCW.", True),
    ("Het ministerie van Onderwijs, Cultuur en Wetenschap subsidieert het project.", "OCW subsidieert het project.", False),
    ("Het kennisprogramma loopt bij het RIVM.", "Het kennisprogramma loopt bij ZonMw.", True),
    ("De alliantie bestaat uit COC Nederland, NNID en Rutgers.", "De alliantie bestaat uit COC Nederland, NNID en Bi+ Nederland.", True),
    ("De vragen werden gesteld door de Kamerleden Westerveld en Kathmann van D66.",
     "Vragen van de leden Westerveld en Kathmann (beiden GroenLinks-PvdA) over emancipatiebeleid.", True),
    ("De motie-Becker vraagt om een onderzoek.", "De motie-Dobbe vraagt om een onderzoek.", True),
    ("Het CBS meldt een stijging.", "Er is een stijging gemeld.", False),  # the evidence names no organisation: not found
    ("Huiselijk geweld komt veel voor op Bonaire, Sint Eustatius en Saba.",
     "Huiselijk geweld komt ook in Caribisch Nederland veel voor.", False),
    ("Ook Duitsland, Frankrijk en Spanje tekenden de verklaring over Hongarije.",
     "Declaration of Austria, Belgium, Finland, France, Germany, the Netherlands, Spain, Sweden.", False),
    ("Volgens de OESO werkt Nederland aan verklaringen.", "In de Verenigde Naties (VN) werkt Nederland aan verklaringen.", True),
]


def check(detect, claim: str, evidence: str, expected: bool, **kw) -> None:
    conflict = detect(claim, evidence, **kw)
    assert (conflict is not None) == expected, f"{claim!r} vs {evidence!r}: {conflict}"
    if conflict:
        assert isinstance(conflict, Conflict)
        assert conflict.claim_text and conflict.evidence_text
        assert conflict.explanation.endswith(".") and conflict.explanation[0].isupper()


COUNTERPART = [
    ("Ruim 15 procent van de bestuurders in het bedrijfsleven is een man.", "Ook is maar 15,3% van de bestuurders in het bedrijfsleven vrouw.", True),
    ("Vrouwen verdienen gemiddeld € 4,50 netto per uur minder dan mannen.",
     "Vrouwen verdienen in het bedrijfsleven gemiddeld € 4,50 bruto per uur minder.", True),
    ("Het zonder toestemming maken van deepnudes is in Nederland toegestaan.",
     "In Nederland is het zonder toestemming maken en verspreiden van deepnudes strafbaar.", True),
    ("Scholen worden verplicht een vertrouwenspersoon aan te stellen.", "Scholen stellen vrijwillig een vertrouwenspersoon aan.", True),
    # the claim names both members: no swap to find here
    ("Vrouwen verdienen per uur minder dan mannen.", "Ondanks de vooruitgang zijn er grote verschillen tussen vrouwen en mannen.", False),
    # the evidence clause names the claim's member too
    ("Vier op de tien vrouwen zijn niet financieel onafhankelijk.",
     "Vier op de tien vrouwen zijn niet financieel onafhankelijk, van de mannen zijn dat er maar twee op de tien.", False),
    ("Het verspreiden van deepnudes is strafbaar.", "Het maken en verspreiden van deepnudes is strafbaar.", False),
]


@pytest.mark.parametrize("claim,evidence,expected", COUNTERPART)
def test_counterpart(claim: str, evidence: str, expected: bool) -> None:
    assert (detect_counterpart(claim, evidence) is not None) is expected


@pytest.mark.parametrize("claim,evidence,expected", NUMBER)
def test_number(claim: str, evidence: str, expected: bool) -> None:
    check(detect_number, claim, evidence, expected)


@pytest.mark.parametrize("claim,evidence,expected", DATE)
def test_date(claim: str, evidence: str, expected: bool) -> None:
    check(detect_date, claim, evidence, expected)


@pytest.mark.parametrize("claim,evidence,expected", DIRECTION)
def test_direction(claim: str, evidence: str, expected: bool) -> None:
    check(detect_direction, claim, evidence, expected)


@pytest.mark.parametrize("claim,evidence,expected", NEGATION)
def test_negation(claim: str, evidence: str, expected: bool) -> None:
    check(detect_negation, claim, evidence, expected)


@pytest.mark.parametrize("claim,evidence,expected", QUANTIFIER)
def test_quantifier(claim: str, evidence: str, expected: bool) -> None:
    check(detect_quantifier, claim, evidence, expected)


@pytest.mark.parametrize("claim,evidence,expected", MODALITY)
def test_modality(claim: str, evidence: str, expected: bool) -> None:
    check(detect_modality, claim, evidence, expected)


@pytest.mark.parametrize("claim,evidence,expected", ENTITY)
def test_entity(claim: str, evidence: str, expected: bool) -> None:
    check(detect_entity, claim, evidence, expected)


def test_an_undefined_acronym_one_letter_off_a_defined_one_is_the_same_organisation() -> None:
    """A document defines "Stichting School & Veiligheid (SSV)" and goes on with "SVV"; "CBS" is not "CPB"."""
    table = AliasTable()
    table.add(["Stichting School & Veiligheid", "SSV"], "organisation")
    table.add(["Centraal Planbureau", "CPB"], "organisation")
    table.add(["Centraal Bureau voor de Statistiek", "CBS"], "organisation")
    assert detect_entity("Stichting School & Veiligheid helpt leraren.", "Zo heeft SVV aanbod voor docenten.", table) is None
    assert detect_entity("Het Centraal Planbureau helpt leraren.", "Zo heeft het CBS aanbod voor docenten.", table) is not None


def test_entity_uses_alias_table_from_documents() -> None:
    table = build_alias_table(["Het Landelijk Platform Transgenderzorg (LPT) coördineert de zorg."])
    assert detect_entity("Het LPT coördineert de zorg.", "Het Landelijk Platform Transgenderzorg coördineert de zorg.", table) is None
    assert detect_entity("Het LPT coördineert de zorg.", "Het RIVM coördineert de zorg.", table) is not None


def test_number_conflict_explanation_names_the_values() -> None:
    conflict = detect_number("20 lidstaten tekenden.", "Twaalf lidstaten tekenden.")
    assert conflict is not None and conflict.kind == "number"
    assert "20 lidstaten" in conflict.explanation and "Twaalf lidstaten" in conflict.explanation


def test_find_conflicts_runs_all_detectors() -> None:
    claim = "Het kabinet verwacht dat de AI-verordening genderbias zal vergroten."
    evidence = "De AI-verordening helpt genderbias in AI-systemen te voorkomen en terug te dringen."
    assert [c.kind for c in find_conflicts(claim, evidence)] == ["direction"]
    assert find_conflicts("Lopende subsidies worden niet geraakt door de bezuinigingen.",
                          "Lopende subsidies worden niet beïnvloed door de voorgenomen bezuinigingen.") == []
    kinds = {c.kind for c in find_conflicts("In 2020 deden 40 gemeenten mee.", "In 2024 deden 25 gemeenten mee.")}
    assert kinds == {"number", "date"}


def test_conflict_is_frozen() -> None:
    conflict = Conflict("number", "20", "12", "De bewering noemt 20, maar de bron noemt 12.")
    with pytest.raises(AttributeError):
        conflict.kind = "date"  # type: ignore[misc]


# (claim, evidence, objection expected): what a paraphrase may not change before it is supported on meaning
UNCONFIRMED = [
    # blind round 105: what the evidence says may be ("kunnen daarom effectief zijn") stated as a fact
    ("Interventies die het zoeken naar extremistische content afremmen, zijn bewezen effectief tegen radicalisering.",
     "Interventies die dit zoekproces remmen of onderbreken kunnen daarom effectief zijn om verdere radicalisering te voorkomen.", True),
    ("Interventies die het zoeken naar extremistische content afremmen, kunnen effectief zijn tegen radicalisering.",
     "Interventies die dit zoekproces remmen of onderbreken kunnen daarom effectief zijn om verdere radicalisering te voorkomen.", False),
    # blind round 28: as many negations on both sides, put on other words; one dropped is still an objection
    ("Omdat haat zich steeds meer op internet afspeelt, houdt ze niet op bij de grens.",
     "Haat stopt niet bij landsgrenzen, ook omdat het steeds vaker online plaatsvindt.", False),
    ("Omdat haat zich steeds meer op internet afspeelt, houdt ze op bij de grens.",
     "Haat stopt niet bij landsgrenzen, ook omdat het steeds vaker online plaatsvindt.", True),
    # an effort towards something is furthering it; hindering it is not confirmed
    ("AI kan volgens het kabinet gelijke kansen bevorderen.", "AI kan bijdragen aan gelijke kansen.", False),
    ("AI kan volgens het kabinet gelijke kansen verkleinen.", "AI kan bijdragen aan gelijke kansen.", True),
    ("OCW trekt samen op met 56 Regenboogsteden en de provincies om lhbtiq+ personen veiliger te maken en hun acceptatie te vergroten.",
     "Het ministerie van OCW werkt met de 56 Regenboogsteden en provincies samen aan de sociale acceptatie en veiligheid van lhbtiq+ personen.", False),
    ("Het ministerie van OCW trekt samen met 56 Regenboogsteden en provincies op om de sociale acceptatie en veiligheid van lhbtiq+ personen te vergroten.",
     "Het ministerie van OCW werkt met de 56 Regenboogsteden en provincies samen aan de sociale acceptatie en veiligheid van lhbtiq+ personen.", False),
    # a result a programme must bring about is its aim
    ("De gemeenten steunen initiatieven die lhbtiq+ personen veiliger moeten maken.",
     "Zij stimuleren initiatieven, om de veiligheid van lhbtiq+ personen te verbeteren.", False),
    # small is limited; special attention is extra attention; a rise in a level is an improvement; "Non-" prevents
    ("De bezuinigingen raken het budget maar beperkt.", "Het effect van de bezuinigingen op het budget is klein.", False),
    ("Vrouwen in de techniek krijgen extra aandacht.", "Hierbij is bijzondere aandacht voor vrouwen in de technieksector.", False),
    ("Professionals zien een verbetering in het opleidingsniveau van de kinderen.",
     "Professionals zien een stijging in het onderwijsniveau van de kinderen.", False),
    ("Er is een e-learning over het voorkomen van discriminatie in algoritmes.", "RADIO biedt een e-learning ‘Non-discriminatie in algoritmes en data’.", False),
    # "veel aandacht" is "uitgebreid aandacht", "veel betekenen" is "een belangrijke rol", "veel geld" is "goed gefinancierd";
    # "meer" furthered by an effort towards it; a programme that "wil" bring something about states its aim
    ("In het leergebied gaat veel aandacht naar veiligheid.", "In het leergebied is er uitgebreid aandacht voor veiligheid.", False),
    ("Mannen kunnen als bondgenoot veel betekenen bij het voorkomen van geweld.",
     "Mannen hebben als bondgenoten een belangrijke rol bij het voorkomen van geweld.", False),
    ("De beweging heeft veel geld.", "De beweging is goed georganiseerd en gefinancierd.", False),
    ("De beweging heeft veel leden.", "De beweging is goed georganiseerd en gefinancierd.", True),
    ("Het lesprogramma wil jongeren weerbaar maken tegen desinformatie.",
     "Deze methode richt zich op het weerbaar maken tegen desinformatie.", False),
    # "ter onderbreking van" gives the aim a "zodat" states
    ("Wie zoekt krijgt hulpaanbod te zien, zodat de zoektocht wordt onderbroken.",
     "Ter onderbreking van een zoekproces wordt een informatieveld met hulpaanbod aangeboden.", False),
    # a double negation keeps the polarity; "niet onafhankelijk" is not "onafhankelijk"; "niet evenredig" may be a clause
    # of its own after "en" and still be "ondervertegenwoordigd"
    ("Vier op de tien vrouwen zijn financieel afhankelijk.", "Vier op de tien vrouwen zijn niet financieel onafhankelijk.", False),
    ("Vrouwen zijn financieel onafhankelijk.", "Vier op de tien vrouwen zijn niet financieel onafhankelijk.", True),
    ("Sinti en Roma zijn op hogescholen en universiteiten niet evenredig vertegenwoordigd.",
     "Zo zijn Sinti en Roma in het hoger onderwijs ondervertegenwoordigd en ervaren zij discriminatie.", False),
    # a relative clause that says the thing is done, against a planned one
    ("In de AI-fabriek die Nederland inmiddels in gebruik heeft genomen, worden initiatieven gestimuleerd.",
     "Initiatieven worden gestimuleerd in de in Nederland voorziene AI-fabriek.", True),
    # "onveilig" in one clause of the claim is the evidence's "niet veilig", whichever claim clause is compared
    ("Dat veel vrouwen zich in hun eigen huis onveilig voelen, komt doordat daders vaak mensen zijn die ze kennen.",
     "Veel vrouwen voelen zich thuis niet veilig, dat komt omdat plegers van geweld vaak bekenden zijn.", False),
    # "uit vrije wil" is no intention
    ("Het netwerk moedigt organisaties aan om uit vrije wil gegevens te delen.",
     "Het netwerk bevordert vrijwillige datadeling tussen organisaties.", False),
    # a negated word said with "on-" is the same polarity; "ook als" is "even if", no "also"
    ("De ombudsman behandelt klachten ook als niemand erom heeft gevraagd.",
     "De ombudsman behandelt gevraagd en ongevraagd klachten van burgers.", False),
    ("Het aantal slachtoffers in de regio is niet bekend.", "Het aantal slachtoffers in de regio is onbekend.", False),
    ("Het aantal slachtoffers in de regio is niet bekend.", "Het aantal slachtoffers in de regio is bekend.", True),
    ("Het waterschap heeft de dijkversterking bij Kampen al afgerond.",
     "Het waterschap verwacht de dijkversterking bij Kampen in 2027 af te ronden.", True),
    ("De provincie heeft een plan voor fietspaden opgesteld met eisen voor verlichting.",  # a participle needs no confirmation ...
     "De provincie stelde een plan voor fietspaden op, met eisen voor verlichting.", False),
    ("De provincie heeft een plan voor fietspaden opgesteld met eisen voor verlichting.",  # ... only no plan against it
     "De provincie zal een plan voor fietspaden opstellen, met eisen voor verlichting.", True),
    ("Wie is veroordeeld voor fraude, mag geen bestuurder worden.",  # a relative clause's participle
     "Een persoon die is veroordeeld voor fraude mag geen bestuurder worden.", False),
    ("Het team helpt jongeren die online worden bedreigd.", "Het team ondersteunt jongeren die op internet worden bedreigd.", False),
    ("Het team helpt geen jongeren die online worden bedreigd.", "Het team ondersteunt jongeren die op internet worden bedreigd.", True),
    ("Het team helpt jongeren.", "Het team helpt geen jongeren, maar hun ouders.", True),
    ("Het vervoer valt niet onder de regeling.", "Ook het vervoer valt onder de regeling.", True),  # "niet onder" is no litotes
    ("Het aantal klachten is flink gestegen.", "Het aantal klachten nam sterk toe.", False),
    ("Het aantal klachten is flink gestegen.", "Het aantal klachten is flink.", True),  # the direction is not confirmed
    ("Alle gemeenten krijgen geld.", "Sommige gemeenten ontvangen middelen.", True),
    ("Het ministerie heeft de regeling ingevoerd.", "Het ministerie overweegt de regeling in te voeren.", True),
    ("Het ministerie voert de regeling in.", "Het ministerie onderzoekt of de regeling kan worden ingevoerd.", True),  # a plan is no fact
    # "moeten ... helpen" states an aim, which the evidence's aim confirms; a duty needs a duty
    ("De nieuwe regels moeten de files helpen verminderen.", "De regels zijn gericht op het verminderen van files.", False),
    ("Gemeenten moeten een loket openen.", "Gemeenten openen een loket.", True),
    # a cause, a comparison or a superlative must be the evidence's own
    ("Door de nieuwe wet daalde het aantal ongelukken.", "Het aantal ongelukken daalde.", True),
    ("Het aantal ongelukken daalde doordat de wet veranderde.", "Als gevolg van de nieuwe wet daalde het aantal ongelukken.", False),
    ("Vrouwen zijn bij hun eerste kind jonger dan vroeger.", "Vrouwen zijn bij hun eerste kind ouder dan vroeger.", True),
    ("Vrouwen zijn bij hun eerste kind ouder dan vroeger.", "Vrouwen zijn bij de geboorte van hun eerste kind ouder dan vroeger.", False),
    ("Amsterdam is de grootste deelnemer.", "Amsterdam is een deelnemer.", True),
    ("Vrijwel alle deelnemers zijn vrouwen.", "De deelnemers zijn bijna altijd vrouwen.", False),  # amount and frequency agree
    ("De bezuinigingen raken de bibliotheken.", "De voorgenomen bezuinigingen raken de bibliotheken.", False),  # an attribute, no hedge
    ("De bezuinigingen raken de bibliotheken.", "Het kabinet overweegt dat de bezuinigingen de bibliotheken raken.", True),
    ("De dienst helpt mensen om hun taken goed uit te voeren.", "De dienst helpt mensen om hun taken effectief uit te kunnen voeren.", False),
    ("Nu de bank het krediet heeft ingetrokken, vraagt de stad om een nieuw krediet.",
     "Mocht de bank het krediet intrekken, dan vraagt de stad om een ander krediet.", True),  # a condition is no fact
    # "de laatste jaren" is a time span ("de afgelopen jaren"), no superlative; without one in the evidence it objects
    ("Het aantal meldingen is de laatste jaren gestegen.", "Het aantal meldingen is in de afgelopen jaren gestegen.", False),
    ("Het aantal meldingen is de laatste jaren gestegen.", "Het aantal meldingen is gestegen.", True),
    # a marker word inside a capitalised name asserts nothing; the same word outside a name does
    ("Het programma Meer Groen subsidieert tuinen in de wijk.", "Het programma subsidieert tuinen in de wijk.", False),
    ("Het programma subsidieert meer tuinen in de wijk.", "Het programma subsidieert tuinen in de wijk.", True),
    # "ook" adds nothing the evidence must say, unless the evidence says "alleen"
    ("Nu doet ook Zwolle mee aan het programma.", "Zwolle doet mee aan het programma.", False),
    ("Nu doet ook Zwolle mee aan het programma.", "Alleen Zwolle doet mee aan het programma.", True),
    # "elk jaar" is "jaarlijks"; "elke gemeente" is a bare plural with no amount; "kunnen" is vouched for by a fact
    ("Elk jaar evalueren scholen hun beleid.", "Scholen evalueren hun beleid jaarlijks.", False),
    ("Elk jaar evalueren scholen hun beleid.", "Scholen evalueren hun beleid.", True),
    ("Elke gemeente moet een loket hebben.", "De wet verplicht gemeenten om een loket te hebben.", False),
    ("Elke gemeente moet een loket hebben.", "De wet verplicht veel gemeenten om een loket te hebben.", True),
    ("Elke gemeente moet een loket hebben.", "De wet verplicht sommige gemeenten om een loket te hebben.", True),
    ("Elke gemeente biedt vrouwen een cursus aan.", "Gemeenten kunnen ervoor kiezen om vrouwen een cursus aan te bieden.", True),
    ("Ambtenaren kunnen een cursus over privacy volgen.", "De academie biedt ambtenaren een cursus over privacy.", False),
    ("Ambtenaren kunnen een cursus over privacy volgen.", "Ambtenaren moeten een cursus over privacy volgen.", True),
    ("Ambtenaren kunnen een cursus over privacy volgen.", "De academie overweegt ambtenaren een cursus over privacy te bieden.", True),
    # "bereikte dat" gives the cause the claim's "dankzij" names
    ("Dankzij de vakbond krijgen werknemers nu extra verlof.", "Zo bereikte de vakbond dat werknemers nu extra verlof krijgen.", False),
    # a cause or aim in the evidence's own words: "want", "daarom", "gelet op", "met als doel"; a consequence as an effect
    ("Het bureau werkt in wijkteams, omdat gemengde teams beter presteren.",
     "Het bureau werkt in wijkteams. Want gemengde teams presteren beter.", False),
    ("De stad is toezichthouder vanwege haar rol als vergunningverlener.",
     "De stad is toezichthouder, gelet op haar rol als vergunningverlener.", False),
    ("De stad is toezichthouder vanwege haar rol als vergunningverlener.", "De stad is toezichthouder en vergunningverlener.", True),
    ("Het kader let op de gevolgen voor privacy.", "Het kader let op de effecten voor privacy.", False),
    # "aanvullende subsidie" is "extra geld"; "de mogelijkheid om" is "kan"; "de taak ... om" is "moet"
    ("Twee projecten kregen extra geld.", "Twee projecten kregen een aanvullende subsidie.", False),
    ("Als de wet wordt aangenomen, kan de provincie regels stellen.",
     "Als de wet wordt aangenomen, krijgt de provincie de mogelijkheid om regels te stellen.", False),
    ("Dat de gemeente het groen moet onderhouden, staat in de wet.", "De taak van de gemeente om het groen te onderhouden staat in de wet.", False),
    ("Dat de gemeente het groen moet onderhouden, staat in de wet.", "Dat de gemeente het groen onderhoudt, staat in de wet.", True),
    # "onverminderd" continues, "bestendigd" lasts, "niet evenredig" is "onder-"
    ("De partijen blijven zich inzetten voor de wijk.", "Onverminderde inzet van de partijen voor de wijk is nodig.", False),
    ("De capaciteit van het team is blijvend gemaakt.", "De capaciteit van het team is bestendigd.", False),
    ("De capaciteit van het team is blijvend gemaakt.", "De capaciteit van het team is tijdelijk verhoogd.", True),
    ("Jongeren zijn in de raad niet evenredig vertegenwoordigd.", "Jongeren zijn in de raad ondervertegenwoordigd.", False),
    ("Jongeren zijn in de raad niet vertegenwoordigd.", "Jongeren zijn in de raad ondervertegenwoordigd.", True),
    # a plain adjective against its opposite; "ligt klaar" is done; "algehele" is "in haar geheel"; "sterker maken" is "versterken"
    ("Transgender personen hebben een relatief sterke positie op de arbeidsmarkt.", "Hun arbeidsmarktpositie is relatief slecht.", True),
    ("Er ligt inmiddels een blauwdruk klaar.", "De bedoeling is om te komen tot een blauwdruk.", True),
    ("De methode wordt na de pilot in haar geheel geëvalueerd.", "Een algehele evaluatie van de methode vindt na de pilot plaats.", False),
    ("Het is vanzelfsprekend dat collega's elkaar respecteren en sterker maken.", "Het is vanzelfsprekend dat collega's elkaar respecteren en versterken.", False),
    # "niet goed genoeg" is "onvoldoende"; "geen onderscheid", "niet anders" is "gelijk"
    ("De campagne bereikt ouderen niet goed genoeg.", "De campagne bereikt ouderen onvoldoende.", False),
    ("De campagne bereikt ouderen niet.", "De campagne bereikt ouderen onvoldoende.", True),
    ("De gemeente maakt geen onderscheid tussen de wijken.", "Voor de gemeente zijn alle wijken gelijk.", False),
    ("Zwangere werknemers mogen niet anders behandeld worden.", "De campagne gaat over gelijke behandeling van zwangere werknemers.", False),
    # "bestrijden", "tegengaan" is "aanpakken": an effort, no effect
    ("De gemeente wil armoede onder ouderen bestrijden.", "De gemeente wil armoede onder ouderen aanpakken.", False),
    ("De gemeente wil armoede onder ouderen bestrijden.", "De gemeente wil armoede onder ouderen vergroten.", True),
    ("De provincie bouwt de steun voor de musea en de bibliotheken in de kleine dorpen af.",  # the particle far from its verb
     "De provincie bestendigt de steun voor de musea en de bibliotheken in de kleine dorpen.", True),
    # the claim's "onder meer" adds nothing the evidence must say, unless the evidence says "alleen"
    ("De subsidie is onder meer bedoeld voor vrouwen.", "De subsidie is bedoeld voor vrouwen en jongeren.", False),
    ("De subsidie is onder meer bedoeld voor vrouwen.", "De subsidie is alleen bedoeld voor vrouwen.", True),
    ("Het lesprogramma is geëvalueerd.", "Het lesprogramma is opgezet en de gemeente zal het evalueren.", True),
    # "weinig", "nauwelijks", "beperkte" are said by "gering", "klein"; "veel" does not say "de meeste"
    ("Dat er weinig vrouwen in de techniek werken, is een risico.", "Een risico is de geringe vertegenwoordiging van vrouwen in de techniek.", False),
    ("De bezuiniging raakt het budget nauwelijks.", "Het effect van de bezuiniging op het budget is klein.", False),
    ("De bezuiniging heeft een beperkte invloed op het budget.", "Het effect van de bezuiniging op het budget is klein.", False),
    ("De meeste gemeenten doen mee.", "Veel gemeenten doen mee.", True),
    # a hedge of the claim says the evidence's expectation; "aangezien" gives a reason; "om ... te" is "zodat"
    ("De strategie verschijnt vermoedelijk begin 2026.", "De strategie wordt naar verwachting begin 2026 gepubliceerd.", False),
    ("De strategie verschijnt begin 2026.", "De strategie wordt naar verwachting begin 2026 gepubliceerd.", True),
    ("Omdat de data vrij te downloaden zijn, is het gebruik niet na te gaan.",
     "Aangezien de data vrij te downloaden zijn, is het niet mogelijk het gebruik bij te houden.", False),
    ("De cursus versterkt het zelfvertrouwen, zodat vrouwen beter meedoen.", "De cursus vergroot het zelfvertrouwen, om beter mee te kunnen doen.", False),
    ("De cursus versterkt het zelfvertrouwen, zodat vrouwen beter meedoen.", "De cursus vergroot het zelfvertrouwen.", True),
    # "moet" is said by a need or a responsibility, and an aim by what a campaign does
    ("Het onderscheid moet zorgvuldig worden gevalideerd.", "Het onderscheid vraagt daarom om zorgvuldige validatie.", False),
    ("De aanbieders moeten instaan voor de kwaliteit van de data.", "De verantwoordelijkheid voor de kwaliteit van de data ligt bij de aanbieders.", False),
    ("De campagne moet studenten bewuster maken.", "De campagne vergroot de bewustwording van studenten.", False),
    ("De campagne moet studenten bewuster maken.", "De campagne kan de bewustwording van studenten vergroten.", True),
    # a goal or a schedule is what "moet" says, unless the evidence has a duty or permission the claim lacks
    ("De wet moet per 1 augustus 2026 ingaan.", "De planning is er op gericht dat de wet op 1 augustus 2026 in werking treedt.", False),
    ("De wet moet per 1 augustus 2026 ingaan.", "De planning is dat de wet op 1 augustus 2026 in werking kan treden.", True),
    ("Mannen moeten de signalen herkennen.", "Het doel hierbij is dat mannen signalen herkennen.", False),
    ("Mannen moeten de signalen herkennen.", "Mannen kunnen signalen herkennen.", True),
    # a comparison in other words
    ("Defensie heeft eerder dan voorzien extra personeel nodig.", "Defensie heeft sneller dan gepland meer mensen nodig.", False),
    ("Vrouwen worden gemiddeld ouder dan mannen.", "Vrouwen leven gemiddeld langer dan mannen.", False),
    ("Vrouwen worden gemiddeld jonger dan mannen.", "Vrouwen leven gemiddeld langer dan mannen.", True),
]


@pytest.mark.parametrize("claim,evidence,expected", UNCONFIRMED)
def test_unconfirmed(claim: str, evidence: str, expected: bool) -> None:
    assert (unconfirmed(claim, evidence) is not None) == expected, unconfirmed(claim, evidence)


# (claim, passage, the claim's name word the passage lacks)
MISSING_NAME = [
    ("De Wereldgezondheidsorganisatie financiert het onderzoek naar long covid bij vrouwen.",
     "ZonMw financiert het onderzoek naar long covid bij vrouwen.", "Wereldgezondheidsorganisatie"),
    ("Het advies over de lerarenopleiding komt van de Onderwijsraad.",
     "Het advies over de lerarenopleiding komt van de Inspectie van het Onderwijs.", "Onderwijsraad"),
    ("Volgens het CBS werken vrouwen vaker in deeltijd.",
     "Uit onderzoek van het Sociaal en Cultureel Planbureau blijkt dat vrouwen vaker in deeltijd werken.", "CBS"),
    ("Volgens het SCP werken vrouwen vaker in deeltijd.",  # the acronym spelled out
     "Uit onderzoek van het Sociaal en Cultureel Planbureau blijkt dat vrouwen vaker in deeltijd werken.", None),
    ("De Tweede Kamer heeft de motie over kinderopvang aangenomen.",  # no particular organisation's name
     "De Kamer heeft de motie over kinderopvang aangenomen.", None),
    ("De proef met Friestalige leerkrachten loopt in Leeuwarden en Sneek.",  # a compound said in two words
     "In Leeuwarden en Sneek loopt een proef met Fries talige leerkrachten.", None),
    ("Met de SafeSearch-methode zien zoekers een waarschuwing.",  # a hyphenated name by its name part
     "De SafeSearch methode toont zoekers een waarschuwing.", None),
    ("Als Brussel het plan goedkeurt, start het project in 2026.",  # a place name for the institution it stands for
     "Als de Europese Commissie het plan goedkeurt, start het project in 2026.", None),
    ("Als Parijs het plan goedkeurt, start het project in 2026.",
     "Als de Europese Commissie het plan goedkeurt, start het project in 2026.", "Parijs"),
]


@pytest.mark.parametrize("claim,evidence,expected", MISSING_NAME)
def test_missing_name(claim: str, evidence: str, expected: str | None) -> None:
    assert missing_name(claim, evidence, build_alias_table([])) == expected


# (claim, passage, the claim's coordinator or leader is not the passage's)
ROLE = [
    ("Het netwerk Sterk Thuis wordt gecoördineerd door de gemeente Utrecht.",
     "De provincie Utrecht coördineert het netwerk Sterk Thuis; de gemeente Utrecht is een van de partners.", True),
    ("Het ministerie van SZW leidt het programma Gelijk Loon.",
     "Het programma Gelijk Loon staat onder leiding van het ministerie van Financiën. SZW neemt deel.", True),
    ("De aanpak van straatintimidatie wordt door Movisie gecoördineerd.",
     "Rutgers, Movisie en Atria werken mee aan de aanpak van straatintimidatie. De coördinatie ligt bij Atria.", True),
    ("Het actieplan verkeersveiligheid wordt gecoördineerd door de gemeente Arnhem.",  # the agent after the verb (inversion)
     "Voor de veiligheid van fietsers coördineert de provincie Gelderland, samen met de gemeenten Arnhem en Nijmegen, "
     "de uitvoering van het actieplan verkeersveiligheid.", True),
    ("Het actieplan verkeersveiligheid wordt gecoördineerd door de provincie Gelderland.",
     "Voor de veiligheid van fietsers coördineert de provincie Gelderland, samen met de gemeenten Arnhem en Nijmegen, "
     "de uitvoering van het actieplan verkeersveiligheid.", False),
    ("Het project wordt door Movisie gecoördineerd.", "Movisie coördineert het project samen met Rutgers.", False),
    ("De coördinatie van de aanpak ligt bij de VNG.", "De aanpak wordt gecoördineerd door de Vereniging van Nederlandse Gemeenten.", False),
    ("Het onderzoek leidt tot betere zorg.", "Het ministerie van VWS coördineert het onderzoek.", False),  # "leidt tot" is no role
    ("De campagne wordt gecoördineerd door Movisie.",  # another thing coordinated by another
     "De campagne loopt in tien gemeenten. Daarnaast coördineert Atria een kennisnetwerk over huiselijk geweld.", False),
]


@pytest.mark.parametrize("claim,evidence,expected", ROLE)
def test_role(claim: str, evidence: str, expected: bool) -> None:
    c = detect_role(claim, evidence, build_alias_table([]))
    assert (c is not None) == expected, c


# (claim, [evidence sentence, its neighbours], a clause there negates or takes back the claim)
UNDERCUT = [
    ("De gemeente houdt bij hoeveel daklozen er in de winteropvang slapen.",
     ["De gemeente wil weten hoeveel daklozen er in de winteropvang slapen.", "Het is echter niet mogelijk dit bij te houden."], True),
    ("De inspectie weet hoeveel scholen een vertrouwenspersoon hebben.",
     ["Alle scholen moeten een vertrouwenspersoon hebben.", "Hoeveel scholen er een hebben, is onbekend."], True),
    ("Het aantal meldingen van discriminatie op de werkvloer is gestegen.",
     ["Het aantal meldingen van discriminatie op de werkvloer is volgens de vakbond gestegen.",
      "Landelijke cijfers over meldingen van discriminatie op de werkvloer zijn er niet."], True),
    ("De begeleiding van statushouders, arbeidsmigranten en mantelzorgers hoort bij het integratiebeleid.",
     ["Het kabinet vindt het belangrijk dat statushouders, arbeidsmigranten en mantelzorgers goed worden begeleid.",
      "De begeleiding van deze groepen is echter geen onderdeel van het integratiebeleid."], True),
    ("Bestanden op het portaal worden wekelijks duizenden keren gedownload.",  # a demonstrative, one shared word: another statement
     ["Bestanden op het portaal worden wekelijks duizenden keren gedownload.", "Deze bestanden worden niet actief aangeboden aan scholen."], False),
    ("Slechts 20 procent van de hoogleraren is vrouw.",  # a negation on something else nearby
     ["Slechts 20 procent van de hoogleraren is vrouw.", "Op een derde van de faculteiten werkt zelfs geen enkele vrouwelijke hoogleraar."], False),
    ("De gemeente betaalt de reiskosten van vrijwilligers.",
     ["De gemeente betaalt de reiskosten van vrijwilligers.", "Andere onkosten worden niet vergoed."], False),
    ("De subsidie wordt niet verlengd.",  # a negated claim is the negation detectors' case
     ["De subsidie wordt niet verlengd.", "Een verlenging is niet mogelijk."], False),
    # a negated manner ("niet proactief") takes back the manner, not what the claim says ...
    ("Op het portaal zijn ruim 20.000 open datasets beschikbaar.",
     ["Op het portaal zijn meer dan 20.000 open datasets te vinden.",
      "Deze data wordt niet proactief beschikbaar gesteld specifiek voor het ontwikkelen van AI-toepassingen."], False),
    # ... unless the claim says that manner, or one of its kind
    ("Het kabinet zet de open data actief en speciaal klaar voor bedrijven die AI bouwen.",
     ["Op het portaal zijn meer dan 20.000 open datasets te vinden.",
      "Deze data wordt niet proactief beschikbaar gesteld specifiek voor bedrijven die AI-toepassingen bouwen."], True),
    ("De data wordt proactief beschikbaar gesteld voor het ontwikkelen van AI-toepassingen.",
     ["Op het portaal zijn meer dan 20.000 open datasets te vinden.",
      "Deze data wordt niet proactief beschikbaar gesteld specifiek voor het ontwikkelen van AI-toepassingen."], True),
]


@pytest.mark.parametrize("claim,texts,expected", UNDERCUT)
def test_undercut_nearby(claim: str, texts: list[str], expected: bool) -> None:
    found = undercut_nearby(claim, texts)
    assert (found is not None) == expected, found


# (claim, neighbouring sentences, the evidence, one of those plans or announces what the claim says is done)
PLAN_NEARBY = [
    ("De staatssecretaris heeft het wetsvoorstel over de meldplicht voor sportclubs al bij de Kamer ingediend.",
     ["Het wetsvoorstel over de meldplicht voor sportclubs wordt in 2026 bij de Kamer ingediend."], "", True),
    ("De provincie heeft het aantal laadpalen langs provinciale wegen verdubbeld.",
     ["De provincie wil het aantal laadpalen langs provinciale wegen de komende jaren verdubbelen."], "", True),
    ("De provincie heeft het aantal laadpalen langs provinciale wegen verdubbeld.",
     ["Dat gebeurde in 2023 en 2024.", "Daarnaast komt er een subsidie voor thuisladers."], "", False),
    ("De gemeente heeft de nieuwe parkeerregels vorig jaar ingevoerd.",  # the evidence says it is done: a next step nearby
     ["In 2026 worden de nieuwe parkeerregels door de gemeente geëvalueerd."],
     "De gemeente heeft de nieuwe parkeerregels vorig jaar ingevoerd.", False),
    ("De provincie wil het aantal laadpalen verdubbelen.",  # no completed action in the claim
     ["De provincie zal het aantal laadpalen verdubbelen."], "", False),
]


@pytest.mark.parametrize("claim,texts,evidence,expected", PLAN_NEARBY)
def test_plan_nearby(claim: str, texts: list[str], evidence: str, expected: bool) -> None:
    found = plan_nearby(claim, texts, evidence)
    assert (found is not None) == expected, found


def test_a_plan_nearby_takes_back_only_the_action_the_claim_says_is_done() -> None:
    claim = "Volgens het kabinet is de bewustwording over genderbias in AI de laatste jaren gegroeid."
    nearby = ["De verwachting is dat de AI-verordening verder zal bijdragen aan het voorkomen van genderbias in AI-systemen."]
    assert plan_nearby(claim, nearby) is None
    assert plan_nearby("De wet is ingevoerd.", ["De wet wordt in 2026 ingevoerd."]) is not None


def test_the_claims_possibility_in_a_subclause_of_the_evidence_is_no_clash() -> None:
    """"is extra geld beschikbaar gesteld, zodat meer gemeenten ... kunnen meedoen" has the claim's "kunnen"."""
    evidence = "In 2024 is extra geld beschikbaar gesteld, zodat meer gemeenten aan dit programma kunnen meedoen en van elkaar kunnen leren."
    assert detect_modality("Dankzij extra geld uit 2024 kunnen meer gemeenten meedoen aan Veilige Steden.", evidence) is None
    assert detect_modality("Scholen kunnen een vertrouwenspersoon aanstellen.", "Scholen zijn verplicht een vertrouwenspersoon aan te stellen.") is not None


# (claim, evidence, the two names are each other's subject and object around the same verb)
COMMISSION_EVIDENCE = ("Tevens loopt er vanuit het ministerie van SZW een opdracht voor het opzetten van een samenwerkingsverband "
                       "aan Netwerk Mediawijsheid en Diversion.")
SWAP = [
    ("De Regenboogsteden adviseren kennisinstituut Movisie over hun beleid.",
     "Kennisinstituut Movisie ontwikkelt interventies en adviseert de Regenboogsteden over hun beleid.", True),
    ("Atria ondersteunt Rutgers bij de campagne.", "Rutgers ondersteunt Atria bij de campagne.", True),
    ("Movisie adviseert de Regenboogsteden over hun beleid.",  # the same way round
     "Kennisinstituut Movisie ontwikkelt interventies en adviseert de Regenboogsteden over hun beleid.", False),
    ("De Regenboogsteden worden door Movisie geadviseerd.",  # passive: the agent after "door"
     "Movisie adviseert de Regenboogsteden.", False),
    ("Atria werkt samen met Rutgers.", "Rutgers werkt samen met Atria.", False),  # a partner, no direction
    ("Atria financiert Rutgers.", "Rutgers ondersteunt Atria.", False),  # another verb: no swap to tell
    # a commission's giver and taker swapped ("vanuit X een opdracht aan Y" against "Y geeft X opdracht")
    ("Netwerk Mediawijsheid en Diversion hebben het ministerie van SZW opdracht gegeven een samenwerkingsverband op te zetten.",
     COMMISSION_EVIDENCE, True),
    ("Het ministerie van SZW heeft Netwerk Mediawijsheid en Diversion opdracht gegeven een samenwerkingsverband op te zetten.",
     COMMISSION_EVIDENCE, False),
    ("Movisie kreeg de opdracht van OCW.", "In opdracht van OCW voert Movisie het onderzoek uit.", False),
    ("OCW kreeg de opdracht van Movisie.", "In opdracht van OCW voert Movisie het onderzoek uit.", True),
]


@pytest.mark.parametrize("claim,evidence,expected", SWAP)
def test_swap(claim: str, evidence: str, expected: bool) -> None:
    c = detect_swap(claim, evidence, build_alias_table([]))
    assert (c is not None) == expected, c


# (claim, evidence): the claim's marker word is said in the evidence without it, so nothing stays unconfirmed
SAID_OTHERWISE = [
    ("Een tweede verklaring werd door twintig lidstaten ondertekend.",  # the evidence's relative clause says it done
     "Daarnaast heeft Nederland het initiatief genomen voor een tweede verklaring, die door twintig lidstaten is ondertekend."),
    ("Het expertisecentrum van de politie is in 2021 als proef begonnen.",  # a done action after a parenthesis; begonnen = opgezet
     "In 2021 heeft de politie via een pilot het Expertisecentrum Discriminatie (EDP) opgezet."),
    ("Het netwerk krijgt een loket dat partijen bijstaat die subsidie willen aanvragen.",  # "willen" of a relative clause
     "Onderdeel van het netwerk is een loket om aanvragers van subsidie te ondersteunen."),
    ("Bureaus kregen meer meldingen van discriminatie vanwege iemands geloof.",  # a ground, not a cause
     "Bureaus kregen meer meldingen van discriminatie op grond van geloof."),
    ("In het overleg worden lopende zaken gevolgd.", "In het overleg worden lopende zaken besproken en gemonitord."),  # no "gevolg"
    ("Stop pesten! richt zich op voorlichting en hulp.", "Het plan Stop pesten! is gericht op voorlichting en hulp."),  # a slogan
    ("Jongeren zitten weinig in de gemeenteraad.", "Jongeren zijn in de gemeenteraad ondervertegenwoordigd."),
    ("Het kabinet wil meer vrouwen naar de techniek trekken.", "Het kabinet wil techniekopleidingen aantrekkelijker maken voor vrouwen."),
    ("Het kabinet wil de deelname van vrouwen vergroten.", "Het kabinet wil de deelname van vrouwen stimuleren."),
    ("Er is een cursus over het tegengaan van discriminatie door algoritmes.", "De academie biedt een cursus Non-discriminatie in algoritmes."),
    # the participle far from its auxiliary, past two names joined by "en" (no second clause)
    ("Het lesprogramma is geëvalueerd in opdracht van de gemeente en de provincie.",
     "Het lesprogramma richt zich op weerbaarheid, en is in opdracht van de gemeente en de provincie geëvalueerd."),
]


@pytest.mark.parametrize("claim,evidence", SAID_OTHERWISE)
def test_said_otherwise_is_confirmed(claim: str, evidence: str) -> None:
    assert unconfirmed(claim, evidence) is None


def test_what_the_rules_said_otherwise_still_refuse() -> None:
    assert unconfirmed("Het kabinet wil minder vrouwen naar de techniek trekken.",
                       "Het kabinet wil techniekopleidingen aantrekkelijker maken voor vrouwen.") is not None
    assert unconfirmed("Het kabinet wil meer vrouwen naar de techniek trekken.",
                       "Het kabinet wil de opleidingen kleiner maken voor vrouwen.") is not None
    assert unconfirmed("Jongeren zitten veel in de gemeenteraad.", "Jongeren zijn in de gemeenteraad ondervertegenwoordigd.") is not None
    assert unconfirmed("Het kabinet wil dat partijen subsidie aanvragen.", "Partijen vragen subsidie aan.") is not None  # the main clause's "wil"
    # a separable verb over a long subject: "nam ... af" is a decrease, which "steeg" does not confirm
    assert unconfirmed("Bij de politie nam het aantal meldingen en aangiften van discriminatie vanwege geloof in 2024 sterk af.",
                            "Het aantal meldingen en aangiften van discriminatie op grond van geloof steeg in 2024.") is not None


def test_an_on_antonym_is_no_confirmation_and_a_negated_base_is():
    assert unconfirmed("Lhbtiq+-personen voelen zich steeds veiliger.", "Lhbtiq+-personen voelen zich steeds onveiliger.") is not None
    assert unconfirmed("Vrouwen voelen zich thuis onveilig.", "Vrouwen voelen zich thuis niet veilig.") is None
    assert unconfirmed("Het onderwijs is beter geworden.", "Het onderwijs is beter geworden.") is None  # "ond-" is no prefix


def test_a_difference_of_two_values_is_no_number_conflict():
    """"tweehonderd meer dan een jaar eerder" is 2745 - 2545."""
    evidence = "Het aantal meldingen steeg van 2545 in 2023 naar 2745 in 2024."
    assert detect_number("De politie kreeg in 2024 2745 meldingen, tweehonderd meer dan een jaar eerder.", evidence) is None
    assert detect_number("De politie kreeg in 2024 2745 meldingen, driehonderd meer dan een jaar eerder.", evidence) is not None


# (claim, evidence, the roles around the verb are swapped): the object slot of one verb on each side
SWAPPED_OBJECT = [
    ("In het programma Regenboogsteden zijn het de gemeenten die kennisinstituut Movisie adviseren over beleid.",
     "Kennisinstituut Movisie ontwikkelt interventies en adviseert de Regenboogsteden over beleid.", True),  # a cleft sentence
    ("Onder de wet kan de markttoezichtautoriteit het College voor de Rechten van de Mens vragen een systeem te testen.",
     "Het College voor de Rechten van de Mens krijgt bevoegdheden, zoals de markttoezichtautoriteit vragen om het systeem te testen.", True),
    ("Het College voor de Rechten van de Mens kan de markttoezichtautoriteit vragen een systeem te testen.",
     "Het College voor de Rechten van de Mens krijgt bevoegdheden, zoals de markttoezichtautoriteit vragen om het systeem te testen.", False),
    # the same with a synonym of the verb
    ("Onder de wet mag de markttoezichtautoriteit het College voor de Rechten van de Mens verzoeken een systeem te testen.",
     "Het College voor de Rechten van de Mens krijgt bevoegdheden, zoals de markttoezichtautoriteit vragen om het systeem te testen.", True),
    ("In het programma Regenboogsteden adviseert Movisie de gemeenten over beleid.",  # inverted: the subject follows the verb
     "Kennisinstituut Movisie ontwikkelt interventies en adviseert de Regenboogsteden over beleid.", False),
    ("Dankzij extra geld kunnen meer gemeenten meedoen aan Veilige Steden.",  # no actor in the slots
     "Er is extra geld, zodat meer gemeenten aan het programma Veilige Steden kunnen meedoen.", False),
    ("OCW subsidieert de alliantie Jong Gelijk.", "Het ministerie van OCW subsidieert Jong Gelijk, een alliantie van jongeren.", False),
]


@pytest.mark.parametrize("claim,evidence,expected", SWAPPED_OBJECT)
def test_swapped_object(claim: str, evidence: str, expected: bool) -> None:
    c = detect_swap(claim, evidence, build_alias_table([]))
    assert (c is not None) == expected, c


def test_reversed_roles_are_no_confirmation() -> None:
    """"Politie en OM geven de alliantie advies" is not what "De alliantie adviseert politie en OM" says; a verb of
    receiving or a passive turns the roles round itself, and a thing acted on is no actor."""
    evidence = "De alliantie adviseert politie, OM en beleidsmakers over maatregelen tegen geweld."
    assert unconfirmed("Politie en OM geven de alliantie Kleurrijk en Vrij advies over geweld.", evidence) is not None
    assert unconfirmed("De alliantie geeft politie en OM advies over maatregelen tegen geweld.", evidence) is None
    assert unconfirmed("Politie en OM krijgen advies van de alliantie over maatregelen tegen geweld.", evidence) is None
    assert unconfirmed("Nederland moet de richtlijn uiterlijk in juni 2027 in eigen wetgeving hebben verwerkt.",
                       "De richtlijn moet uiterlijk juni 2027 omgezet zijn in Nederlandse wetgeving.") is None


# (claim, evidence): said otherwise, so the claim's marker is confirmed
SAID_OTHERWISE_TOO = [
    ("Sinti en Roma zijn nog altijd ondervertegenwoordigd in het hoger onderwijs.",  # "nog altijd" is "still", no frequency
     "Sinti en Roma zijn in het hoger onderwijs ondervertegenwoordigd."),
    ("Het wetsvoorstel gaat waarschijnlijk in het najaar de consultatie in.",  # a hedge meets a hedge
     "Het wetsvoorstel zal naar verwachting in het najaar in consultatie gaan."),
    ("BZK en JenV bereiden samen wetgeving voor gelijke behandeling voor.",  # preparing is working on
     "BZK werkt samen met JenV aan de invoering van wetgeving voor gelijke behandeling."),
    ("Het plan zet in op preventie en hulp.", "Het plan richt zich op preventie en hulp."),
    ("Het platform moet ervoor zorgen dat mensen makkelijker aan goede zorg komen.",
     "Het platform is erop gericht de toegang tot goede zorg te verbeteren."),
]


@pytest.mark.parametrize("claim,evidence", SAID_OTHERWISE_TOO)
def test_said_otherwise_too_is_confirmed(claim: str, evidence: str) -> None:
    assert unconfirmed(claim, evidence) is None


def test_still_refused_after_the_equivalences() -> None:
    assert unconfirmed("Sinti en Roma zijn altijd ondervertegenwoordigd.", "Sinti en Roma zijn soms ondervertegenwoordigd.") is not None
    assert unconfirmed("Het wetsvoorstel gaat in het najaar de consultatie in.",
                       "Het wetsvoorstel zal naar verwachting in het najaar in consultatie gaan.") is not None
    assert unconfirmed("Het plan zet in op preventie.", "Het plan heeft preventie ingevoerd.") is not None
    assert unconfirmed("Mensen komen moeilijker aan goede zorg.", "De toegang tot goede zorg is verbeterd.") is not None


def test_a_negation_said_in_another_clause_of_the_claim_is_no_conflict():
    """The claim's positive clause shares the subject with the evidence's negated one, while its own negated clause
    says the same thing otherwise: no negation differs."""
    assert detect_negation(
        "Omdat haat en discriminatie zich steeds meer op internet afspelen, houden ze niet op bij de grens, stelt het kabinet.",
        "Haat en discriminatie stoppen niet bij landsgrenzen, ook omdat het steeds vaker online plaatsvindt.") is None
    # the evidence negated, the claim not at all: still a conflict
    assert detect_negation("Haat en discriminatie stoppen bij landsgrenzen.",
                           "Haat en discriminatie stoppen niet bij landsgrenzen.") is not None


def test_wel_en_niet_negates_nothing_and_trager_goes_down():
    from rag.contradictions import effective_negators, synonymous, stems

    assert effective_negators("kinderen leren aangeven wat ze wel en niet willen") == []
    assert detect_direction("Defensie laat de groei trager verlopen dan gepland.", "Defensie laat de groei sneller verlopen dan gepland.")
    assert synonymous(stems("experts"), stems("deskundigen")) and synonymous(stems("internet"), stems("online"))
    assert synonymous(stems("blijvend"), stems("duurzaam")) and synonymous(stems("terreinen"), stems("gebieden"))
    assert synonymous(stems("kracht"), stems("werking"))  # "van kracht worden" for "in werking treden"
    # "blijven buiten schot" says "worden niet beïnvloed" without "niet": no negation differs
    assert effective_negators("lopende subsidies blijven buiten schot") and effective_negators("het budget blijft ongemoeid")
    assert synonymous(stems("geraakt"), stems("beïnvloed")) and synonymous(stems("geplande"), stems("voorgenomen"))
    # "veiliger" against "minder veilig" goes the other way; the same words agree
    assert detect_direction("lhb-studenten voelen zich veiliger dan andere studenten", "lhb-studenten voelen zich minder veilig")
    assert not detect_direction("lhb-studenten voelen zich minder veilig dan andere", "lhb-studenten voelen zich minder veilig")


def test_round_eleven_detectors():
    """A direction over a period ("tussen 2012 en 2023 afgenomen"), a part against all, a modality inside an indirect
    question or a leading condition, a deadline against a done deed, a university named first, a role swap of common nouns."""
    from rag.contradictions import detect_entity, detect_modality, detect_quantifier, swapped_object

    assert detect_direction("Volgens een ander onderzoek is de acceptatie onder jongeren tussen 2012 en 2023 afgenomen.",
                            "Zo laat een ander onderzoek juist een toenemende acceptatie onder jongeren zien over de periode 2012-2023.")
    # the clash is read in the marker's own sentence, not in a sentence beside it
    assert detect_direction(
        "Dankzij Roze in Blauw zijn lhbtiq+'ers die discriminatie of geweld meemaken sneller bereid om het te melden.",
        "Daardoor groeit de bereidheid van lhbtiq+ personen die te maken krijgen met discriminatie of geweld om meldingen te doen, "
        "dat is belangrijk bij het voorkomen en aanpakken van discriminatie en geweld. Ook staat Roze in Blauw in contact met het ECAD-P.") is None
    assert detect_quantifier("Slechts een deel van wat Act4Respect doet aan activiteiten en interventies berust op onderzoek.",
                             "Alle activiteiten en interventies zijn gebaseerd op wetenschappelijk onderzoek.")
    assert detect_modality("De mannenalliantie moet meer inzicht geven in wat mannen kunnen betekenen bij het voorkomen van femicide.",
                           "Tot slot zal de mannenalliantie bijdragen aan meer kennis over de rol van mannen in het voorkomen van femicide.") is None
    # a "kunnen" inside a relative clause opened by "waarin" says what the folder is for, not that it may be made
    assert detect_modality("Het ministerie heeft folders gemaakt waarin ouders kunnen lezen wat hun rechten zijn.",
                           "Zo heeft het ministerie brochures ontwikkeld voor ouders, met informatie over hun rechten.") is None
    assert detect_modality("Gaat het bij een AI-systeem ernstig mis, dan krijgen de grondrechtenautoriteiten bericht.",
                           "Het CRM kan documentatie opvragen. De grondrechtenautoriteiten worden bij ernstige incidenten geïnformeerd.") is None
    assert detect_modality("Het kabinet heeft de richtlijn tegen geweld tegen vrouwen inmiddels in Nederlandse wetgeving omgezet.",
                           "De richtlijn moet uiterlijk juni 2027 omgezet zijn in Nederlandse wetgeving.")
    # a university by its city, as the documents write it ("de universiteit Leiden")
    assert detect_entity("Onderzoek van de Universiteit Utrecht wijst uit dat huiselijk geweld op Bonaire vaak voorkomt.",
                         "Uit het onderzoek van de universiteit Leiden blijkt dat huiselijk geweld ook in Caribisch Nederland "
                         "veel voorkomt.").claim_text == "Universiteit Utrecht"
    assert detect_entity("Onderzoek van de Universiteit Leiden wijst uit dat huiselijk geweld op Bonaire vaak voorkomt.",
                         "Uit het onderzoek van de universiteit Leiden blijkt dat huiselijk geweld ook in Caribisch Nederland "
                         "veel voorkomt.") is None
    assert detect_entity("Het programma van Sociale Zaken en de Erasmus Universiteit haalt drempels weg.",
                         "Het programma van SZW en de Universiteit Utrecht richt zich op het wegnemen van drempels.")
    assert swapped_object("Beleidsmakers, de politie en het OM adviseren de alliantie over het geweld.",
                          "De alliantie adviseert politie, OM en beleidsmakers over maatregelen tegen geweld.")


def test_durations_in_years_and_months_and_counted_nouns_of_one_kind():
    from rag.contradictions import detect_number

    assert detect_number("Het project ROOTS begint in 2026 en loopt twee jaar.", "Het zal in 2026 van start gaan met een looptijd van 36 maanden.")
    assert detect_number("Het project loopt drie jaar.", "Het project heeft een looptijd van 36 maanden.") is None
    c = detect_number("De verklaring werd door twaalf EU-landen ondertekend.", "De verklaring is door twintig lidstaten ondertekend.")
    assert c and "twaalf EU-landen" in c.explanation


def test_round_nineteen_detectors():
    """An aim given up against one kept, a season against a date in another month, "gaat ... naar de Raad" is no plan."""
    from rag.contradictions import detect_date, detect_modality

    assert detect_direction("Defensie heeft het streven laten varen om in 2030 voor 30 procent uit vrouwen te bestaan.",
                            "Defensie blijft streven naar een organisatie die in 2030 of eerder voor 30% uit vrouwen bestaat.")
    assert detect_date("De Kamer kreeg in het najaar van 2024 de monitor.", "De Kamer is op 5 juni 2024 over de monitor geïnformeerd.")
    assert detect_date("In het najaar van 2024 kwam de monitor.", "In oktober 2024 kwam de monitor.") is None
    assert detect_date("In het najaar van 2024 kwam de monitor.", "In 2024 kwam de monitor.") is None
    assert detect_modality("Het wetsvoorstel gaat na de verwerking van de reacties voor advies naar de Raad van State.",
                           "SZW werkt momenteel aan het verwerken van de reacties. Volgende stap is advisering door de Raad van State.") is None


def test_knowing_what_one_must_do_is_no_duty():
    """"weten wat ze dan moeten doen" asks no obligation of anyone: no conflict with "weten hoe ze kunnen reageren"."""
    from rag.contradictions import detect_modality

    evidence = "Het doel hierbij is dat mannen signalen herkennen en weten hoe ze hierop kunnen reageren."
    assert detect_modality("Mannen herkennen signalen en weten wat ze dan moeten doen.", evidence) is None
    assert detect_modality("Mannen moeten signalen melden.", "Mannen kunnen signalen melden.") is not None


def test_a_schedule_said_without_its_hedge_is_the_same_schedule() -> None:
    """"gaat komend najaar in consultatie" does not contradict "zal naar verwachting in het najaar ... gaan" (nor is it
    confirmed: the hedge is dropped); without a shared time the decision still clashes with the expectation."""
    evidence = "Het wetsvoorstel zal naar verwachting in het najaar van 2025 in internetconsultatie gaan en in 2026 worden ingediend bij uw Kamer."
    assert detect_modality("Het wetsvoorstel gaat komend najaar in internetconsultatie.", evidence) is None
    assert unconfirmed("Het wetsvoorstel gaat komend najaar in internetconsultatie.", evidence) is not None
    assert detect_modality("Het wetsvoorstel gaat in 2027 in internetconsultatie.", evidence) is not None


def test_a_possibility_in_a_purpose_infinitive_is_the_aim() -> None:
    """"bevoegdheden om de taken uit te kunnen voeren": "te kunnen" is what the powers are for, not a mere possibility."""
    from rag.contradictions import commitment

    text = "Het CRM krijgt aanvullende bevoegdheden om de bestaande taken effectief uit te kunnen voeren."
    m = commitment(text, (0, len(text)))
    assert m is None or m.text.lower() != "kunnen"


def test_nog_niet_before_a_number_is_a_bound_not_a_negation() -> None:
    """"nog niet een op de vijf" says fewer than one in five (17% is that); "nog niet een besluit" is a negation."""
    from rag.contradictions import effective_negators

    assert not effective_negators("Van hen heeft nog niet een op de vijf betaald werk.")
    assert not effective_negators("Er doen nog niet 20 gemeenten mee.")
    assert effective_negators("Er is nog niet een besluit genomen.")


def test_escaping_and_being_spared_are_negations() -> None:
    """"ontsnapt aan de bezuinigingen", "wordt gespaard" say "niet geraakt"; "ontkomt niet aan" says it is hit."""
    from rag.contradictions import detect_negation, effective_negators

    evidence = "Deze bezuiniging daalt ook neer op het emancipatiedomein."
    assert detect_negation("Het emancipatiedomein ontsnapt aan de bezuinigingen.", evidence) is not None
    assert detect_negation("Het emancipatiedomein wordt gespaard bij de bezuinigingen.", evidence) is not None
    assert not effective_negators("Het emancipatiedomein ontkomt niet aan de bezuinigingen.")
    assert not effective_negators("Ook het emancipatiedomein wordt niet gespaard.")


def test_a_minority_of_cases_is_a_frequency() -> None:
    """"maar in een minderheid van de gevallen" against "bijna altijd"; a finished state said five words on."""
    from rag.contradictions import detect_modality, detect_quantifier

    assert detect_quantifier("Het gaat maar in een minderheid van de gevallen om meisjes.", "De slachtoffers zijn bijna altijd meisjes.") is not None
    assert detect_modality("Voor het opsporen zijn de benodigde tools en methodes al klaar en in gebruik.",
                           "Hiertoe worden momenteel verschillende tools ontwikkeld en methodes verkend.") is not None


def test_the_first_months_of_a_year_are_no_superlative() -> None:
    from rag.contradictions import unconfirmed

    assert unconfirmed("De staatssecretaris mikt erop dat de alliantie in de eerste maanden van 2026 van start is.",
                       "Het streven is dat de alliantie begin 2026 is opgericht.") != "eerste"


def test_a_month_without_a_year_against_another_month() -> None:
    from rag.contradictions import detect_date

    evidence = "Nederland heeft, namens achttien lidstaten, tijdens de informele EPSCO-gelijkheid van 16 april jl. een verklaring afgelegd."
    assert detect_date("Nederland sprak in maart een verklaring uit.", evidence) is not None
    assert detect_date("Nederland sprak in april een verklaring uit.", evidence) is None


def test_what_a_measure_must_prevent_is_its_aim_and_a_done_list_is_done() -> None:
    """"De controle moet verhinderen dat ..." against "Om ervoor te zorgen dat ... niet ... kunnen": an aim, no duty; "heeft
    zijn plan tegen discriminatie, racisme en ... al gepresenteerd" is done, against "komt ... met het plan"."""
    from rag.contradictions import detect_modality

    assert detect_modality("Doorlopende VOG-controle moet verhinderen dat veroordeelden op een school blijven werken.",
                           "Om ervoor te zorgen dat personen met relevante antecedenten niet in het onderwijs kunnen werken, werk ik aan een wetsvoorstel.") is None
    assert detect_modality("De minister heeft zijn plan tegen online discriminatie, racisme en haatzaaiende taal al gepresenteerd.",
                           "Daarom komt de minister van BZK nog voor de zomer met het plan van aanpak tegen online discriminatie.") is not None
    # a modal in an indirect question says what others can do ("legt uit hoe ze personeel ... kunnen geven")
    assert detect_modality("De alliantie legt werkgevers uit hoe ze personeel een volwaardig contract met meer uren kunnen geven.",
                           "De alliantie gaat werkgevers informeren over hoe ze medewerkers een volwaardig urencontract kunnen bieden.") is None


def test_a_long_adjective_takes_no_role() -> None:
    from rag.contradictions import actor_like

    assert not actor_like("aantrekkelijker")
    assert actor_like("markttoezichtautoriteit") and actor_like("Movisie")


def test_another_floor_is_another_number_and_a_present_state_says_by_now() -> None:
    """"ruim dertigduizend" is no "meer dan 20.000" (a floor said otherwise), "ruim twintigduizend" is; what "is
    inmiddels" so is what is so "op dit moment"; "heeft ... laten uitvoeren naar" is done, against a plan."""
    assert detect_number("Er zijn ruim dertigduizend open datasets.", "Er zijn op dit moment meer dan 20.000 open datasets te vinden.") is not None
    assert detect_number("Er zijn ruim twintigduizend open datasets.", "Er zijn op dit moment meer dan 20.000 open datasets te vinden.") is None
    assert unconfirmed("Op data.overheid.nl zijn inmiddels ruim twintigduizend open datasets beschikbaar.",
                       "Op data.overheid.nl zijn op dit moment meer dan 20.000 open datasets te vinden.") is None
    assert detect_modality("SZW heeft onderzoek laten uitvoeren naar de aard van zwangerschapsdiscriminatie.",
                           "Het ministerie van SZW is voornemens onderzoek te laten doen naar de aard van zwangerschapsdiscriminatie.") is not None


def test_a_separable_strong_participle_is_done_and_a_sole_signatory_speaks_for_the_letter() -> None:
    from rag.contradictions import COMMITMENT, find_markers
    from rag.coverage import sole_signatory

    assert [m.text for m in find_markers("dat de wet de bias al heeft teruggedrongen.", COMMITMENT)] == ["heeft teruggedrongen"]
    letter = "Met vriendelijke groet,\n\nDe staatssecretaris van Onderwijs, Cultuur en Wetenschap,\n\nMariëlle Paul\n"
    assert sole_signatory(letter) == "De staatssecretaris van Onderwijs, Cultuur en Wetenschap"
    joint = "De staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties Herstel Groningen\n" + letter
    assert sole_signatory(joint) == ""  # "wij" of a joint answer is no one ministry


def test_over_and_under_and_non_forms():
    """"oververtegenwoordigd" against "ondervertegenwoordigd" is no confirmation (round 241: judged supported); "niet
    discrimineren" is what "Non-discriminatie" says (round 236: judged contradicted)."""
    from rag.contradictions import non_form, on_antonym

    assert on_antonym("Sinti en Roma zijn oververtegenwoordigd in het hoger onderwijs",
                      "Zo zijn Sinti en Roma in het hoger onderwijs ondervertegenwoordigd.") == "oververtegenwoordigd"
    assert non_form("een cursus over niet discrimineren", "een e-learning ‘Non-discriminatie in algoritmes en data’")
    assert not non_form("een cursus over discrimineren", "een e-learning ‘Non-discriminatie in algoritmes en data’")


def test_markers_a_comma_title_or_count_takes_out_of_play():
    """A negator after a comma negates the next word, not the marker before it ("een vrijblijvende tip, geen eis");
    "gaan" after a modal is the modal's infinitive; "heeft al meer dan 1200 partners" counts, nothing is done (but "is al
    een wet" still says it exists); a campaign's title plans nothing (rounds 254, 262)."""
    from rag.contradictions import COMMITMENT, DEONTIC, commitment, find_markers, negated

    claim = "Bij Techkwadraat is aandacht voor meisjes een vrijblijvende tip, geen eis."
    assert not negated(claim, find_markers(claim, DEONTIC)[0])
    assert negated("Het is geen vrijblijvende tip.", find_markers("Het is geen vrijblijvende tip.", DEONTIC)[0])
    assert commitment("De wet moet per 1 augustus 2026 gaan gelden.", (0, 44)) is None
    assert commitment("De wet gaat per 1 augustus 2026 gelden.", (0, 39)) is not None
    assert not find_markers("Het netwerk heeft al meer dan 1200 partners.", COMMITMENT)
    assert find_markers("Er is al een wet tegen doxing.", COMMITMENT)
    text = "Het ministerie van SZW startte in 2024 de campagne Wat mag je verwachten?, omdat bijna de helft ..."
    assert commitment(text, (0, 72)) is None or commitment(text, (0, 72)).text != "verwachten"


def test_a_document_number_is_a_name_and_a_drawn_conclusion_no_negation():
    """"richtlijn 2022/2041" names another directive than "2022/2381"; the claimant's ", dus ... niet meer" negates
    nothing the evidence says (round 258: judged supported against "geen enkele vrouw")."""
    from rag.contradictions import detect_entity, negation_differs

    assert detect_entity("Nederland voldoet aan richtlijn 2022/2041.", "Nederland voldoet aan de Europese richtlijn 2022/2381.") is not None
    assert detect_entity("Nederland voldoet aan richtlijn 2022/2381.", "Nederland voldoet aan de Europese richtlijn 2022/2381.") is None
    assert negation_differs("In vrijwel elk bestuur zit een vrouw, dus zo slecht gaat het toch niet meer?",
                            "In bijna 60% van de besturen zit zelfs geen enkele vrouw.")


def test_a_coordinated_clause_has_its_own_commitment_and_a_verbless_fragment_none():
    """"is voornemens onderzoek te laten doen ... en wordt de campagne ... herhaald": the intention is not the campaign's;
    a noun phrase split off at "en" or a bracket says nothing against a negated claim (round 256: judged contradicted);
    "ziet af van" negates (round 269)."""
    from rag.contradictions import detect_negation, negation_differs, unconfirmed

    evidence = ("Aanvullend is het ministerie van SZW voornemens onderzoek te laten doen naar de aard en omvang van "
                "zwangerschapsdiscriminatie en wordt de campagne Wat mag je verwachten? uit 2024 dit jaar herhaald.")
    assert unconfirmed("De SZW-campagne 'Wat mag je verwachten?' uit 2024 wordt dit jaar herhaald.", evidence) is None
    assert unconfirmed("SZW laat onderzoek doen naar de aard en omvang van zwangerschapsdiscriminatie.", evidence) is not None
    evidence = ("Met het oog op de komende evaluatie van de wet en de percentages in de (sub)top van de (semi-)publieke sector "
                "(aandeel vrouwen in topposities gemiddeld 41%) zal er geen wetgeving voor deze sector in deze kabinetsperiode "
                "worden voorbereid.")
    assert detect_negation("Voor de (semi)publieke sector komt er deze kabinetsperiode geen wet.", evidence) is None
    assert detect_negation("Voor de (semi)publieke sector wordt in deze kabinetsperiode wetgeving voorbereid.", evidence) is not None
    assert not negation_differs("Het kabinet ziet af van wetgeving voor de (semi-)publieke sector.",
                                "Er zal geen wetgeving voor deze sector worden voorbereid.")


def test_a_change_reversed_between_the_same_two_figures_and_words_for_going_down():
    """"omlaag, van zo'n 2745 naar 2545" against "steeg van 2545 meldingen in 2023 naar 2745" (round 305: judged
    supported); "zakte" is "gedaald", "omhoog" a rise; a period of years is no change."""
    from rag.contradictions import detect_direction, swapped_change

    evidence = ("Het aantal meldingen en aangiften bij de politie van discriminatie op grond van seksuele gerichtheid steeg van "
                "2545 meldingen in 2023 naar 2745 in 2024.")
    assert swapped_change("De meldingen gingen van zo'n 2.745 naar 2545.", evidence) is not None
    assert swapped_change("De meldingen gingen van 2545 naar 2745.", evidence) is None
    assert swapped_change("Het programma loopt van 2024 tot 2020.", "Het programma loopt van 2020 tot 2024.") is None
    assert detect_direction("Bij de politie gingen de meldingen juist omlaag.", evidence) is not None
    assert detect_direction("Het aandeel zakte van 63% naar 43%.", "Het aandeel is gestegen.") is not None
    assert detect_direction("De meldingen gingen omhoog.", evidence) is None


def test_the_other_sexs_figure_said_after_its_group():
    """"Vier op de tien mannen" against "Vier op de tien vrouwen ..., van de mannen zijn dat er maar twee op de tien"
    (round 306: judged supported)."""
    from rag.contradictions import detect_number

    evidence = "Vier op de tien vrouwen zijn niet financieel onafhankelijk, van de mannen zijn dat er maar twee op de tien."
    assert detect_number("Vier op de tien mannen is niet financieel onafhankelijk, dus evenveel als bij vrouwen.", evidence) is not None
    assert detect_number("Twee op de tien vrouwen is niet financieel onafhankelijk.", evidence) is not None
    assert detect_number("Twee op de tien mannen is niet financieel onafhankelijk.", evidence) is None


def test_mid_year_is_no_end_of_year_and_towns_count_as_municipalities():
    """"al medio 2025" against "eind 2025" (round 316: judged supported); "65 gemeenten" against "56 steden" (the stems
    of a group of counted nouns that count the same things had drifted from the stemmer's)."""
    from rag.contradictions import detect_date, detect_number

    assert detect_date("Het SER-advies wordt al medio 2025 verwacht.", "Het advies wordt eind 2025 verwacht.") is not None
    assert detect_date("Het SER-advies wordt medio 2025 verwacht.", "Het advies wordt halverwege 2025 verwacht.") is None
    assert detect_date("Het SER-advies wordt medio 2025 verwacht.", "Het advies wordt in juni 2025 verwacht.") is None
    evidence = "Het ministerie van OCW werkt met 56 steden samen aan de sociale veiligheid."
    assert detect_number("OCW werkt samen met 65 gemeenten.", evidence) is not None
    assert detect_number("OCW werkt samen met 56 gemeenten.", evidence) is None


def test_a_negating_prefix_makes_no_compound_and_a_schedule_said_in_the_present_is_said():
    """"proactief" is no compound of "actief" (round 305: a negation window was set aside); "wordt in 2027 geëvalueerd"
    is "In 2027 evalueert het kabinet" (round 316); "geen wet" is "zal er geen wetgeving ... worden voorbereid"."""
    from rag.contradictions import fuzzy_shared, unconfirmed

    assert fuzzy_shared({"proactief"}, {"actief"}) == 0 and fuzzy_shared({"onveilig"}, {"veilig"}) == 0
    assert fuzzy_shared({"vervolgpilot"}, {"pilot"}) == 1
    assert unconfirmed("De wet wordt in 2027 geëvalueerd.", "In 2027 evalueert het kabinet de wet.") is None
    assert unconfirmed("De wet wordt in 2027 geëvalueerd.", "Het kabinet evalueert de wet.") is not None
    evidence = "Voor deze sector zal er geen wetgeving in deze kabinetsperiode worden voorbereid."
    assert unconfirmed("Voor deze sector komt er deze kabinetsperiode geen wet.", evidence) is None
    assert unconfirmed("Voor deze sector komt er deze kabinetsperiode een wet.", evidence) is not None


def test_a_majority_claimed_against_a_share_below_half():
    """"De meeste stellen ... krijgen het voor elkaar" against "lukt dit nog geen tien procent van de stellen" (rounds 316
    and 320: not found); "de meerderheid van de vrouwen" against "Vier op de tien vrouwen" (round 325); a minority against
    73%."""
    from rag.contradictions import detect_quantifier

    evidence = ("En ook al wil de helft van de stellen de zorg voor kinderen gelijk verdelen, naast een betaalde baan, lukt dit "
                "nog geen tien procent van de stellen.")
    assert detect_quantifier("De meeste stellen krijgen het voor elkaar om de zorg eerlijk te verdelen.", evidence) is not None
    evidence = "Vier op de tien vrouwen zijn niet financieel onafhankelijk."
    assert detect_quantifier("De meerderheid van de vrouwen is niet financieel onafhankelijk.", evidence) is not None
    assert detect_quantifier("Een deel van de vrouwen is niet financieel onafhankelijk.", evidence) is None
    assert detect_quantifier("Een minderheid van de studenten voelt zich veilig.", "Van de studenten voelt 73% zich veilig.") is not None


def test_not_affected_is_going_on():
    """"worden niet beïnvloed" says what "lopen gewoon door" says (rounds 400, 401: contradicted); "worden wel geraakt
    door" is no going on."""
    from rag.contradictions import negated_otherwise

    source = "lopende subsidies worden niet beïnvloed door de voorgenomen bezuinigingen"
    assert negated_otherwise("Bestaande subsidies lopen gewoon door.", source)
    assert not negated_otherwise("Subsidies die al lopen worden wel geraakt door de bezuinigingen.", source)


def test_a_difference_said_with_an_accented_more_and_a_country_named_by_its_english_adjective():
    """"zo'n tweehonderd meldingen en aangiften méér" is the difference of 2745 and 2545 (round 409: refuted on the
    number); "a Dutch-initiated statement" names the Netherlands, so "Hungary" beside it replaces nothing (round 409)."""
    source = ("Het aantal meldingen en aangiften bij de politie van discriminatie op grond van seksuele gerichtheid steeg van "
              "2545 meldingen in 2023 naar 2745 in 2024.")
    assert detect_number("Bij de politie kwamen in 2024 zo'n tweehonderd meldingen en aangiften méér binnen dan een jaar eerder: "
                         "2745 tegenover 2545.", source) is None
    assert detect_number("Bij de politie kwamen in 2024 zo'n driehonderd meldingen en aangiften méér binnen.", source) is not None
    statement = ("Daarnaast heeft Nederland het initiatief genomen voor een tweede verklaring richting de Raad Algemene Zaken van "
                 "27 mei jl., die door twintig lidstaten is ondertekend.")
    assert detect_entity("Twenty EU countries signed a Dutch-initiated statement to the General Affairs Council calling on "
                         "Hungary to rethink its laws.", statement) is None
    assert detect_entity("Hungary took the initiative for a second statement to the General Affairs Council.", statement) is not None


def test_a_choice_against_a_duty_and_relatively_much_against_relatively_low():
    """"krijgen de keuze of ze zich ... aansluiten" against "moeten scholen zich aansluiten" and "relatief veel mee op de
    arbeidsmarkt" against "de arbeidsmarktparticipatie relatief laag" (round 450, 448: both `supported`)."""
    duty = "Daarnaast moeten scholen zich aansluiten bij een landelijke klachtencommissie die kan adviseren over een klachtenbehandeling."
    assert detect_modality("Scholen krijgen de keuze of ze zich bij een landelijke klachtencommissie aansluiten.", duty) is not None
    assert detect_modality("Scholen moeten zich bij een landelijke klachtencommissie aansluiten.", duty) is None
    low = "Zo zijn Sinti en Roma in het hoger onderwijs ondervertegenwoordigd, is de arbeidsmarktparticipatie relatief laag."
    assert detect_direction("Sinti en Roma doen volgens de monitor relatief veel mee op de arbeidsmarkt.", low) is not None
    assert detect_direction("Sinti en Roma doen volgens de monitor relatief weinig mee op de arbeidsmarkt.", low) is None


def test_a_name_the_claim_gives_in_another_form_is_no_other_entity():
    """The acronym the evidence brackets after a name, and a ministry by its first word: "van LMZ en van Justitie" names
    "Justitie en Veiligheid (JenV)" (round 448: `contradicted`, "OCW" against "Justitie en Veiligheid")."""
    evidence = ("Hierbij werk ik samen met de staatssecretaris van Langdurige en Maatschappelijke Zorg (LMZ) en de staatssecretaris "
                "van Justitie en Veiligheid (JenV).")
    assert detect_entity("Voor de mannenalliantie trekt de OCW-staatssecretaris op met haar collega's van LMZ en van Justitie.", evidence) is None
    assert detect_entity("Voor de mannenalliantie trekt de OCW-staatssecretaris op met haar collega van Financiën.", evidence) is not None
    listed = "Het project van het Expertisecentrum Voor Haar Technische Ontwikkeling (VHTO) loopt door."
    assert detect_entity("Het project van VHTO en Saxion loopt door.", listed) is None


def test_a_particle_is_no_verb_of_a_swap_and_a_vague_time_overlaps_a_season():
    """"genderstereotypen ... tegen te gaan": "tegen" is the particle, no verb whose objects swap (round 448); "medio 2025"
    is "rond de zomer van 2025", not "het najaar van 2025" (round 454: `contradicted`)."""
    from rag.contradictions import swapped_object

    assert swapped_object("VHTO voert een project uit om genderstereotypen in het techniekonderwijs van de STO-regio's tegen te gaan.",
                          "Het project beoogt STO-regio's kennis mee te geven om belemmerende gendersterreotypering tegen te gaan.") is None
    source = "Het onderzoek gaat rond de zomer van 2025 van start en zal naar verwachting ongeveer een jaar in beslag nemen."
    assert detect_date("Het onderzoek start omstreeks medio 2025 en zal zo'n twaalf maanden duren.", source) is None
    assert detect_date("Het onderzoek start in het najaar van 2025.", source) is not None
    assert detect_date("Het onderzoek start in het voorjaar van 2025.", source) is not None


def test_no_longer_always_and_a_clause_put_first():
    """"lang niet altijd veilig meer" is "niet altijd meer veilig" (round 450: `contradicted`); after "Aangezien ...," the
    finite verb opens the main clause, whose "niet" is the claim's main clause's (round 448: `contradicted`)."""
    source = ("Uit de mid-term evaluatie van de allianties blijkt ook dat werknemers en vrijwilligers zich daardoor niet altijd meer "
              "veilig voelen.")
    assert detect_negation("Volgens een tussenevaluatie voelen medewerkers en vrijwilligers van de allianties zich door intimidatie "
                           "lang niet altijd veilig meer.", source) is None
    assert detect_negation("Volgens een tussenevaluatie voelen vrijwilligers van de allianties zich altijd veilig.", source) is not None
    data = ("Aangezien de open data vrijelijk te downloaden en te gebruiken is, is het niet mogelijk bij te houden welke data "
            "waarvoor wordt gebruikt.")
    assert detect_negation("Omdat iedereen open data vrij kan downloaden, weet de overheid niet wie welke gegevens waarvoor gebruikt.", data) is None


def test_a_persons_state_in_a_relative_clause_is_no_deed_done():
    """"mantelzorgers die zelf al met pensioen zijn" says nothing is done (round 454: `contradicted` against "kan stimuleren")."""
    from rag.contradictions import relative_done_unconfirmed

    plan = "De SER is gevraagd in te gaan op hoe de overheid arbeidsparticipatie kan stimuleren."
    assert relative_done_unconfirmed("De SER kijkt naar mantelzorgers die zelf al met pensioen zijn.", [plan]) is None
    assert relative_done_unconfirmed("De SER kijkt naar de regeling die het kabinet al heeft ingevoerd.", [plan]) is not None


def test_a_comparative_against_its_un_form_of_the_same_subject():
    """"lhbtiq+ personen voelen zich steeds veiliger" against "... zich steeds onveiliger voelen" (rounds 450, 454: both
    `not_found`); not of another subject."""
    source = "Dat is belangrijk omdat uit meerdere lokale en regionale onderzoeken blijkt dat lhbtiq+ personen zich steeds onveiliger voelen."
    assert detect_direction("Lhbtiq+ personen voelen zich steeds veiliger, zo blijkt uit diverse regionale studies.", source) is not None
    assert detect_direction("Lhbtiq+ personen voelen zich steeds onveiliger.", source) is None
    assert detect_direction("Scholen worden veiliger voor leerlingen.", source) is None


def test_without_a_thing_is_not_having_it():
    """"vrouwen zonder eigen financiële onafhankelijkheid" is "vrouwen die niet financieel onafhankelijk zijn" (dev claims
    c-9321 and c-11958 were `contradicted`, read as no negation against the source's "niet")."""
    source = "Er zijn drie groepen vrouwen die niet financieel onafhankelijk zijn."
    assert detect_negation("De nota onderscheidt drie groepen vrouwen zonder eigen financiële onafhankelijkheid.", source) is None
    assert detect_negation("De nota onderscheidt drie groepen vrouwen met eigen financiële onafhankelijkheid.", source) is not None


def test_two_sexes_compared_by_their_shares():
    """"vrouwelijke statushouders vaker een betaalde baan dan mannelijke" against "17% van de vrouwelijke statushouders
    ... versus 47% van de mannelijke" (round 460: `not_found`); the claim the right way round is no swap."""
    from rag.contradictions import swapped_comparison

    source = "Zo blijkt uit de benchmark van Divosa van 2022 dat 17% van de vrouwelijke statushouders betaald werk heeft versus 47% van de mannelijke statushouders."
    assert swapped_comparison("Vrouwelijke statushouders hebben vaker een betaalde baan dan mannelijke statushouders.", source) is not None
    assert swapped_comparison("Mannelijke statushouders hebben veel vaker betaald werk dan vrouwelijke statushouders.", source) is None


def test_coming_with_is_not_read_across_a_relative_clause():
    """"komt er één loket dat rechtshulp combineert met de taken van ..." is no decision "komen met" (round 460:
    `contradicted` against "werkt samen met JenV aan ... het instellen van een gecombineerde voorziening")."""
    source = ("Het ministerie van BZK werkt samen met JenV aan de invoering van de wetgeving voor gelijke behandeling en het instellen "
              "van een gecombineerde voorziening voor rechtshulp en ADV op Bonaire, Sint Eustatius en Saba.")
    claim = "Op Bonaire, Statia en Saba komt er één loket dat rechtshulp combineert met de taken van een antidiscriminatievoorziening."
    assert detect_modality(claim, source) is None
    assert detect_modality("Het ministerie komt met een gecombineerde voorziening voor rechtshulp op Bonaire.", source) is not None


def test_a_comparative_against_its_un_form_over_a_coordinated_phrase():
    """"volgens diverse gemeentelijke en regionale studies juist veiliger" is one statement: the "en" joins two adjectives
    (round 462: `not_found` against "... zich steeds onveiliger voelen")."""
    source = "Dat is belangrijk omdat ook uit meerdere lokale en regionale onderzoeken blijkt dat lhbtiq+ personen zich steeds onveiliger voelen."
    assert detect_direction("Lhbtiq+'ers voelen zich volgens diverse gemeentelijke en regionale studies juist veiliger dan voorheen.", source) is not None


def test_a_plan_nearby_takes_back_the_participle_after_already():
    """"heeft al een pilot gedraaid om leraren meer uren te laten werken" says a pilot was run; the teachers' wish to work
    more ("wil werken") takes nothing back (round 458: `contradicted`), and "te laten werken" is no perfect tense."""
    claim = "Een voorhoede van schoolbesturen, samen goed voor 200 scholen, heeft al een pilot gedraaid om leraren meer uren te laten werken."
    assert plan_nearby(claim, ["Het blijkt dat een deel van de leraren in deeltijd wel meer wil werken."]) is None
    assert plan_nearby("De gemeente heeft de pilot al gedraaid.", ["De gemeente wil de pilot volgend jaar draaien."]) is not None
    # a strong participle with its particle is the infinitive of the plan nearby (dev c-771)
    assert plan_nearby("De aanpak is al opgenomen in de databank van Movisie.",
                       ["Het is de bedoeling om hun acties op te nemen in de databank van Movisie."]) is not None


def test_the_ministers_perfect_with_an_aside_between_commas_is_done():
    """"heb ik met een kopgroep van schoolbesturen, met daaraan 200 scholen verbonden, een pilot uitgevoerd" says the pilot
    was carried out: the follow-up pilot planned beside it takes back nothing (`contradicted` before, for a claim that
    nearly copies the sentence)."""
    from rag.contradictions import COMMITMENT, DONE, find_markers

    done = "De afgelopen periode heb ik met een kopgroep van schoolbesturen, met daaraan 200 scholen verbonden, een pilot uitgevoerd."
    assert [m.level for m in find_markers(done, COMMITMENT)] == [DONE]
    claim = "Met een kopgroep van schoolbesturen, waaraan 200 scholen verbonden zijn, is al een pilot uitgevoerd."
    assert plan_nearby(claim, ["Op basis van die resultaten ga ik nu een gerichte (vervolg)pilot meerurenmaatwerk uitvoeren."], done) is None


def test_no_friend_of_a_proposal_is_a_stance_against_it():
    """"Nederland is geen voorstander van ..." and "een van de landen die dwarsliggen" against "Nederland is positief
    over dit voorstel" (rounds 464, 467: `not_found`)."""
    source = "Nederland is positief over dit voorstel."
    for claim in ("Nederland is geen voorstander van het voorstel.", "Nederland is een van de landen die dwarsliggen bij het voorstel.",
                  "Nederland is niet positief over het voorstel."):
        assert detect_direction(claim, source) is not None, claim
    assert detect_direction("Nederland is een voorstander van het voorstel.", source) is None


def test_extra_money_grows_money_and_going_on_about_is_no_plan():
    """"In 2024 is extra geld beschikbaar gesteld" says nothing against street harassment that fell (round 467:
    `contradicted`), only against money that fell; "Dat gaat ook over praktische dingen" plans nothing (round 464:
    `contradicted` against "heeft een meldpunt opgezet")."""
    from rag.contradictions import COMMITMENT, find_markers

    extra = "In 2024 is extra geld beschikbaar gesteld voor het programma in de gemeenten."
    assert detect_direction("Dankzij het programma is straatintimidatie in de gemeenten afgenomen.", extra) is None
    assert detect_direction("In 2024 is het geld voor het programma in de gemeenten afgenomen.", extra) is not None
    assert not find_markers("Dat gaat ook over praktische dingen, zoals passende kleding.", COMMITMENT)
