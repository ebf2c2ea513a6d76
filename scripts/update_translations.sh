#!/bin/sh
# Refresh the English translation from the GUI's Chinese source strings, then compile it.
# Edit the <translation> elements of resources/translations/mediation_desk_en.ts (or open it in
# pyside6-linguist) after running this; run it again to rebuild the .qm.
set -eu
cd "$(dirname "$0")/.."
VENV_BIN=${VENV_BIN:-.venv/bin}
"$VENV_BIN/pyside6-lupdate" ui/*.py ui/case_tabs/*.py ui/schedule/*.py ui/ledger/*.py -source-language zh_CN -target-language en \
    -ts resources/translations/mediation_desk_en.ts
"$VENV_BIN/pyside6-lrelease" resources/translations/mediation_desk_en.ts \
    -qm resources/translations/mediation_desk_en.qm
