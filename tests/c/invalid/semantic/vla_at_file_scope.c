// Invalid: vla at file scope
// Violates C17 6.7.6.2p2: file-scope arrays need constant sizes.
int n = 3;
int a[n]; // expect-error
int main(void) { return 0; }
