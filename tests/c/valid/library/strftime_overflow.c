// Library: strftime into arrays too small: it returns 0 and leaves the whole pieces that fitted (a composite conversion terminated), as glibc.
// expect-exit: 0
// expect-stdout: see strftime_overflow.out
#include <stdio.h>
#include <string.h>
#include <time.h>
int main(void) { time_t t = 1700000000; struct tm tm; gmtime_r(&t, &tm);
  const char *fmts[] = {"%Y-%m-%d", "ab%Hcd", "%c", "%A, %B", "xyz", "%D!"};
  for (int f = 0; f < 6; f++) for (int n = 0; n < 12; n++) { char b[32]; memset(b, '.', sizeof b); b[31] = 0; size_t r = strftime(b, (size_t)n, fmts[f], &tm); printf("%s %d %zu [%s]\n", fmts[f], n, r, b); }
  return 0; }
