/* Event type ids: stable strings, because they are written to journals that must stay readable
 * by later versions. */
#include "event.h"

#include <string.h>

const char *const EVENT_TYPE_IDS[EVENT_COUNT] = {
    "start", "present", "item",  "decision", "note", "record_field",
    "review", "override", "pause", "resume",   "end",
    "plan_action", "plan_confirm", "feedback",
};

int event_type_find(const char *id)
{
    for (int i = 0; i < EVENT_COUNT; i++) {
        if (strcmp(EVENT_TYPE_IDS[i], id) == 0) {
            return i;
        }
    }
    return -1;
}
