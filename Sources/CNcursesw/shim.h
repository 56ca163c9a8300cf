#ifndef PDASH_CNCURSESW_SHIM_H
#define PDASH_CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Macros and globals are not visible to Swift; these wrappers are. */
static inline WINDOW *pdash_stdscr(void) { return stdscr; }
static inline int pdash_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int pdash_lines(void) { return LINES; }
static inline int pdash_cols(void) { return COLS; }
static inline int pdash_colors(void) { return COLORS; }
/* Whether the terminal can move the cursor to a row and column (terminfo "cup"); TERM=dumb cannot. */
static inline int pdash_can_address_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}
static inline int pdash_color_pairs(void) { return COLOR_PAIRS; }
static inline int pdash_key_resize(void) { return KEY_RESIZE; }
static inline int pdash_key_up(void) { return KEY_UP; }
static inline int pdash_key_down(void) { return KEY_DOWN; }
static inline int pdash_key_left(void) { return KEY_LEFT; }
static inline int pdash_key_right(void) { return KEY_RIGHT; }
static inline int pdash_key_ppage(void) { return KEY_PPAGE; }
static inline int pdash_key_npage(void) { return KEY_NPAGE; }
static inline int pdash_key_home(void) { return KEY_HOME; }
static inline int pdash_key_end(void) { return KEY_END; }
static inline int pdash_key_enter(void) { return KEY_ENTER; }
static inline int pdash_key_backspace(void) { return KEY_BACKSPACE; }
static inline int pdash_key_btab(void) { return KEY_BTAB; }
static inline int pdash_key_code_yes(void) { return KEY_CODE_YES; }
static inline attr_t pdash_a_bold(void) { return A_BOLD; }
static inline attr_t pdash_a_reverse(void) { return A_REVERSE; }
static inline attr_t pdash_a_dim(void) { return A_DIM; }
static inline attr_t pdash_a_underline(void) { return A_UNDERLINE; }
static inline attr_t pdash_a_normal(void) { return A_NORMAL; }

/* Draw one wide-character cell at (y, x) with the given attributes and colour pair. */
static inline int pdash_put_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}

static inline int pdash_get_wch(wint_t *out) { return wget_wch(stdscr, out); }

/* Mouse: the wheel and the left button. */
static inline int pdash_key_mouse(void) { return KEY_MOUSE; }
static inline void pdash_enable_mouse(void) {
    mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
              | BUTTON5_PRESSED
#endif
              , NULL);
    mouseinterval(0);
}
/* 0 nothing, 1 wheel up, 2 wheel down, 3 left click; fills the cell. */
static inline int pdash_read_mouse(int *row, int *column) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *row = event.y;
    *column = event.x;
    if (event.bstate & BUTTON4_PRESSED) return 1;
#ifdef BUTTON5_PRESSED
    if (event.bstate & BUTTON5_PRESSED) return 2;
#endif
    if (event.bstate & BUTTON1_PRESSED) return 3;
    return 0;
}

#endif
