/* The in-memory model of the three file kinds of SPEC §3: the 手順書 (Procedure), the scenario
 * (Scenario) and the exercise record (Record). Every string and array lives in the arena of the
 * object that holds it, and every element keeps the position of the YAML node it came from, so
 * any later check can point at FILE:LINE:COL. Optional text that is absent is NULL (Text.s).
 * Pure C11: no YAML, JSON or SDL here. */
#ifndef TTX_MODEL_H
#define TTX_MODEL_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "diag.h"
#include "simtime.h"
#include "vocab.h"

/* A piece of text from a file and where its value stands. s is NULL when the key was absent. */
typedef struct Text {
    const char *s;
    SrcPos pos;
} Text;

typedef struct TextList {
    Text *v;
    size_t n;
    SrcPos pos; /* the sequence node (or the key when absent) */
} TextList;

/* ---- 手順書 (ttx-procedure: 1) ---------------------------------------------------------- */

typedef struct Role {
    Text id;
    Text name;
    bool leader; /* 経営層: decisions by a leader count for the leadership review item */
    SrcPos pos;
} Role;

typedef struct External {
    Text id;
    Text name;
    SrcPos pos;
} External;

typedef struct ProcItem {
    Text id;
    Step step;
    SrcPos step_pos;
    Phase phase;
    SrcPos phase_pos;
    Text name;      /* 手順項目 */
    Text detail;    /* 詳細手順 */
    TextList owners;  /* 担当者: role ids */
    TextList prepare; /* 予め準備しておかなければならないもの */
    bool has_due;
    int due_minutes; /* simulated minutes after T+0:00 */
    SrcPos due_pos;
    TextList notify; /* external ids (届け出先) */
    SrcPos pos;
} ProcItem;

typedef struct Procedure {
    Arena arena;
    const char *path; /* as given to the loader */
    SrcPos pos;       /* the document's root node */
    Text id;
    Text title;
    Text company;
    Text revision;
    Role *roles;
    size_t n_roles;
    External *externals;
    size_t n_externals;
    ProcItem *items;
    size_t n_items;
} Procedure;

/* ---- シナリオ (ttx: 1) -------------------------------------------------------------------- */

/* One `name: value` pair of a `set:` or `when:` mapping. */
typedef struct Counter {
    Text name;
    long value;
    SrcPos pos;
} Counter;

typedef struct Option {
    Text id;
    Text text;
    Verdict verdict;
    SrcPos verdict_pos;
    Text feedback; /* 解説 */
    Counter *set;
    size_t n_set;
    Text go_to; /* inject id, or NULL */
    SrcPos pos;
} Option;

/* Keys 1–9 choose an option, so a decision has at most nine (the validator's rule). */
enum { DECISION_MAX_OPTIONS = 9 };

typedef struct Decision {
    Text by; /* role id */
    Text prompt;
    Option *options;
    size_t n_options;
    SrcPos pos;
    SrcPos options_pos;
} Decision;

typedef struct Inject {
    Text id;
    int at_minutes;
    SrcPos at_pos;
    Step step;
    SrcPos step_pos;
    Phase phase;
    SrcPos phase_pos;
    Text title;
    Text from;
    Text text;
    TextList questions;
    Text facilitator_note;
    int discuss_seconds; /* 0 when absent */
    SrcPos discuss_pos;
    TextList expects; /* procedure item ids */
    Decision *decision; /* NULL when the inject has no decision point */
    Counter *when;
    size_t n_when;
    SrcPos pos;
} Inject;

typedef struct Objective {
    Text id;
    Text text;
    TextList measures; /* step ids and/or item ids */
    SrcPos pos;
} Objective;

typedef struct QuizQuestion {
    Text id;
    Text question;
    TextList options;
    int *answer; /* 1-based option numbers */
    SrcPos *answer_pos;
    size_t n_answer;
    SrcPos answer_list_pos;
    Text explanation;
    TextList teaches; /* item ids or phase ids */
    SrcPos pos;
} QuizQuestion;

