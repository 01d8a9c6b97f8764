#ifndef PODIUM_CNCURSESW_SHIM_H
#define PODIUM_CNCURSESW_SHIM_H

/* Without these, get_wch / cchar_t / setcchar / mvadd_wch are hidden by the header. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* ---- Globals and macros Swift cannot import (or refuses under Swift 6) ---- */

static inline WINDOW *podium_stdscr(void) { return stdscr; }
static inline int podium_lines(void) { return LINES; }
static inline int podium_cols(void) { return COLS; }
static inline int podium_colors(void) { return COLORS; }
static inline int podium_color_pairs(void) { return COLOR_PAIRS; }
static inline int podium_err(void) { return ERR; }
static inline int podium_ok(void) { return OK; }

static inline void podium_set_locale(void) { setlocale(LC_ALL, ""); }

/* newterm on the process's stdout/stdin; NULL when the terminal type is unknown. */
static inline SCREEN *podium_newterm(void) { return newterm(NULL, stdout, stdin); }

static inline attr_t podium_a_normal(void) { return A_NORMAL; }
static inline attr_t podium_a_bold(void) { return A_BOLD; }
static inline attr_t podium_a_dim(void) { return A_DIM; }
static inline attr_t podium_a_italic(void) { return A_ITALIC; }
static inline attr_t podium_a_underline(void) { return A_UNDERLINE; }
static inline attr_t podium_a_reverse(void) { return A_REVERSE; }
static inline attr_t podium_a_blink(void) { return A_BLINK; }

/* Every event the terminal can send is in the mask, releases and motion included: ncurses
   discards a masked-out event by reading again without the timeout, so one button release
   would block the app (and its clock) until the next key. Releases and motion are then
   ignored by the caller. */
static inline mmask_t podium_mouse_mask(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
/* What starts an action: a press, or a click ncurses put together. Releases do not. */
static inline mmask_t podium_button1(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON1_TRIPLE_CLICKED; }
static inline mmask_t podium_button2(void) { return BUTTON2_PRESSED | BUTTON2_CLICKED | BUTTON2_DOUBLE_CLICKED | BUTTON2_TRIPLE_CLICKED; }
static inline mmask_t podium_button3(void) { return BUTTON3_PRESSED | BUTTON3_CLICKED | BUTTON3_DOUBLE_CLICKED | BUTTON3_TRIPLE_CLICKED; }
static inline mmask_t podium_button4(void) { return BUTTON4_PRESSED; }
static inline mmask_t podium_button5(void) { return BUTTON5_PRESSED; }
/* Motion while a button is held (a drag): reported, never acted on. */
static inline mmask_t podium_mouse_motion(void) { return REPORT_MOUSE_POSITION; }

static inline int podium_key_code_yes(void) { return KEY_CODE_YES; }
static inline int podium_key_resize(void) { return KEY_RESIZE; }
static inline int podium_key_mouse(void) { return KEY_MOUSE; }
static inline int podium_key_up(void) { return KEY_UP; }
static inline int podium_key_down(void) { return KEY_DOWN; }
static inline int podium_key_left(void) { return KEY_LEFT; }
static inline int podium_key_right(void) { return KEY_RIGHT; }
static inline int podium_key_home(void) { return KEY_HOME; }
static inline int podium_key_end(void) { return KEY_END; }
static inline int podium_key_ppage(void) { return KEY_PPAGE; }
static inline int podium_key_npage(void) { return KEY_NPAGE; }
static inline int podium_key_ic(void) { return KEY_IC; }
static inline int podium_key_dc(void) { return KEY_DC; }
static inline int podium_key_backspace(void) { return KEY_BACKSPACE; }
static inline int podium_key_enter(void) { return KEY_ENTER; }
static inline int podium_key_btab(void) { return KEY_BTAB; }
static inline int podium_key_f0(void) { return KEY_F0; }

/* get_wch into a plain unsigned int (wint_t differs by platform). */
static inline int podium_get_wch(unsigned int *out) {
    wint_t ch = 0;
    int rc = get_wch(&ch);
    *out = (unsigned int)ch;
    return rc;
}

/* Writes one grapheme (up to CCHARW_MAX scalars) at y,x with attributes and an
   extended colour pair; cchar_t never crosses into Swift. */
static inline int podium_put_cell(int y, int x, const uint32_t *scalars, int count,
                                  attr_t attrs, int pair) {
    wchar_t wcs[CCHARW_MAX + 1];
    int n = count < CCHARW_MAX ? count : CCHARW_MAX;
    for (int i = 0; i < n; i++) wcs[i] = (wchar_t)scalars[i];
    wcs[n] = L'\0';
    cchar_t cell;
    int extended = pair;
    if (setcchar(&cell, wcs, attrs, (short)(pair < 32767 ? pair : 0), &extended) == ERR) return ERR;
    return mvadd_wch(y, x, &cell);
}

/* ---- Async-signal-safe terminal restore ----
   State lives in C statics so the signal handler touches no Swift runtime.
   Only TerminalRestorer.swift calls these, so there is one copy of the statics. */

/* Function-local statics: Swift's importer emits static inline functions but not
   file-scope static variables. */
typedef struct {
    struct termios termios;
    volatile sig_atomic_t termios_valid;
    volatile sig_atomic_t armed;
} podium_restore_state;

static inline podium_restore_state *podium_state(void) {
    static podium_restore_state state;
    return &state;
}

/* Attributes off, mouse reporting off, cursor shown, normal screen, and the keypad and
   cursor keys back in normal mode (rmkx: ESC [?1l, ESC >), as endwin would leave them. */
static const char podium_reset_sequence[] =
    "\033[0m\033[?1006l\033[?1002l\033[?1000l\033[?25h\033[?1049l\033[?1l\033>";

static inline void podium_save_termios(void) {
    if (tcgetattr(STDIN_FILENO, &podium_state()->termios) == 0) podium_state()->termios_valid = 1;
}

static inline void podium_arm_restore(int armed) { podium_state()->armed = armed; }

/* write() + tcsetattr() only: both are async-signal-safe. */
static inline void podium_emergency_restore(void) {
    podium_restore_state *st = podium_state();
    if (!st->armed) return;
    st->armed = 0;
    const char *p = podium_reset_sequence;
    size_t left = sizeof(podium_reset_sequence) - 1;
    while (left > 0) {
        ssize_t n = write(STDOUT_FILENO, p, left);
        if (n <= 0) break;
        p += n;
        left -= (size_t)n;
    }
    if (st->termios_valid) tcsetattr(STDIN_FILENO, TCSANOW, &st->termios);
}

static inline void podium_signal_handler(int sig) {
    podium_emergency_restore();
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(sig, &dfl, NULL);
    /* Delivered with the default action once the handler returns (it is blocked
       until then), so the exit status is 128+sig; faults simply re-fault. */
    raise(sig);
}

static inline void podium_install_signal_handlers(void) {
    static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT,
                                SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = podium_signal_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) sigaction(sigs[i], &sa, NULL);
}

#endif
