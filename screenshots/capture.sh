#!/usr/bin/env bash
# Regenerates screenshots/*.png from a real run of `pdash --demo` in tmux (120x35).
# Needs: tmux, python3 with pyte and Pillow (pip install pyte Pillow), fonts-dejavu-core,
# and ../shared/tools/tmux-shot beside the repository (or TMUX_SHOT=/path/to/tmux-shot).
set -euo pipefail
cd "$(dirname "$0")/.."
shot=${TMUX_SHOT:-../shared/tools/tmux-shot}
wait=${TMUX_WAIT:-../shared/tools/tmux-wait}
swift build --product pdash
bin=$(swift build --show-bin-path)/pdash
socket=pdash-shot-$$
trap 'tmux -L "$socket" kill-server 2>/dev/null || true' EXIT
tmux -L "$socket" -f /dev/null new-session -d -s shot -x 120 -y 35 "LANG=C.UTF-8 TERM=xterm-256color $bin --demo"
"$wait" --socket "$socket" --session shot --text "CREATE FAILED" --timeout 30
# Select a failed version so the details pane shows a whole failureReason.
for _ in 1 2 3 4 5 6; do
    if tmux -L "$socket" capture-pane -p -t shot | grep -q '▶[0-9a-f]\{8\} *✗'; then break; fi
    tmux -L "$socket" send-keys -t shot j
    sleep 0.2
done
sleep 1
"$shot" --socket "$socket" --session shot --out screenshots/demo.png --title "pdash --demo"
tmux -L "$socket" send-keys -t shot q
echo "wrote screenshots/demo.png"
