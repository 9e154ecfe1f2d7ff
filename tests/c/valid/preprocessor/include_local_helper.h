// Helper header for include_local.c (guarded; included three times).
#ifndef INCLUDE_LOCAL_HELPER_H
#define INCLUDE_LOCAL_HELPER_H
#define HELPER_INCLUDED 1
static inline int helper_twice(int x) { return 2 * x; }
#endif
