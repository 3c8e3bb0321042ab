/* The improvement plan (`ttx-plan: 1`, 改善計画): the action items of one or more evaluation
 * sheets (次回演習に向けたアクションアイテム) as a list people edit between drills — who does it,
 * by when, how far it has got (open / in_progress / done) and which element of the response it
 * improves (体制 / 手順 / 設備 / 教育 / 訓練). The plan file is the authority: merging a new sheet
 * only adds the actions the plan does not have yet, matched by a stable key, and never changes
 * what people wrote. Everything lives in the plan's arena. Pure C11; the YAML form is
 * engine/io/review/plan_io.h. */
#ifndef TTX_PLAN_H
#define TTX_PLAN_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "diag.h"
#include "model.h"
#include "sheet_summary.h"

typedef enum PlanStatus { PLAN_OPEN, PLAN_IN_PROGRESS, PLAN_DONE, PLAN_STATUS_COUNT } PlanStatus;

/* The element of the response an action improves. The ids are the Japanese words, as the plan
 * file shows them to the people who edit it. */
typedef enum PlanElement {
    ELEMENT_ORGANIZATION, /* 体制: who decides and who does what */
    ELEMENT_PROCEDURE,    /* 手順: the 手順書 and the documents it relies on */
    ELEMENT_EQUIPMENT,    /* 設備: tools, devices, accounts */
    ELEMENT_EDUCATION,    /* 教育: people knowing the procedure */
    ELEMENT_TRAINING,     /* 訓練: practising it again */
    ELEMENT_COUNT
} PlanElement;

/* ids open, in_progress, done; labels 未着手, 対応中, 完了 */
extern const Vocab VOCAB_PLAN_STATUS;
/* ids and labels 体制, 手順, 設備, 教育, 訓練 */
extern const Vocab VOCAB_PLAN_ELEMENT;

/* The exercise an action came from. */
typedef struct PlanExercise {
    Text scenario; /* scenario id */
    bool has_date;
    Date date;
    SrcPos date_pos;
    Text sheet; /* the sheet's path, relative to the plan file's folder */
    SrcPos pos;
} PlanExercise;

typedef struct PlanAction {
    Text id;  /* "A01": short, for people to refer to */
    Text key; /* stable: "item:PROCEDURE/ITEM", "document:NAME" or "decision:SCENARIO/INJECT" */
    Text text;
    Text owner_id; /* a role id of the 手順書 (people may put another) */
    Text owner_name;
    bool has_due;
    Date due;
    SrcPos due_pos;
    PlanStatus status;
    SrcPos status_pos;
    PlanElement element;
    SrcPos element_pos;
    TextList findings; /* the sheet's findings this action answers */
    PlanExercise exercise;
    Date *recurred; /* later exercises whose sheet had the same action again */
    SrcPos *recurred_pos;
    size_t n_recurred;
    Text note;
    SrcPos pos;
} PlanAction;

typedef struct Plan {
    Arena arena;
    const char *path; /* NULL for a plan not read from a file */
    SrcPos pos;
    Text company;
    PlanAction *actions;
    size_t n_actions, cap_actions;
} Plan;

/* An empty plan (free with plan_free). */
Plan *plan_create(void);
void plan_free(Plan *p);

/* A new zeroed action at the end of the plan (status open, element 手順). */
PlanAction *plan_add(Plan *p);
PlanAction *plan_find_key(const Plan *p, const char *key);

/* The stable key of a sheet's action (in arena): the same finding in another exercise of the
 * same 手順書 gives the same key, so the plan never holds it twice. */
const char *plan_action_key(const SheetSummary *sh, const SummaryAction *a, Arena *arena);

/* The default element of a sheet's action: a decision → 体制; a missing document → 設備 when it
 * names a tool or device (ツール, 装置, 機器, ディスク …), else 手順; an item → 体制 when its only
 * findings are a wrong owner, 教育 when they are only confusion over the 手順書, else 手順.
 * 訓練 is never a default: it is for people to choose. */
PlanElement plan_default_element(const SheetSummary *sh, const SummaryAction *a);

typedef struct PlanMergeStats {
    size_t added;    /* new actions */
    size_t known;    /* already in the plan (from this exercise or a later one) */
    size_t recurred; /* already in the plan from an earlier exercise, seen again now */
} PlanMergeStats;

/* Called for each action that came back in a later exercise (its status may be done). */
typedef void (*PlanRecurFn)(void *ctx, const PlanAction *a, const SheetSummary *sh);

/* Adds the sheet's actions that the plan does not have yet (ids continue after the highest
 * "A<n>"), and notes on the others when a later exercise had them again. sheet_ref is how the
 * plan names the sheet file. Never changes anything people can edit. */
PlanMergeStats plan_merge_sheet(Plan *p, const SheetSummary *sh, const char *sheet_ref,
                                PlanRecurFn on_recur, void *ctx);

/* Cross-field rules of a loaded plan: unique ids and keys. */
void plan_validate(const Plan *p, Diags *diags);

#endif
