/* The kind of ttx file a YAML document is, told by its version key (ttx-procedure: 1, ttx: 1,
 * ttx-record: 1), the first thing a reader of the file sees too. */
#ifndef TTX_FILE_KIND_H
#define TTX_FILE_KIND_H

#include "diag.h"
#include "yaml_tree.h"

typedef enum FileKind {
    FILE_KIND_UNKNOWN,
    FILE_KIND_PROCEDURE,
    FILE_KIND_SCENARIO,
    FILE_KIND_RECORD,
} FileKind;

/* Reports (at the root) when the document is not one of the three kinds. */
FileKind file_kind_detect(const YDoc *doc, Diags *diags);
/* "a scenario (ttx: 1)" and the like, for messages (static). */
const char *file_kind_name(FileKind k);

#endif
