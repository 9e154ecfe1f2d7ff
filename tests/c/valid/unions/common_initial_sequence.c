// Unions: common initial sequence of structs in a union may be inspected through any member (C17 6.5.2.3p6).
// expect-exit: 0
// expect-stdout:
// | num 42
// | str hello
// | unknown 9
#include <stdio.h>
struct hdr { int type; };
struct msg_num { int type; int value; };
struct msg_str { int type; char text[12]; };
union message { struct hdr h; struct msg_num num; struct msg_str str; };
static void show(const union message *m) {
    switch (m->h.type) {
    case 1: printf("num %d\n", m->num.value); break;
    case 2: printf("str %s\n", m->str.text); break;
    default: printf("unknown %d\n", m->h.type);
    }
}
int main(void) {
    union message a = { .num = { 1, 42 } };
    union message b = { .str = { 2, "hello" } };
    union message c = { .h = { 9 } };
    show(&a); show(&b); show(&c);
    return 0;
}
