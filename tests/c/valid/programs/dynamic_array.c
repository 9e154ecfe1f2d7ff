// Programs: generic dynamic array (vector) with realloc growth, insert, erase, and macros.
// expect-exit: 0
// expect-stdout:
// | 10 16
// | -1 0 0.5 1 1.5 2.5 3 3.5 4 4.5
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct vec { void *data; size_t len, cap, elem; };
static void vec_init(struct vec *v, size_t elem) { v->data = NULL; v->len = v->cap = 0; v->elem = elem; }
static void *vec_at(struct vec *v, size_t i) { return (char *)v->data + i * v->elem; }
static void vec_insert(struct vec *v, size_t i, const void *x) {
    if (v->len == v->cap) { v->cap = v->cap ? v->cap * 2 : 2; v->data = realloc(v->data, v->cap * v->elem); }
    memmove(vec_at(v, i + 1), vec_at(v, i), (v->len - i) * v->elem);
    memcpy(vec_at(v, i), x, v->elem);
    v->len++;
}
static void vec_erase(struct vec *v, size_t i) {
    memmove(vec_at(v, i), vec_at(v, i + 1), (v->len - i - 1) * v->elem);
    v->len--;
}
#define VEC_PUSH(v, T, x) do { T tmp_ = (x); vec_insert((v), (v)->len, &tmp_); } while (0)
#define VEC_GET(v, T, i) (*(T *)vec_at((v), (i)))
int main(void) {
    struct vec v;
    vec_init(&v, sizeof(double));
    for (int i = 0; i < 10; i++) VEC_PUSH(&v, double, i * 0.5);
    double front = -1;
    vec_insert(&v, 0, &front);
    vec_erase(&v, 5);
    printf("%zu %zu\n", v.len, v.cap);
    for (size_t i = 0; i < v.len; i++) printf("%g%c", VEC_GET(&v, double, i), i + 1 < v.len ? ' ' : '\n');
    free(v.data);
    return 0;
}
