/* Telling the three file kinds apart by their version key (see file_kind.h). */
#include "file_kind.h"

#include <string.h>

const char *file_kind_name(FileKind k)
{
    switch (k) {
    case FILE_KIND_PROCEDURE:
        return "a 手順書 (ttx-procedure: 1)";
    case FILE_KIND_SCENARIO:
        return "a scenario (ttx: 1)";
    case FILE_KIND_RECORD:
        return "a record (ttx-record: 1)";
    case FILE_KIND_UNKNOWN:
        break;
    }
    return "not a ttx file";
}

FileKind file_kind_detect(const YDoc *doc, Diags *diags)
{
    const YNode *root = doc->root;
    if (root && root->kind == YNODE_MAPPING) {
        if (ynode_get(root, "ttx-procedure")) {
            return FILE_KIND_PROCEDURE;
        }
        if (ynode_get(root, "ttx-record")) {
            return FILE_KIND_RECORD;
        }
        if (ynode_get(root, "ttx")) {
            return FILE_KIND_SCENARIO;
        }
    }
    diags_error(diags, doc->path, root ? root->pos : (SrcPos){1, 1},
                "not a ttx file: expected a mapping with a version key 'ttx: 1' (scenario), "
                "'ttx-procedure: 1' (手順書) or 'ttx-record: 1' (記録), found %s",
                root && root->kind == YNODE_MAPPING ? "other keys" : ynode_kind_name(root));
    return FILE_KIND_UNKNOWN;
}
