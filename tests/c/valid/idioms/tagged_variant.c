// Idioms: a tagged variant (dynamic value) type: enum tag + anonymous union, constructors, equality, printing, lists.
// std: c17
// expect-exit: 0
// expect-stdout:
// | [1, [2, 0.5, "x"], true, nil, "end"]
// | sum 4.5 size 24
// | 3 == 3.0: 1, list[4] == "end": 1, list[0] == 3: 0
// | nested equal 1
// | after free: 0
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum vtype { V_NIL, V_BOOL, V_INT, V_REAL, V_STR, V_LIST };
struct value {
    enum vtype type;
    union {
        bool b;
        long i;
        double r;
        struct { char *chars; size_t len; } s;
        struct { struct value *items; size_t count; } list;
    };
};

static struct value v_int(long i) { return (struct value){ .type = V_INT, .i = i }; }
static struct value v_real(double r) { return (struct value){ .type = V_REAL, .r = r }; }
static struct value v_bool(bool b) { return (struct value){ .type = V_BOOL, .b = b }; }
static struct value v_str(const char *s) {
    struct value v = { .type = V_STR };
    v.s.len = strlen(s);
    v.s.chars = malloc(v.s.len + 1);
    if (v.s.chars) memcpy(v.s.chars, s, v.s.len + 1);
    return v;
}
static struct value v_list(size_t n, const struct value *items) {
    struct value v = { .type = V_LIST };
    v.list.items = malloc(n * sizeof *items);
    if (v.list.items) { memcpy(v.list.items, items, n * sizeof *items); v.list.count = n; }
    return v;
}

static void v_free(struct value *v) {
    if (v->type == V_STR) free(v->s.chars);
    if (v->type == V_LIST) {
        for (size_t i = 0; i < v->list.count; i++) v_free(&v->list.items[i]);
        free(v->list.items);
    }
    v->type = V_NIL;
}

static bool v_equal(const struct value *a, const struct value *b) {
    if (a->type == V_INT && b->type == V_REAL) return (double)a->i == b->r;
    if (a->type == V_REAL && b->type == V_INT) return v_equal(b, a);
    if (a->type != b->type) return false;
    switch (a->type) {
    case V_NIL: return true;
    case V_BOOL: return a->b == b->b;
    case V_INT: return a->i == b->i;
    case V_REAL: return a->r == b->r;
    case V_STR: return a->s.len == b->s.len && memcmp(a->s.chars, b->s.chars, a->s.len) == 0;
    case V_LIST:
        if (a->list.count != b->list.count) return false;
        for (size_t i = 0; i < a->list.count; i++) if (!v_equal(&a->list.items[i], &b->list.items[i])) return false;
        return true;
    }
    return false;
}

static void v_print(const struct value *v) {
    switch (v->type) {
    case V_NIL: printf("nil"); break;
    case V_BOOL: printf(v->b ? "true" : "false"); break;
    case V_INT: printf("%ld", v->i); break;
    case V_REAL: printf("%g", v->r); break;
    case V_STR: printf("\"%s\"", v->s.chars); break;
    case V_LIST:
        printf("[");
        for (size_t i = 0; i < v->list.count; i++) { if (i) printf(", "); v_print(&v->list.items[i]); }
        printf("]");
        break;
    }
}

static double v_sum(const struct value *v) {
    switch (v->type) {
    case V_INT: return (double)v->i;
    case V_REAL: return v->r;
    case V_BOOL: return v->b;
    case V_LIST: { double s = 0; for (size_t i = 0; i < v->list.count; i++) s += v_sum(&v->list.items[i]); return s; }
    default: return 0;
    }
}

int main(void) {
    struct value inner[] = { v_int(2), v_real(0.5), v_str("x") };
    struct value outer[] = { v_int(1), v_list(3, inner), v_bool(true), (struct value){ .type = V_NIL }, v_str("end") };
    struct value doc = v_list(5, outer);
    v_print(&doc); printf("\n");
    printf("sum %g size %zu\n", v_sum(&doc), sizeof(struct value));
    struct value a = v_int(3), b = v_real(3.0), c = v_str("end");
    printf("3 == 3.0: %d, list[4] == \"end\": %d, list[0] == 3: %d\n",
           v_equal(&a, &b), v_equal(&doc.list.items[4], &c), v_equal(&doc.list.items[0], &a));
    struct value inner2[] = { v_int(2), v_real(0.5), v_str("x") };
    struct value copy = v_list(3, inner2);
    printf("nested equal %d\n", v_equal(&copy, &doc.list.items[1]));
    v_free(&copy); v_free(&c); v_free(&doc);
    printf("after free: %d\n", doc.type);
    return 0;
}
