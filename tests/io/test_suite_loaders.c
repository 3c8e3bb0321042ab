/* Every yaml-test-suite input that parses is fed to all three loaders and validators directly,
 * whatever its version key, so the loaders meet every odd shape YAML allows (anchors, empty
 * keys, nested flow collections, tags) and must neither crash nor leak (the ASan+UBSan build
 * runs this too). Each diagnostic they give must carry a position. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "check.h"
#include "file_read.h"
#include "load.h"
#include "validate.h"

static int files_seen, docs_loaded;

static void check_positions(const Diags *d)
{
    for (size_t i = 0; i < d->n; i++) {
        CHECK(d->v[i].pos.line >= 1 && d->v[i].pos.col >= 1);
    }
}

static void feed(const char *path)
{
    char *data;
    size_t len;
    const char *reason;
    if (file_read_all(path, &data, &len, &reason) != FILE_READ_OK) {
        return;
    }
    files_seen++;
    Diags d;
    diags_init(&d);
    YDoc doc;
    if (ydoc_parse(&doc, path, data, len, &d) && doc.root) {
        docs_loaded++;
        Procedure *p = procedure_from_yaml(&doc, &d);
        validate_procedure(p, &d);
        Scenario *s = scenario_from_yaml(&doc, &d);
        validate_scenario(s, p, &d);
        validate_scenario(s, NULL, &d);
        Record *r = record_from_yaml(&doc, &d);
        validate_record(r, s, p, &d);
        validate_record(r, NULL, NULL, &d);
        record_free(r);
        scenario_free(s);
        procedure_free(p);
    }
    check_positions(&d);
    ydoc_deinit(&doc);
    diags_deinit(&d);
    free(data);
}

static void walk(const char *dir)
{
    DIR *dh = opendir(dir);
    if (!dh) {
        return;
    }
    for (struct dirent *e; (e = readdir(dh));) {
        if (e->d_name[0] == '.') {
            continue;
        }
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (stat(path, &st) != 0) {
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            walk(path);
        } else if (strcmp(e->d_name, "in.yaml") == 0) {
            feed(path);
        }
    }
    closedir(dh);
}

int main(void)
{
    walk("../../shared/yaml-test-suite/cases");
    /* The suite has 402 inputs; far fewer means the walk looked in the wrong place. */
    CHECK(files_seen >= 400);
    CHECK(docs_loaded >= 200);
    printf("yaml-test-suite through the loaders: %d files, %d documents\n", files_seen,
           docs_loaded);
    return check_done();
}
