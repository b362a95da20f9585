#ifndef FUNNEL_CLIBEDIT_SHIM_H
#define FUNNEL_CLIBEDIT_SHIM_H

// libedit's native API. Swift cannot call C variadic functions, so every
// el_set / el_get / history call the REPL needs gets a typed wrapper here.
// The C stdio globals get getters too: Swift 6 strict concurrency rejects them.
#include <stdio.h>
#include <histedit.h>

static inline const char *funnel_libedit_version(void) {
    return "libedit 3.x";
}

// MARK: - stdio

static inline FILE *funnel_stdin(void) { return stdin; }
static inline FILE *funnel_stdout(void) { return stdout; }
static inline FILE *funnel_stderr(void) { return stderr; }

// The process's environment, for the pager it starts (`environ` is a C global too).
extern char **environ;
static inline char **funnel_environ(void) { return environ; }

// MARK: - History

static inline History *funnel_history_init(void) { return history_init(); }
static inline void funnel_history_end(History *h) { history_end(h); }

static inline int funnel_history_setsize(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}

/// Drops an entry equal to the one before it.
static inline int funnel_history_setunique(History *h, int unique) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, unique);
}

static inline int funnel_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}

/// The number of entries read, or -1 when the file is missing or not libedit's format.
static inline int funnel_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}

/// Writes every entry in libedit's format; -1 on failure.
static inline int funnel_history_save_fp(History *h, FILE *fp) {
    HistEvent ev;
    return history(h, &ev, H_SAVE_FP, fp);
}

static inline int funnel_history_count(History *h) {
    HistEvent ev;
    if (history(h, &ev, H_GETSIZE) < 0) return 0;
    return ev.num;
}

/// Walks the entries oldest first: `funnel_history_oldest`, then
/// `funnel_history_newer` until it returns NULL.
static inline const char *funnel_history_oldest(History *h) {
    HistEvent ev;
    if (history(h, &ev, H_LAST) < 0) return NULL;
    return ev.str;
}

static inline const char *funnel_history_newer(History *h) {
    HistEvent ev;
    if (history(h, &ev, H_PREV) < 0) return NULL;
    return ev.str;
}

// MARK: - EditLine

typedef char *(*funnel_prompt_function)(EditLine *);
typedef unsigned char (*funnel_key_function)(EditLine *, int);

static inline EditLine *funnel_el_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

static inline int funnel_el_set_prompt(EditLine *el, funnel_prompt_function f) {
    return el_set(el, EL_PROMPT, f);
}

static inline int funnel_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

/// Lets libedit handle SIGWINCH, SIGTSTP and friends while it reads.
static inline int funnel_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}

static inline int funnel_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}

static inline int funnel_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

static inline void *funnel_el_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

/// Ctrl-C (and Ctrl-\, Ctrl-Z) become ordinary keys while a line is edited, so
/// a key binding decides what they do; the terminal is normal again between lines.
static inline int funnel_el_setty_no_signals(EditLine *el) {
    return el_set(el, EL_SETTY, "-d", "-isig", NULL);
}

static inline int funnel_el_addfn(EditLine *el, const char *name, const char *help, funnel_key_function f) {
    return el_set(el, EL_ADDFN, name, help, f);
}

static inline int funnel_el_bind(EditLine *el, const char *keys, const char *function) {
    return el_set(el, EL_BIND, keys, function, NULL);
}

#endif
