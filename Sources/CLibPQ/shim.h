#ifndef FUNNEL_CLIBPQ_SHIM_H
#define FUNNEL_CLIBPQ_SHIM_H

// libpq, PostgreSQL's C client (Debian's libpq-dev). Only FunnelPostgres imports it,
// so nothing below the front end links it.
#include <libpq-fe.h>

#endif
