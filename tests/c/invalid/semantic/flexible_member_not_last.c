// Invalid: flexible member not last
// Violates C17 6.7.2.1p3: a flexible array member must be last.
struct bad {
    int items[]; // expect-error
    int count;
};
int main(void) { return 0; }
