#!/usr/bin/env bash
# The layering of engine/ (ARCHITECTURE.md), checked on the sources themselves: every quoted
# include of a layer must name a header in a folder that layer may see, and only engine/gui (and
# the GUI's tests) include SDL; core and ui include none of SDL, libyaml, cJSON or libcsv; and
# line breaking and display widths have one implementation each (libunibreak is called from
# engine/core/base/line_breaker.c alone, utf8proc's widths read in engine/io/text/display_width.c
# alone). The build enforces the layers from the other side (include paths per library, the
# link-alone programs beside this script).
set -u
cd "$(dirname "$0")/../.."
fail=0
pass=0

# The folders each layer may include from.
declare -A sees=(
    [core]="core"
    [ui]="core ui"
    [io]="core io"
    [gui]="core ui io gui"
    [cli]="core ui io gui cli"
)

# header name -> layer, for every header under engine/
declare -A layer_of
while IFS= read -r h; do
    rel=${h#engine/}
    layer_of[$(basename "$h")]=${rel%%/*}
done < <(find engine -name '*.h')

for layer in core ui io gui cli; do
    bad=""
    while IFS= read -r f; do
        while IFS= read -r inc; do
            owner=${layer_of[$inc]:-}
            if [ -z "$owner" ]; then
                bad+="$f includes \"$inc\", which is no header of engine/"$'\n'
                continue
            fi
            case " ${sees[$layer]} " in
                *" $owner "*) ;;
                *) bad+="$f ($layer) includes $owner's \"$inc\""$'\n' ;;
            esac
        done < <(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$f")
    done < <(find "engine/$layer" -name '*.[ch]')
    if [ -n "$bad" ]; then
        printf 'engine/%s reaches beyond the layers beneath it:\n%s' "$layer" "$bad"
        fail=$((fail + 1))
    else
        pass=$((pass + 1))
    fi
done

sdl=$(grep -rlE '#\s*include\s*[<"]SDL' engine tests bench 2>/dev/null | grep -v '^engine/gui/' |
      grep -v '^tests/gui/')
if [ -n "$sdl" ]; then echo "SDL included outside engine/gui:"; echo "$sdl"; fail=$((fail + 1));
else pass=$((pass + 1)); fi
pure=$(grep -rlE '#\s*include\s*[<"](SDL|yaml\.h|cjson/|cJSON|csv\.h)' engine/core engine/ui 2>/dev/null)
if [ -n "$pure" ]; then echo "engine/core or engine/ui includes SDL, libyaml, cJSON or libcsv:";
    echo "$pure"; fail=$((fail + 1)); else pass=$((pass + 1)); fi

one() { # WHAT PATTERN OWNER: PATTERN appears in no file of engine/ but OWNER
    local others
    others=$(grep -rlE "$2" engine | grep -vx "$3")
    if [ -n "$others" ]; then echo "$1 outside $3:"; echo "$others"; fail=$((fail + 1));
    else pass=$((pass + 1)); fi
}
one "libunibreak" '#\s*include\s*<linebreak\.h>|set_linebreaks|init_linebreak' \
    engine/core/base/line_breaker.c
one "utf8proc's character widths" 'utf8proc_charwidth' engine/io/text/display_width.c

echo "layering: $pass passed, $fail failed"
[ "$fail" = 0 ]
