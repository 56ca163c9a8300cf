#include "CBuildInfo.h"

#ifndef PDASH_COMMIT
#define PDASH_COMMIT ""
#endif

const char *pdash_build_commit(void) {
    return PDASH_COMMIT;
}
