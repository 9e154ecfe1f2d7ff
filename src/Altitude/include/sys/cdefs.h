/* Altitude C library: <sys/cdefs.h> (BSD/GNU, minimal)
 * Only the portable helpers that programs use directly; Altitude's own
 * headers do not depend on it. */
#ifndef __ALTITUDE_SYS_CDEFS_H
#define __ALTITUDE_SYS_CDEFS_H

#define __BEGIN_DECLS
#define __END_DECLS
#define __THROW
#define __P(args) args
#define __PMT(args) args
#define __CONCAT(x, y) x ## y
#define __STRING(x) #x
#define __ptr_t void *

#endif /* __ALTITUDE_SYS_CDEFS_H */
