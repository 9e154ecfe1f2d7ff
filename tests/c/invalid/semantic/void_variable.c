// Invalid: void variable
// Violates C17 6.7p7: an object cannot have type void.
int main(void) {
    void nothing; // expect-error
    return 0;
}
