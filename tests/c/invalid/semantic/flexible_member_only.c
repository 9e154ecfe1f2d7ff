// Invalid: flexible member only
// Violates C17 6.7.2.1p3: a flexible array member needs another named member.
struct bad {
    int items[]; // expect-error
};
int main(void) { return 0; }
