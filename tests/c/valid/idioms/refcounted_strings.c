// Idioms: reference-counted immutable strings with retain/release, interning through a small table, and copy-on-write mutation.
// std: c17
// expect-exit: 0
// expect-stdout:
// | same object for red: 1, live 3
// | red refs 4
// | green refs 3
// | blue refs 2
// | upcased RED, original red, live 4, red refs 4
// | in place: 1 SOLO live 5
// | live after release 0
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rcstr { int refs; size_t len; char text[]; };
static int live_strings;

static struct rcstr *rc_new(const char *s) {
    size_t n = strlen(s);
    struct rcstr *r = malloc(sizeof *r + n + 1);
    if (!r) return NULL;
    r->refs = 1; r->len = n;
    memcpy(r->text, s, n + 1);
    live_strings++;
    return r;
}
static struct rcstr *rc_retain(struct rcstr *r) { if (r) r->refs++; return r; }
static void rc_release(struct rcstr *r) { if (r && --r->refs == 0) { live_strings--; free(r); } }

/* Copy-on-write: mutate in place only when this is the only reference. */
static struct rcstr *rc_upcase(struct rcstr *r) {
    if (r->refs > 1) {
        struct rcstr *copy = rc_new(r->text);
        rc_release(r);
        r = copy;
        if (!r) return NULL;
    }
    for (size_t i = 0; i < r->len; i++) if (r->text[i] >= 'a' && r->text[i] <= 'z') r->text[i] = (char)(r->text[i] - 32);
    return r;
}

#define TABLE 8
static struct rcstr *intern_table[TABLE];
static struct rcstr *intern(const char *s) {
    for (int i = 0; i < TABLE; i++) if (intern_table[i] && strcmp(intern_table[i]->text, s) == 0) return rc_retain(intern_table[i]);
    for (int i = 0; i < TABLE; i++) if (!intern_table[i]) { intern_table[i] = rc_new(s); return rc_retain(intern_table[i]); }
    return rc_new(s);
}

int main(void) {
    const char *words[] = { "red", "green", "red", "blue", "green", "red" };
    struct rcstr *held[6];
    for (int i = 0; i < 6; i++) held[i] = intern(words[i]);
    printf("same object for red: %d, live %d\n", held[0] == held[2] && held[2] == held[5], live_strings);
    for (int i = 0; i < TABLE && intern_table[i]; i++) printf("%s refs %d\n", intern_table[i]->text, intern_table[i]->refs);
    struct rcstr *shout = rc_upcase(rc_retain(held[0]));
    printf("upcased %s, original %s, live %d, red refs %d\n", shout->text, held[0]->text, live_strings, held[0]->refs);
    struct rcstr *solo = rc_new("solo");
    struct rcstr *solo_up = rc_upcase(solo);
    printf("in place: %d %s live %d\n", solo == solo_up, solo_up->text, live_strings);
    rc_release(solo_up);
    rc_release(shout);
    for (int i = 0; i < 6; i++) rc_release(held[i]);
    for (int i = 0; i < TABLE; i++) { rc_release(intern_table[i]); intern_table[i] = NULL; }
    printf("live after release %d\n", live_strings);
    return live_strings;
}
