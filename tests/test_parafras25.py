"""Paraphrase audit (session 25): the first-run misses of prov19–prov23 in svarsdatum, handläggare,
svarsadress, remissinstanser and diarienummer, each told again in other real-sounding Swedish words (other
verbs, word order, date forms, senders). A paraphrase that failed before this session's widening shows a fix
narrower than its class; those that passed guard the class. Each case names the original document."""

# ruff: noqa: E501  (the paraphrases are kept as whole sentences)

from __future__ import annotations

import pytest

from remiss.extract import extract_remiss
from tests.test_riktiga_missiv15 import part_of
from tests.test_riktiga_missiv18 import styled


def _field(text: str, field: str) -> str | None:
    """Return `field` of the remiss `tolka` reads from `text` (its first line the heading)."""
    remiss = extract_remiss("x.docx", part_of(styled(text, {0: 16.0})))
    assert remiss is not None
    if field == "handlaggare":
        return remiss.handlaggare.namn if remiss.handlaggare is not None else None
    value = getattr(remiss, field)
    return value if value is None or isinstance(value, str) else str(value)


FALL = [
    # prov19/linkoping-djurgarden-samrad (handläggare): the role asked for, the name on the next line
    ("linkoping-1", """Samråd om detaljplan för Ugglan 4
Synpunkter på förslaget skickas till bygg@tibro.se senast den 2 april 2026.
Vid frågor om planen, kontakta ansvarig handläggare:
Lisa Holm
Planarkitekt
lisa.holm@tibro.se""", "handlaggare", "Lisa Holm"),
    ("linkoping-2", """Granskning av detaljplan för Åsen 2
Lämna dina synpunkter skriftligen till samhällsbyggnadsnämnden senast 15/4 2026.
Har du frågor om förslaget kan du vända dig till planhandläggaren.
Per Ekström
Planhandläggare, Plan- och exploateringsenheten
Telefon: 0500-49 70 00""", "handlaggare", "Per Ekström"),
    # prov20/gullspang-otterbacken-granskning (svarsdatum): earlier steps in the past before this step's end
    ("gullspang-1", """Detaljplan för Hamnen 3
Planförslaget var ute på samråd under tiden 4 mars – 1 april 2024 och har därefter bearbetats.
Nu är förslaget ute på granskning. Granskningen pågår 2 juni – 23 juni 2025.
Synpunkter lämnas skriftligen till plan@ekeby.se.""", "svarsdatum", "2025-06-23"),
    ("gullspang-2", """Detaljplan för Norrmalm 5
Samrådet hölls 2023-09-01–2023-09-29 och ställningstagandena finns i samrådsredogörelsen.
Synpunkter på granskningsförslaget ska ha kommit in till kommunen senast 2025-03-15.""", "svarsdatum", "2025-03-15"),
    # prov20/samgrav-upplo-deponi-samrad (diarienummer): the earlier permit's number is no remiss's
    ("samgrav-1", """Inbjudan till samråd om utökad täktverksamhet
Stenab AB bedriver täkt på fastigheten Berga 3:4 med stöd av Länsstyrelsens beslut den 12 juni 2015 (ärendenummer 551-2233-2014). Bolaget avser nu att söka nytt tillstånd.
Synpunkter lämnas senast den 20 mars 2026 till samrad@stenab.se.""", "diarienummer", None),
    # prov20/vindeln-sjukstugan-granskning (diarienummer): a number in quotes after its label
    ("vindeln-1", """Underrättelse om granskning av detaljplan för Skolan 1
Skriftliga synpunkter lämnas senast den 10 april 2026 till bygg@kommun.se. Uppge ärendenummer ’BN 2021-0456’ i ditt brev.""", "diarienummer", "BN 2021-0456"),
    ("vindeln-2", """Samråd om detaljplan för Kvarnen 2
Lämna synpunkter senast 30 april 2026 till plan@kommun.se och skriv ”Dnr KS 2022/118” i ämnesraden.""", "diarienummer", "KS 2022/118"),
    # prov21/hagfors-cirkusplatsen-granskning (handläggare): the website's contact is no handläggare
    ("hagfors-1", """Granskning av detaljplan för Torget
Synpunkter lämnas senast 2026-05-03 till kommun@hagfors.se.
Har du frågor om webbsidan kan du kontakta webbredaktör Lisa Ström. Frågor om planen besvaras av kommunens kundtjänst, 0563-185 00.""", "handlaggare", None),
    # prov21/kristinestad-dagsmark-delgeneralplan-forslag (svarsdatum): a Finnish period as the deadline
    ("kristinestad-1", """Planförslag för Strandbacken
Planförslaget är framlagt till påseende 3.5–2.6.2021 i stadshuset. Anmärkningar mot förslaget ska inlämnas till registratur@stad.fi innan framläggningstiden gått ut.""", "svarsdatum", "2021-06-02"),
    ("kristinestad-2", """Planförslag för Strandbacken
Planförslaget hålls offentligt framlagt under tiden 3.5.2021–2.6.2021. Eventuella anmärkningar ska lämnas skriftligen till registratur@stad.fi före utgången av framläggningstiden.""", "svarsdatum", "2021-06-02"),
    # prov21/sibbo-m3-danielsbacka-beredningsmaterial (handläggare): the Finnish 'more information gives'
    ("sibbo-1", """Planutkastet för Kvarnbacken läggs fram
Åsikter om utkastet ska lämnas in senast 1.4.2026 till kirjaamo@kirkkonummi.fi.
Ytterligare information ges av planläggningsarkitekt Maria Lind, tfn 040 123 4567.""", "handlaggare", "Maria Lind"),
    ("sibbo-2", """Planutkastet för Kvarnbacken läggs fram
Åsikter om utkastet ska lämnas in senast 1.4.2026 till kirjaamo@kirkkonummi.fi.
Mer information om planen ger planläggare Anna Holm (tfn 040 765 4321).""", "handlaggare", "Anna Holm"),
    # prov21/skoldkortel-intressepolitiskt-program-remiss (svarsdatum): no year, only a meeting's date
    ("skoldkortel-1", """Nytt program – lämna dina synpunkter
Hjärt- och lungsjukas förbund tar fram ett nytt program. Förslaget behandlas på förbundsstämman den 12 maj 2025.
Medlemmarna är välkomna att lämna synpunkter till styrelsen@hjartlung.se senast 31 januari.""", "svarsdatum", None),
    # prov22/forshaga-centrumutveckling-samrad (svarsdatum): a period's first day is no deadline
    ("forshaga-1", """2023-05-30
Plan för centrumutveckling, vi vill ha dina synpunkter
Samrådet pågår under perioden 8/2–1/3 2023. Lämna dina synpunkter på planen till kommun@forshaga.se.""", "svarsdatum", "2023-03-01"),
    ("forshaga-2", """2023-05-30
Plan för centrumutveckling, vi vill ha dina synpunkter
Mellan den 8 februari och den 1 mars 2023 kan du lämna synpunkter på planen till kommun@forshaga.se.""", "svarsdatum", "2023-03-01"),
    # prov22/skara-op2040-samrad-tyck-till (svarsdatum): the deadline with its own weekday wins
    ("skara-1", """Tyck till om översiktsplanen
Svara senast 14 mars 2024
Yttranden ska ha kommit in senast fredag 15 mars 2024 till Ekeby kommun, Kommunstyrelsen, 123 45 Ekeby.""", "svarsdatum", "2024-03-15"),
    # prov23/sollentuna-op-forlangt-samrad (svarsdatum): the period extended to a later date
    ("sollentuna-1", """Samrådet om översiktsplanen förlängs
Mellan 1 mars och 30 april 2024 har allmänheten kunnat tycka till om förslaget.
Kommunstyrelsen har beslutat att förlänga samrådstiden till 2024-05-31. Det innebär att du fortfarande kan lämna synpunkter på förslaget.""", "svarsdatum", "2024-05-31"),
    ("sollentuna-2", """Förlängd granskningstid för detaljplan för Åsen
Granskningen skulle ha avslutats den 30 april 2024 men har förlängts till och med den 31 maj 2024. Synpunkter lämnas till plan@kommun.se.""", "svarsdatum", "2024-05-31"),
    # prov23/vastraharg-byalag-op-respons (handläggare): the answers go to a person's own address
    ("vastraharg-1", """Översiktsplanen på remiss
Kommunens översiktsplan är ute på remiss. Har du förslag till föreningens gemensamma svar kan du mejla dem till anna.lindqvist@gmail.com. Senast den 10 oktober behöver vi dina förslag.
I arbetsgruppen ingår Per Ek, Karin Ström och Anna Lindqvist.""", "handlaggare", "Anna Lindqvist"),
]


@pytest.mark.parametrize(("fall", "text", "falt", "vantat"), FALL, ids=[f[0] for f in FALL])
def test_parafras(fall: str, text: str, falt: str, vantat: str | None) -> None:
    """Each paraphrase reads the field as the original document's fix reads the original."""
    assert _field(text, falt) == vantat
