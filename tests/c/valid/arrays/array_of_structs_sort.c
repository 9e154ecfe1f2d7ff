// Arrays: insertion sort of an array of structs by two keys.
// expect-exit: 0
// expect-stdout:
// | dan 20
// | bob 25
// | cal 25
// | amy 30
// | eve 30
#include <stdio.h>
#include <string.h>
struct person { char name[8]; int age; };
static int before(const struct person *a, const struct person *b) {
    if (a->age != b->age) return a->age < b->age;
    return strcmp(a->name, b->name) < 0;
}
int main(void) {
    struct person ps[] = { { "eve", 30 }, { "bob", 25 }, { "amy", 30 }, { "dan", 20 }, { "cal", 25 } };
    int n = sizeof ps / sizeof ps[0];
    for (int i = 1; i < n; i++) {
        struct person key = ps[i];
        int j = i - 1;
        while (j >= 0 && before(&key, &ps[j])) { ps[j + 1] = ps[j]; j--; }
        ps[j + 1] = key;
    }
    for (int i = 0; i < n; i++) printf("%s %d\n", ps[i].name, ps[i].age);
    return 0;
}
