// Idioms: k-way merge of sorted runs with a min-heap of cursors (value, run index), producing one sorted output and a stable order for equal values.
// std: c17
// expect-exit: 0
// expect-stdout:
// | 0(r3) 1(r0) 2(r1) 3(r1) 4(r0) 4(r2) 4(r2) 4(r2) 5(r1) 5(r4) 7(r1) 9(r0) 10(r4) 11(r1) 13(r1) 15(r4) 16(r0) 20(r4) 25(r0) 25(r4) 30(r4)
// | merged 21 of 21, sorted 1
#include <stdio.h>
#include <stdlib.h>

struct cursor { int value; int run; size_t pos; };

static int less(const struct cursor *a, const struct cursor *b) { return a->value != b->value ? a->value < b->value : a->run < b->run; }

static void sift_down(struct cursor *h, size_t n, size_t i) {
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, m = i;
        if (l < n && less(&h[l], &h[m])) m = l;
        if (r < n && less(&h[r], &h[m])) m = r;
        if (m == i) return;
        struct cursor t = h[i]; h[i] = h[m]; h[m] = t;
        i = m;
    }
}

int main(void) {
    static const int r0[] = { 1, 4, 9, 16, 25 }, r1[] = { 2, 3, 5, 7, 11, 13 }, r2[] = { 4, 4, 4 }, r3[] = { 0 }, r4[] = { 5, 10, 15, 20, 25, 30 };
    const int *runs[] = { r0, r1, r2, r3, r4 };
    const size_t lens[] = { 5, 6, 3, 1, 6 };
    enum { K = 5 };
    struct cursor heap[K];
    size_t n = 0, total = 0;
    for (int k = 0; k < K; k++) { total += lens[k]; if (lens[k]) heap[n++] = (struct cursor){ runs[k][0], k, 0 }; }
    for (size_t i = n / 2; i-- > 0; ) sift_down(heap, n, i);
    int *out = malloc(total * sizeof *out);
    int *from = malloc(total * sizeof *from);
    if (!out || !from) { free(out); free(from); return 1; }
    size_t o = 0;
    while (n) {
        struct cursor *top = &heap[0];
        out[o] = top->value; from[o] = top->run; o++;
        if (++top->pos < lens[top->run]) top->value = runs[top->run][top->pos];
        else heap[0] = heap[--n];
        sift_down(heap, n, 0);
    }
    int sorted = 1;
    for (size_t i = 0; i < o; i++) {
        printf("%d(r%d)%c", out[i], from[i], i + 1 == o ? '\n' : ' ');
        if (i && out[i - 1] > out[i]) sorted = 0;
    }
    printf("merged %zu of %zu, sorted %d\n", o, total, sorted);
    free(out);
    free(from);
    return 0;
}
