// Idioms: in-place heap sort with sift-down on an array, plus a generic heapsort over void* with a comparator.
// std: c17
// expect-exit: 0
// expect-stdout:
// | sorted 1 min -480 max 485 median 31
// | -480 -367 -259 -74 114 176 318 485 
// | tiny 5 dup 111333
// | fig yam date kiwi lime pear apple
#include <stdio.h>
#include <string.h>

static void sift_down(int *a, size_t start, size_t end) {
    size_t root = start;
    while (2 * root + 1 < end) {
        size_t child = 2 * root + 1, swap = root;
        if (a[swap] < a[child]) swap = child;
        if (child + 1 < end && a[swap] < a[child + 1]) swap = child + 1;
        if (swap == root) return;
        int t = a[root]; a[root] = a[swap]; a[swap] = t;
        root = swap;
    }
}

static void heap_sort(int *a, size_t n) {
    for (size_t i = n / 2; i-- > 0; ) sift_down(a, i, n);
    for (size_t end = n; end > 1; end--) {
        int t = a[0]; a[0] = a[end - 1]; a[end - 1] = t;
        sift_down(a, 0, end - 1);
    }
}

static void swap_bytes(unsigned char *a, unsigned char *b, size_t size) {
    while (size--) { unsigned char t = *a; *a++ = *b; *b++ = t; }
}

static void gsift(unsigned char *base, size_t size, size_t root, size_t end, int (*cmp)(const void *, const void *)) {
    while (2 * root + 1 < end) {
        size_t child = 2 * root + 1, best = root;
        if (cmp(base + best * size, base + child * size) < 0) best = child;
        if (child + 1 < end && cmp(base + best * size, base + (child + 1) * size) < 0) best = child + 1;
        if (best == root) return;
        swap_bytes(base + root * size, base + best * size, size);
        root = best;
    }
}

static void gheapsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *)) {
    unsigned char *b = base;
    for (size_t i = n / 2; i-- > 0; ) gsift(b, size, i, n, cmp);
    for (size_t end = n; end > 1; end--) { swap_bytes(b, b + (end - 1) * size, size); gsift(b, size, 0, end - 1, cmp); }
}

struct word { char text[8]; int len; };
static int by_len_then_text(const void *a, const void *b) {
    const struct word *x = a, *y = b;
    if (x->len != y->len) return x->len - y->len;
    return strcmp(x->text, y->text);
}

int main(void) {
    int a[50];
    unsigned seed = 7;
    for (int i = 0; i < 50; i++) { seed = seed * 1103515245u + 12345u; a[i] = (int)((seed >> 16) % 1000) - 500; }
    heap_sort(a, 50);
    int sorted = 1;
    for (int i = 1; i < 50; i++) if (a[i - 1] > a[i]) sorted = 0;
    printf("sorted %d min %d max %d median %d\n", sorted, a[0], a[49], a[25]);
    for (int i = 0; i < 50; i += 7) printf("%d ", a[i]);
    printf("\n");
    int tiny[1] = { 5 }, dup[6] = { 3, 1, 3, 1, 3, 1 };
    heap_sort(tiny, 1); heap_sort(dup, 6); heap_sort(NULL, 0);
    printf("tiny %d dup %d%d%d%d%d%d\n", tiny[0], dup[0], dup[1], dup[2], dup[3], dup[4], dup[5]);
    struct word w[] = { { "pear", 4 }, { "fig", 3 }, { "apple", 5 }, { "kiwi", 4 }, { "date", 4 }, { "yam", 3 }, { "lime", 4 } };
    gheapsort(w, 7, sizeof w[0], by_len_then_text);
    for (int i = 0; i < 7; i++) printf("%s%c", w[i].text, i == 6 ? '\n' : ' ');
    return !sorted;
}
