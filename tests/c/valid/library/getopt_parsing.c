// Library: getopt, getopt_long and getopt_long_only: argv permutation, '--', clustered and optional arguments, ':' and '+' modes, abbreviated long options (error messages go to stderr).
// expect-exit: 0
// expect-stdout: see getopt_parsing.out
#define _GNU_SOURCE
#include <stdio.h>
#include <getopt.h>
#include <string.h>
static int verbose;
static void run(int argc, char **argv, const char *opts, int use_long) {
  static struct option lo[] = { {"verbose", no_argument, &verbose, 1}, {"output", required_argument, 0, 'o'}, {"opt", optional_argument, 0, 'p'}, {"outline", no_argument, 0, 'L'}, {"help", no_argument, 0, 'h'}, {0,0,0,0} };
  optind = 0; verbose = 0; int c, idx = -1;
  while ((c = use_long == 2 ? getopt_long_only(argc, argv, opts, lo, &idx) : use_long ? getopt_long(argc, argv, opts, lo, &idx) : getopt(argc, argv, opts)) != -1) {
    printf(" c=%d('%c') optarg=%s optind=%d optopt=%d idx=%d\n", c, c > 31 && c < 127 ? c : '.', optarg ? optarg : "(null)", optind, optopt, idx);
  }
  printf(" end optind=%d verbose=%d argv:", optind, verbose); for (int i = 0; i < argc; i++) printf(" %s", argv[i]); printf("\n");
}
int main(void) {
  const char *sets[][12] = {
    {"prog", "-a", "file1", "-b", "val", "file2", "-cfoo", "--", "-d", 0},
    {"prog", "-x", "-b", 0},
    {"prog", "-ab", "-", "-c", 0},
    {"prog", "--verbose", "--out=f.txt", "--output", "g", "--opt", "--opt=3", "op1", "--he", 0},
    {"prog", "--outp", "x", "--o", "--bogus", "--help=1", "--output", 0},
    {"prog", "-verbose", "-o", "z", "-h", "-ab", 0},
  };
  const char *opts[] = { "ab:c::", ":ab:", "+ab", "ab:o:p::hL", "o:h", "abo:h" };
  int modes[] = {0, 0, 0, 1, 1, 2};
  for (int s = 0; s < 6; s++) {
    char *argv[12]; int argc = 0; char store[12][32];
    for (; sets[s][argc]; argc++) { strcpy(store[argc], sets[s][argc]); argv[argc] = store[argc]; }
    argv[argc] = 0;
    printf("set %d opts %s\n", s, opts[s]); fflush(stdout);
    run(argc, argv, opts[s], modes[s]);
    fflush(stdout);
  }
  return 0;
}
