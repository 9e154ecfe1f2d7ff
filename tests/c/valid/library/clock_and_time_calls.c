// Library: time, clock, clock_gettime, gettimeofday, timespec_get and nanosleep behave consistently (no values printed: they vary).
// expect-exit: 0
// expect-stdout:
// | time agrees 1 after 2020 1
// | clock_gettime 0
// | nanosleep 0
// | slept at least 20ms 1
// | gettimeofday 0 usec ok 1
// | timespec_get 1 nsec ok 1
// | realtime close to time() 1
// | clock ok 1 CLOCKS_PER_SEC 1000000
// | bad nanosleep -1
// | usleep 0 sleep 0
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
int main(void) {
    time_t t1;
    time_t t0 = time(&t1);
    printf("time agrees %d after 2020 %d\n", t0 == t1, t0 > 1577836800);
    struct timespec a, b;
    printf("clock_gettime %d\n", clock_gettime(CLOCK_MONOTONIC, &a));
    struct timespec req = { 0, 20000000 };
    printf("nanosleep %d\n", nanosleep(&req, NULL));
    clock_gettime(CLOCK_MONOTONIC, &b);
    long long ns = (b.tv_sec - a.tv_sec) * 1000000000LL + (b.tv_nsec - a.tv_nsec);
    printf("slept at least 20ms %d\n", ns >= 20000000);
    struct timeval tv;
    int r = gettimeofday(&tv, NULL);
    printf("gettimeofday %d usec ok %d\n", r, tv.tv_usec >= 0 && tv.tv_usec < 1000000);
    struct timespec ts;
    r = timespec_get(&ts, TIME_UTC);
    printf("timespec_get %d nsec ok %d\n", r, ts.tv_nsec >= 0 && ts.tv_nsec < 1000000000);
    printf("realtime close to time() %d\n", ts.tv_sec - t0 < 5);
    clock_t c = clock();
    printf("clock ok %d CLOCKS_PER_SEC %ld\n", c != (clock_t)-1, (long)CLOCKS_PER_SEC);
    struct timespec bad = { 0, 1000000000 };
    printf("bad nanosleep %d\n", nanosleep(&bad, NULL));
    printf("usleep %d sleep %u\n", usleep(1000), sleep(0));
    return 0;
}
