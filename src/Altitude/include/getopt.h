/* Altitude C library: <getopt.h> (GNU) */
#ifndef __ALTITUDE_GETOPT_H
#define __ALTITUDE_GETOPT_H

extern char *optarg;
extern int optind;
extern int opterr;
extern int optopt;
extern int getopt(int __argc, char *const *__argv, const char *__shortopts);

struct option {
    const char *name;
    int has_arg;
    int *flag;
    int val;
};

#define no_argument 0
#define required_argument 1
#define optional_argument 2

extern int getopt_long(int __argc, char *const *__argv, const char *__shortopts,
                       const struct option *__longopts, int *__longind);
extern int getopt_long_only(int __argc, char *const *__argv, const char *__shortopts,
                            const struct option *__longopts, int *__longind);

#endif /* __ALTITUDE_GETOPT_H */
