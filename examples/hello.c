#include <stdio.h>

struct greeting {
    const char *who;
    int times;
};

int main(void) {
    struct greeting g = { .who = "world", .times = 2 };
    for (int i = 0; i < g.times; i++)
        printf("hello, %s (%d)\n", g.who, i + 1);
    return 0;
}
