/* The one control-character rule (engine/core/base/controls.c): what counts, where the first one
 * is, and how printing shows them. Links ttx_core alone. */
#include <stdlib.h>

#include "check.h"
#include "controls.h"

static void check_escaped(const char *in, const char *want)
{
    char *got = text_escape_controls(in);
    CHECK_STR(got, want);
    free(got);
}

int main(void)
{
    CHECK(!text_is_control('\t') && !text_is_control('\n') && !text_is_control(' '));
    CHECK(text_is_control(0) && text_is_control('\r') && text_is_control(0x1B));
    CHECK(text_is_control(0x7F) && text_is_control(0x80) && text_is_control(0x9F));
    CHECK(!text_is_control(0xA0) && !text_is_control(0x3042));

    uint32_t cp = 0;
    size_t at = 99;
    const char *title = "題名\x1b[2J";
    CHECK(text_find_control(title, strlen(title), &cp, &at) && cp == 0x1B && at == 2);
    const char *c1 = "a\xc2\x9b"
                     "31m"; /* CSI as UTF-8 */
    CHECK(text_find_control(c1, strlen(c1), &cp, &at) && cp == 0x9B && at == 1);
    const char *fine = "手順書\tの\n確認 ✓";
    CHECK(!text_find_control(fine, strlen(fine), &cp, &at));
    /* A byte that is not UTF-8 is not taken for a C1 character. */
    CHECK(!text_find_control("\xc2", 1, &cp, &at));

    check_escaped("題名\x1b[2J\x1b]0;x\a", "題名\\x1B[2J\\x1B]0;x\\x07");
    check_escaped("a\xc2\x85z\x7f", "a\\u0085z\\x7F");
    check_escaped(fine, fine);
    char name[16];
    CHECK_STR(text_control_name(0x1B, name), "U+001B ESC");
    CHECK_STR(text_control_name(0x7F, name), "U+007F DEL");
    CHECK_STR(text_control_name(0x85, name), "U+0085");
    return check_done();
}
