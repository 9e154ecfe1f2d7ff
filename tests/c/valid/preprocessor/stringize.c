// Preprocessor: the # operator (C17 6.10.3.2), spacing and quoting rules.
// expect-exit: 0
// expect-stdout:
// | hello
// | a + b
// | "quoted" 'c' "\n"
// | VALUE
// | 42
// |
// | a b
// | 24
#include <stdio.h>
#define STR(x) #x
#define XSTR(x) STR(x)
#define VALUE 42
int main(void) {
    puts(STR(hello));
    puts(STR(  a   +   b  ));
    puts(STR("quoted" 'c' "\n"));
    puts(STR(VALUE));
    puts(XSTR(VALUE));
    puts(STR());
    puts(STR(a/**/b));
    puts(XSTR(__LINE__));
    return 0;
}
