// Invalid: restrict non pointer
// Violates C17 6.7.3p2: restrict applies only to pointer types.
int main(void) {
    restrict int x = 0; // expect-error
    return x;
}
