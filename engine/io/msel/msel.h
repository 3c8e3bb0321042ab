/* MSEL exchange (`ttx msel export|import`): a scenario as one spreadsheet a trainer can author in
 * Excel — the Master Scenario Events List, one row per inject — and back.
 *
 * The CSV is UTF-8 with a BOM, CRLF, RFC 4180 quoting and the formula guard of csv_write.h. The
 * first cell of a row says what the row is:
 *
 *   #        a scenario header row: "#", KEY, VALUE, … (export order below)
 *   id       the column names of the inject table; each following row is one inject
 *   quiz     the column names of the quiz table (従業員教育); each following row is a question
 *   (blank)  ignored
 *
 * Header rows (a row is left out when its field is absent):
 *   #,ttx-msel,1                          first row: the format and its version
 *   #,id,…  #,title,…  #,incident,…    required
 *   #,procedure,…                         the path as the scenario writes it, relative to the
 *                                         scenario file (may be left out when the import is
 *                                         given --procedure)
 *   #,summary,…  #,story,…  #,impact,…    the シナリオ検討シート's texts, one cell each
 *   #,objective,ID,TEXT,MEASURES          one row per 演習目的; MEASURES space-separated
 *   #,participants,A,B,…                  lists: one cell per entry (also materials,
 *                                         challenges, evaluation_points)
 *   #,facilitation,…  #,role_assignment,…  #,after_action,…  #,date,YYYY-MM-DD  #,remarks,…
 *   #,timebox,DETECT,REPORT,RECOVER       durations (90s, 10m, 1h30m); an empty cell: none
 *
 * Inject columns: id, at (H:MM), step, phase, title, from, text, questions (one per line in the
 * cell), facilitator_note, discuss (a duration), expects (item ids, space-separated),
 * decision_by, decision_prompt, option_1 … option_9, when (counters as name=value,
 * space-separated). Each option is one cell "id|verdict|text|feedback|set|goto", where set is
 * name=value pairs separated by spaces and a '|' or '\' inside a part is written '\|' or '\\';
 * trailing empty parts may be left out ("pay|poor|支払う").
 *
 * Quiz columns: quiz (the id), question, options (one per line), answer (1-based numbers,
 * space-separated), explanation, teaches (item or phase ids, space-separated).
 *
 * Reading is lenient where Excel or a hand may differ and the meaning is clear: the file may be
 * plain "CSV" (Shift_JIS) or lack the BOM (csv_read.h), columns may be reordered or left out (id,
 * at, step, phase, title and text are required), id lists may also be separated by commas or 、,
 * times may be H:MM:SS with :00 or "T+H:MM", dates YYYY/M/D.
 * Export → import → export gives the same bytes. */
#ifndef TTX_MSEL_H
#define TTX_MSEL_H

#include <stddef.h>

#include "csv_read.h"
#include "diag.h"
#include "model.h"

enum { MSEL_FORMAT_VERSION = 1, MSEL_MAX_OPTIONS = 9 };

/* The scenario as MSEL CSV (malloc'd, the caller frees). NULL, with the reason in err, when a
 * value cannot be put in a cell and read back (a question or quiz option with a line break). */
char *msel_export(const Scenario *s, char *err, size_t err_size);

/* Reads MSEL CSV data (len bytes, from path) into t (csv_read.h; the caller frees it with
 * csv_table_free) and from it into a new scenario whose path is path and whose positions are the
 * cells' (row number, column number), so that validate_scenario's messages point into the
 * sheet. Problems go to diags. t keeps which row heads each row's columns (the inject or the
 * quiz table's column names): the caller names every message's place with
 * csv_table_place_diags(t, …) once the scenario is validated too. Returns NULL only when the
 * data is not CSV or not an MSEL at all; otherwise a scenario that may be incomplete where diags
 * has errors (free with scenario_free). */
Scenario *msel_import(CsvTable *t, const char *path, const char *data, size_t len, Diags *diags);

#endif
