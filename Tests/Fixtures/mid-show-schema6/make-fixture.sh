#!/bin/bash
# Builds the mid-show fixture with the podium of schema 6 (before typed journal facts): a
# rehearsal set aside, then a run in progress inside the contributions block, with seating,
# checklist, speaker, award and index-reveal entries. The JSON files beside it are what that
# podium printed at the end; FixtureUpgradeTests checks the new code folds the same state.
set -e
P=${PODIUM:-.build/debug/podium}
OUT=${1:?usage: make-fixture.sh OUTPUT_DIR}; F=$OUT/show.podium
mkdir -p "$OUT"; rm -f "$F"
export LANG=C.UTF-8
E="--event $F"
org="--role organizer --operator lan"; mc="--role mc --operator minh"; pr="--role protocol --operator hoa"
$P new $F
$P event set --venue "Hội trường A, Trung tâm Hội nghị tỉnh" $E $org
$P check done 1 $E $org
$P check block 2 "Chưa có số liệu" $E $org
$P check done 3 $E $org
$P check reopen 3 $E $org
$P seat auto --replace $E $pr
$P seat undo-auto $E $pr
$P seat auto --replace $E $pr
$P seat move "ha quang anh" A10-02 $E $pr
$P seat swap P1 P2 $E $pr
$P seat lock P3 $E $pr
$P seat lock P4 $E $pr
$P seat unlock P4 $E $pr
$P seat checkin "ha quang anh" $E $pr
$P seat checkin --undo "ha quang anh" $E $pr
$P seat checkin "ngo phuong yen" $E $pr
$P speakers move 3 1 $E $org
$P speakers withdraw 5 $E $org
$P speakers restore 5 $E $org
$P awards attendance 2 absent --by "Nguyễn Văn Bình" $E $org
$P import index ${DATA:?the sample data folder}/par-index-2025.csv $E $org
# A rehearsal set aside, then the run in progress.
$P show start --override $E $mc
$P show next --override $E $mc
$P show reset --yes $E $mc
$P show start --override $E $mc
$P show hold $E $mc
$P show resume $E $mc
$P show extend 2 $E $mc
$P show message "Còn 1 phút" $E $mc
$P show next --override $E $mc
$P show next --override $E $mc
$P show undo $E $mc
$P show next --override $E $mc
$P show status $E --json >/dev/null
$P show next --override $E $mc
$P show next --override $E $mc
$P show status $E --json >/dev/null
$P speakers next $E $mc
$P speakers next $E $mc
$P speakers withdraw 4 $E $org
$P awards tick 1 $E $mc
$P awards tick 2 $E $mc
$P awards untick 2 $E $mc
$P awards next $E $mc
$P index reveal next $E $mc
$P index reveal next $E $mc
$P index reveal back $E $mc
$P index reveal next $E $mc
$P show blank on $E $mc
$P show blank off $E $mc
$P show status $E --json > $OUT/show-status.json
$P seat list $E --json > $OUT/seat-list.json
$P speakers list $E --json > $OUT/speakers-list.json
$P awards batches $E --json > $OUT/awards-batches.json
$P index reveal status $E $mc > $OUT/index-reveal-status.txt
$P check list $E --json > $OUT/check-list.json
$P export event $E -o $OUT/show.yaml
