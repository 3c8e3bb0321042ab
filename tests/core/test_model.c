/* The model's lookups, on a 手順書 built by hand: procedure_role_name is the one place that turns
 * a role id into the name people read (the sheets in every format, the GUI's cards and panel),
 * so its one fallback rule is pinned here: the name, else the id itself, NULL only for no id. */
#include <string.h>

#include "check.h"
#include "model.h"

static Role roles[] = {
    {.id = {"president"}, .name = {"社長（経営者）"}, .leader = true},
    {.id = {"it"}, .name = {"IT管理担当者"}},
    {.id = {"nameless"}, .name = {NULL}}, /* not loadable, but a hand-made model may have it */
};

static void test_role_name(void)
{
    Procedure p;
    memset(&p, 0, sizeof p);
    p.roles = roles;
    p.n_roles = sizeof roles / sizeof roles[0];
    CHECK_STR(procedure_role_name(&p, "president"), "社長（経営者）");
    CHECK_STR(procedure_role_name(&p, "it"), "IT管理担当者");
    /* A role the 手順書 does not define (a plan or sheet from another revision): its id. */
    const char *unknown = "soumu";
    CHECK(procedure_role_name(&p, unknown) == unknown);
    CHECK_STR(procedure_role_name(&p, "nameless"), "nameless");
    CHECK(procedure_role_name(&p, NULL) == NULL);
    CHECK(procedure_find_role(&p, "soumu") == NULL);
    CHECK(procedure_find_role(&p, "it") == &roles[1]);
    /* No roles at all. */
    p.n_roles = 0;
    CHECK_STR(procedure_role_name(&p, "it"), "it");
}

int main(void)
{
    test_role_name();
    return check_done();
}
