#!/usr/bin/env bash
# The layering rule of STYLE.md, checked on the sources themselves: only engine/gui includes
# SDL; engine/core includes none of SDL, libyaml or cJSON. (CMake also gives core no include
# path for them, so such an include would not build either.)
set -u
cd "$(dirname "$0")/.."
fail=0
sdl=$(grep -rlE '#\s*include\s*[<"]SDL' engine tests bench 2>/dev/null | grep -v '^engine/gui/' | grep -v '^tests/gui/' )
if [ -n "$sdl" ]; then echo "SDL included outside engine/gui:"; echo "$sdl"; fail=1; fi
core=$(grep -rlE '#\s*include\s*[<"](SDL|yaml\.h|cjson/|cJSON)' engine/core 2>/dev/null)
if [ -n "$core" ]; then echo "engine/core includes SDL, libyaml or cJSON:"; echo "$core"; fail=1; fi
if [ "$fail" = 0 ]; then echo "layering: 2 passed, 0 failed"; else echo "layering: 0 passed, 1 failed"; fi
exit $fail
