// Library: qsort and bsearch with comparators for ints, strings and structs.
// expect-exit: 0
// expect-stdout:
// | -7 -1 0 3 19 42 88
// | 4
// | 1
// | apple banana fig pear
// | b c a
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int cmp_int(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }
static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }
struct item { const char *name; int price; };
static int cmp_price_desc(const void *a, const void *b) {
    const struct item *x = a, *y = b;
    return (y->price > x->price) - (y->price < x->price);
}
int main(void) {
    int nums[] = { 42, -7, 19, 0, 3, 88, -1 };
    size_t n = sizeof nums / sizeof nums[0];
    qsort(nums, n, sizeof nums[0], cmp_int);
    for (size_t i = 0; i < n; i++) printf("%d%c", nums[i], i + 1 < n ? ' ' : '\n');
    int key = 19;
    int *found = bsearch(&key, nums, n, sizeof nums[0], cmp_int);
    printf("%td\n", found ? found - nums : -1);
    key = 5;
    printf("%d\n", bsearch(&key, nums, n, sizeof nums[0], cmp_int) == NULL);
    const char *words[] = { "pear", "apple", "fig", "banana" };
    qsort(words, 4, sizeof words[0], cmp_str);
    printf("%s %s %s %s\n", words[0], words[1], words[2], words[3]);
    struct item items[] = { { "a", 5 }, { "b", 20 }, { "c", 12 } };
    qsort(items, 3, sizeof items[0], cmp_price_desc);
    printf("%s %s %s\n", items[0].name, items[1].name, items[2].name);
    return 0;
}
