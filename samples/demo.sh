#!/usr/bin/env bash
# `make demo`: the registrator's, handläggare's and nämndsekreterare's day on the bundled samples (and the
# sending side compiling the answers to its remiss),
# with the embedded default register (a SQLite file in ut/demo/).
set -euo pipefail
cd "$(dirname "$0")/.."
REMISS=".venv/bin/remiss"
UT="ut/demo"
rm -rf "$UT"
mkdir -p "$UT"
export REMISS_CONFIG="samples/remiss.toml"
export REMISS_DATABAS="sqlite:///$UT/register.db"
IDAG="2024-03-01"   # the samples' deadlines lie around this date

rubrik() { printf '\n\033[1m== %s ==\033[0m\n' "$1"; }

rubrik "1. Registratorn tolkar en inkommen remiss"
"$REMISS" tolka --idag "$IDAG" samples/finskt_forvaltningsomrade.pdf

rubrik "2. Registratorn registrerar alla exempelremisser (en trasig fil stoppar inte de andra)"
"$REMISS" registrera samples/*.pdf samples/*.docx samples/trasiga/tom.pdf || true

rubrik "3. Bevakningslistan: vad ska besvaras inom 90 dagar, och vid vilket sammanträde"
"$REMISS" lista --idag "$IDAG" --inom 90

rubrik "4. Export till kalender (ICS) och Excel (XLSX)"
"$REMISS" lista --idag "$IDAG" --format ics -o "$UT/svarsdatum.ics"
"$REMISS" lista --idag "$IDAG" --format xlsx -o "$UT/remisser.xlsx"
ls -l "$UT"/svarsdatum.ics "$UT"/remisser.xlsx

ID=$("$REMISS" lista --idag "$IDAG" --format json | .venv/bin/python -c \
  'import json,sys; print(next(r["id"] for r in json.load(sys.stdin) if r["avsandare_dnr"] == "KS 2023-00433"))')

rubrik "5. Handläggaren skriver ett yttrandeutkast för remiss #$ID"
"$REMISS" uppdatera "$ID" --handlaggare "Margareta Udén Hoff" --eget-dnr "ALN 2024-00031"
"$REMISS" utkast "$ID" --stallningstagande avstyrker -o "$UT/yttrande.docx"
"$REMISS" utkast "$ID" -o "$UT/utkast_utan_stallningstagande.docx"

rubrik "6. Nämndsekreteraren kontrollerar yttrandena"
"$REMISS" kontrollera "$UT/yttrande.docx" || echo "(slutkod $?)"
"$REMISS" kontrollera "$UT/utkast_utan_stallningstagande.docx" || echo "(slutkod $?: brister hittades, som väntat)"
"$REMISS" kontrollera samples/paket/sammantrade_002.pdf || echo "(slutkod $?: brister i sammanträdeshandlingarna)"

rubrik "7. Svaret till avsändaren; ett yttrande med [FÖRSLAG] kvar markeras inte besvarat"
"$REMISS" svar "$ID" --yttrande "$UT/yttrande.docx" -o "$UT/svar.eml" --markera-besvarad \
  || echo "(slutkod $?: handläggaren granskar sammanfattningen och tar bort [FÖRSLAG] i Word)"
# Här gör handläggaren det i Word; demon tar bort markeringen med python-docx.
.venv/bin/python - "$UT/yttrande.docx" <<'PY'
import sys, docx
doc = docx.Document(sys.argv[1])
for p in doc.paragraphs:
    for run in p.runs:
        run.text = run.text.replace("[FÖRSLAG] ", "")
doc.save(sys.argv[1])
PY
"$REMISS" svar "$ID" --yttrande "$UT/yttrande.docx" -o "$UT/svar.eml" --markera-besvarad
grep -E '^(To|Cc|Subject):' "$UT/svar.eml"
"$REMISS" historik "$ID"

rubrik "8. Kommunstyrelsen sammanställer svaren på sin remiss (vem har svarat, vad tycker de, vem saknas)"
KS=$("$REMISS" lista --idag "$IDAG" --format json | .venv/bin/python -c \
  'import json,sys; print(next(r["id"] for r in json.load(sys.stdin) if r["avsandare_dnr"] == "KS 2022-00667"))')
"$REMISS" sammanstall "$KS" --svar samples/remissvar/delaktighet --spara \
  || echo "(slutkod $?: en av svarsfilerna är trasig, de andra sammanställdes)"
"$REMISS" sammanstall "$KS" --svar samples/remissvar/delaktighet --format docx -o "$UT/sammanstallning.docx" \
  2>/dev/null || true
"$REMISS" lista --utgaende

printf '\nKlart. Filerna ligger i %s/.\n' "$UT"
printf 'Kommandot remiss finns i .venv/bin/. Skriv  source .venv/bin/activate  så fungerar `remiss --help` i den här terminalen.\n'