/* インシデント対応机上演習シナリオ検討シート: every field optional. */
typedef struct ScenarioSheet {
    Text summary;         /* 想定インシデント */
    Text story;           /* 発生シナリオ */
    Text impact;          /* 影響範囲 */
    Objective *objectives; /* 演習目的 */
    size_t n_objectives;
    TextList participants; /* 演習実施者 */
    Text facilitation;     /* 演習進行 */
    Text role_assignment;  /* 役割分担 */
    TextList materials;    /* 使用する資料 */
    TextList challenges;   /* 想定する課題 */
    TextList evaluation_points; /* 評価ポイント */
    Text after_action;          /* 事後分析の内容 */
    bool has_date;
    Date date; /* 実施日 */
    SrcPos date_pos;
    Text remarks; /* 備考 */
} ScenarioSheet;

typedef struct Scenario {
    Arena arena;
    const char *path;
    SrcPos pos;
    Text id;
    Text title;
    IncidentKind incident;
    SrcPos incident_pos;
    Text procedure_path; /* as written, relative to the scenario file */
    ScenarioSheet sheet;
    int timebox_seconds[STEP_COUNT]; /* 0 when not planned */
    SrcPos timebox_pos[STEP_COUNT];
    Inject *injects;
    size_t n_injects;
    QuizQuestion *quiz;
    size_t n_quiz;
} Scenario;

/* ---- 記録 (ttx-record: 1) ------------------------------------------------------------------ */

typedef struct RecItem {
    Text item; /* procedure item id */
    ItemStatus status;
    SrcPos status_pos;
    TextList by; /* roles that actually acted */
    bool has_at;
    int at_minutes;
    SrcPos at_pos;
    TextList missing; /* prepare entries that were not available */
    bool confused;    /* 手順書の参照で混乱した */
    Text note;
    SrcPos pos;
} RecItem;

typedef struct RecInject {
    Text inject; /* inject id */
    RecItem *items;
    size_t n_items;
    Text decision; /* option id, or NULL: not made */
    TextList notes;
    SrcPos pos;
} RecInject;

typedef struct Participant {
    Text role; /* role id */
    Text name;
} Participant;

typedef struct RatingOverride {
    ReviewKey key;
    bool present;
    Rating rating;
    SrcPos rating_pos;
    Text reason;
    SrcPos pos;
} RatingOverride;

/* One entry of the record's `plan:` list: an action of the previous improvement plan (its key or
 * its short id) and whether this drill confirmed it as done. */
typedef struct RecPlanEntry {
    Text action;
    bool done;
    Text note;
    SrcPos pos;
} RecPlanEntry;

typedef struct Record {
    Arena arena;
    const char *path;
    SrcPos pos;
    Text scenario_path; /* as written, relative to the record file */
    Text facilitator;
    Participant *participants;
    size_t n_participants;
    SrcPos participants_pos;
    RecInject *injects;
    size_t n_injects;
    Text incident_record[RECFIELD_COUNT];
    Text review[REVIEW_COUNT];
    RatingOverride ratings[REVIEW_COUNT];
    bool has_plan; /* the record has a `plan:` key (it needs --plan) */
    SrcPos plan_pos;
    RecPlanEntry *plan;
    size_t n_plan;
} Record;

/* ---- lookups (NULL or -1 when absent) ------------------------------------------------------ */

const Role *procedure_find_role(const Procedure *p, const char *id);
/* The name to show for role id: the role's name, or the id itself when the 手順書 has no such role
 * (a sheet or plan made with another revision of it), so a person always reads something they can
 * look up. NULL only when id is NULL (no role given): each output says that in its own words. */
const char *procedure_role_name(const Procedure *p, const char *id);
const External *procedure_find_external(const Procedure *p, const char *id);
const ProcItem *procedure_find_item(const Procedure *p, const char *id);
long procedure_item_index(const Procedure *p, const char *id);
long scenario_inject_index(const Scenario *s, const char *id);
const Option *decision_find_option(const Decision *d, const char *id);
bool text_list_contains(const TextList *l, const char *s);

/* Frees everything a loader made; NULL is fine. */
void procedure_free(Procedure *p);
void scenario_free(Scenario *s);
void record_free(Record *r);

#endif
