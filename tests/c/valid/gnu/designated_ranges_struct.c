// GNU: range designators in arrays of structs and nested designators.
// expect-exit: 0
// expect-stdout:
// | 1a 1a 1a 0b 0b 9b
#include <stdio.h>
struct cell { int value; char mark; };
int main(void) {
    struct cell row[6] = { [0 ... 2] = { 1, 'a' }, [3 ... 5].mark = 'b', [5].value = 9 };
    for (int i = 0; i < 6; i++) printf("%d%c%s", row[i].value, row[i].mark ? row[i].mark : '_', i < 5 ? " " : "\n");
    return 0;
}
