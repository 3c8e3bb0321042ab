/* A stand-in for the facilitator app (app.h) for testing the GUI's main loop on its own: it
 * logs every UiEvent it gets, one line each, and answers with fixed APP_* flags, so the loop
 * test pins what the GUI delivers and how it reacts, whatever the real screens do. */
#ifndef TTX_STUB_APP_H
#define TTX_STUB_APP_H

#include "app.h"

/* The log so far (one line per event, status or layout of a new view), owned by the stub. */
const char *stub_app_log(void);
/* Layouts done so far, per AppView. */
int stub_app_layouts(AppView view);

#endif
