#ifndef FUNNEL_CLIBEDIT_SHIM_H
#define FUNNEL_CLIBEDIT_SHIM_H

// libedit's native API. Swift cannot call C variadic functions, so every
// el_set / el_get / history call the REPL needs gets a typed wrapper here.
#include <stdio.h>
#include <histedit.h>

static inline const char *funnel_libedit_version(void) {
    return "libedit 3.x";
}

static inline History *funnel_history_init(void) { return history_init(); }
static inline void funnel_history_end(History *h) { history_end(h); }

static inline int funnel_history_setsize(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}

static inline int funnel_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}

#endif
