// Library: getrusage, times, sched_yield and getentropy (values vary between runs: only their properties are printed).
// expect-exit: 0
// expect-stdout:
// | 0 1 1
// | 1 1
// | 0
// | 0
// | -1 1
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <sys/resource.h>
#include <sys/times.h>
#include <sched.h>
#include <unistd.h>
#include <errno.h>
int main(void) {
  volatile double x = 0; for (int i = 0; i < 200000; i++) x += i * 0.5;
  struct rusage ru; int r = getrusage(RUSAGE_SELF, &ru);
  printf("%d %d %d\n", r, ru.ru_utime.tv_usec >= 0 && ru.ru_utime.tv_usec < 1000000, ru.ru_maxrss > 0);
  struct tms t; clock_t c = times(&t); printf("%d %d\n", c != (clock_t)-1, t.tms_utime >= 0);
  printf("%d\n", sched_yield());
  unsigned char buf[16]; int e = getentropy(buf, sizeof buf); printf("%d\n", e);
  unsigned char big[300]; e = getentropy(big, sizeof big); printf("%d %d\n", e, errno == EIO);
  return 0; }
