// Invalid: thread local auto
// Violates C17 6.7.1p3: block-scope _Thread_local needs static or extern.
int main(void) {
    _Thread_local int t = 0; // expect-error
    return t;
}
