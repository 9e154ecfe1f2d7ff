/* Altitude C library: <alloca.h> */
#ifndef __ALTITUDE_ALLOCA_H
#define __ALTITUDE_ALLOCA_H

#ifndef __ALT_SIZE_T
#define __ALT_SIZE_T
typedef __SIZE_TYPE__ size_t;
#endif

#ifndef __ALT_ALLOCA
#define __ALT_ALLOCA
extern void *alloca(size_t __size);
#define alloca(size) __builtin_alloca(size)
#endif

#endif /* __ALTITUDE_ALLOCA_H */
