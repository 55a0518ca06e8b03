#!/bin/sh
# Screenshots of the sample pages in headless Chromium, light and dark, desktop and phone.
# Run from the worktree: DESCENT_DESIGN_DIR=$PWD/design swift test --filter DesignSample && sh design/shoot.sh
cd "$(dirname "$0")"
mkdir -p shots
for page in sample index; do
  for size in 1280,5700 390,9000; do
    [ $page = index ] && size=${size%,*},1200
    w=${size%,*}
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --screenshot="shots/$page-$w-light.png" --window-size=$size "file://$PWD/$page.html" 2>/dev/null
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --blink-settings=preferredColorScheme=0 --screenshot="shots/$page-$w-dark.png" --window-size=$size "file://$PWD/$page.html" 2>/dev/null
  done
done
ls shots
