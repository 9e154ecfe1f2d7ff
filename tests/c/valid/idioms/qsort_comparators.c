// Idioms: qsort with several comparators (multi-key, descending, by string, stable via original index) and bsearch.
// std: c17
// expect-exit: 0
// expect-stdout:
// | pointer sort: ari bo cy dana eve kim lee
// | by dept, salary desc:
// |   cy     dev   41  7000.00
// |   ari    dev   29  6100.50
// |   kim    dev   35  6100.50
// |   eve    hr    29  4100.25
// |   bo     hr    52  3900.00
// |   dana   ops   41  5200.00
// |   lee    ops   29  4800.00
// | by age (stable):
// |   ari    dev   29  6100.50
// |   eve    hr    29  4100.25
// |   lee    ops   29  4800.00
// |   kim    dev   35  6100.50
// |   cy     dev   41  7000.00
// |   dana   ops   41  5200.00
// |   bo     hr    52  3900.00
// | found kim at 5 in dev
// | no zed
// | found ari at 0 in dev
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct employee { const char *name; const char *dept; int age; double salary; int seq; };

static int cmp_int(int a, int b) { return (a > b) - (a < b); }
static int by_name(const void *a, const void *b) {
    return strcmp(((const struct employee *)a)->name, ((const struct employee *)b)->name);
}
static int by_dept_then_salary_desc(const void *a, const void *b) {
    const struct employee *x = a, *y = b;
    int c = strcmp(x->dept, y->dept);
    if (c) return c;
    if (x->salary != y->salary) return x->salary < y->salary ? 1 : -1;
    return cmp_int(x->seq, y->seq);
}
static int by_age_stable(const void *a, const void *b) {
    const struct employee *x = a, *y = b;
    int c = cmp_int(x->age, y->age);
    return c ? c : cmp_int(x->seq, y->seq);
}
static int by_pointer_name(const void *a, const void *b) {
    const struct employee *const *x = a, *const *y = b;
    return strcmp((*x)->name, (*y)->name);
}
static int key_vs_name(const void *key, const void *elem) {
    return strcmp(key, ((const struct employee *)elem)->name);
}

static void show(const char *title, const struct employee *e, size_t n) {
    printf("%s:\n", title);
    for (size_t i = 0; i < n; i++) printf("  %-6s %-5s %2d %8.2f\n", e[i].name, e[i].dept, e[i].age, e[i].salary);
}

int main(void) {
    struct employee staff[] = {
        { "dana", "ops", 41, 5200.0, 0 }, { "ari", "dev", 29, 6100.5, 0 }, { "kim", "dev", 35, 6100.5, 0 },
        { "lee", "ops", 29, 4800.0, 0 }, { "bo", "hr", 52, 3900.0, 0 }, { "cy", "dev", 41, 7000.0, 0 },
        { "eve", "hr", 29, 4100.25, 0 },
    };
    size_t n = sizeof staff / sizeof staff[0];
    for (size_t i = 0; i < n; i++) staff[i].seq = (int)i;

    const struct employee *ptrs[sizeof staff / sizeof staff[0]];
    for (size_t i = 0; i < n; i++) ptrs[i] = &staff[i];
    qsort(ptrs, n, sizeof ptrs[0], by_pointer_name);
    printf("pointer sort:");
    for (size_t i = 0; i < n; i++) printf(" %s", ptrs[i]->name);
    printf("\n");

    qsort(staff, n, sizeof staff[0], by_dept_then_salary_desc);
    show("by dept, salary desc", staff, n);
    for (size_t i = 0; i < n; i++) staff[i].seq = (int)i;
    qsort(staff, n, sizeof staff[0], by_age_stable);
    show("by age (stable)", staff, n);
    qsort(staff, n, sizeof staff[0], by_name);
    const char *wanted[] = { "kim", "zed", "ari" };
    for (size_t i = 0; i < 3; i++) {
        const struct employee *hit = bsearch(wanted[i], staff, n, sizeof staff[0], key_vs_name);
        if (hit) printf("found %s at %td in %s\n", wanted[i], hit - staff, hit->dept);
        else printf("no %s\n", wanted[i]);
    }
    return 0;
}
