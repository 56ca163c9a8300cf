#!/usr/bin/env bash
# Regenerates screenshots/*.png from real runs of `pdash --demo` in tmux: the overview, a failure in the
# inspector, the training dialog, metrics with sparklines, SageMaker image versions, a narrow terminal and
# the monochrome mode.
# Needs: tmux, python3 with pyte and Pillow (pip install pyte Pillow), fonts-dejavu-core,
# and ../shared/tools/tmux-shot beside the repository (or TMUX_SHOT=/path/to/tmux-shot).
set -euo pipefail
cd "$(dirname "$0")/.."
shot=${TMUX_SHOT:-../shared/tools/tmux-shot}
wait=${TMUX_WAIT:-../shared/tools/tmux-wait}
swift build --product pdash
bin=$(swift build --show-bin-path)/pdash
home=$(mktemp -d)
socket=pdash-shot-$$
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$home"' EXIT

# start NAME COLUMNS ROWS "ENV" ARGS...: a fresh pdash --demo in its own session, with its own state directory.
start() {
    local name=$1 columns=$2 rows=$3 environment=$4
    shift 4
    mkdir -p "$home/$name"
    tmux -L "$socket" -f /dev/null new-session -d -s "$name" -x "$columns" -y "$rows" \
        "env LANG=C.UTF-8 TERM=xterm-256color XDG_STATE_HOME=$home/$name XDG_CONFIG_HOME=$home/$name $environment $bin --demo $*"
    "$wait" --socket "$socket" --session "$name" --text "ACTIVE" --timeout 30
    sleep 1
}
keys() { tmux -L "$socket" send-keys -t "$1" "${@:2}"; sleep 0.6; }
take() {
    "$shot" --socket "$socket" --session "$1" --out "screenshots/$2.png" --title "$3"
    tmux -L "$socket" send-keys -t "$1" q
    echo "wrote screenshots/$2.png"
}

start overview 120 35 ""
keys overview j j j
take overview demo "pdash --demo"

start failure 120 35 ""
keys failure / && keys failure -l "not enough" && keys failure Enter Enter
take failure failure-inspector "pdash: a failed version in the inspector (Enter)"

start train 120 35 "" --solution-arn arn:aws:personalize:us-east-1:111122223333:solution/user-personalization-v2
keys train t
take train training-dialog "pdash: t trains (FULL or UPDATE, then confirm)"

start metrics 120 35 ""
keys metrics / && keys metrics -l 6a0b91de && keys metrics Enter Enter
sleep 1
take metrics metrics "pdash: metrics with deltas and sparklines"

start images 120 35 ""
keys images i
"$wait" --socket "$socket" --session images --text "recs-feature-pipeline" --timeout 15
keys images Enter Tab
take images image-versions "pdash: SageMaker image versions"

start narrow 72 20 ""
take narrow narrow "pdash in 72x20"

start mono 120 35 "NO_COLOR=1"
keys mono Tab
take mono monochrome "pdash with NO_COLOR=1"
