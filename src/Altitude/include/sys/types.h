/* Altitude C library: <sys/types.h> (POSIX)
 * Every type has the representation it has on x86-64 Linux. */
#ifndef __ALTITUDE_SYS_TYPES_H
#define __ALTITUDE_SYS_TYPES_H

#ifndef __ALT_SIZE_T
#define __ALT_SIZE_T
typedef __SIZE_TYPE__ size_t;
#endif
#ifndef __ALT_SSIZE_T
#define __ALT_SSIZE_T
typedef long ssize_t;
#endif
#ifndef __ALT_OFF_T
#define __ALT_OFF_T
typedef long off_t;
#endif
#ifndef __ALT_PID_T
#define __ALT_PID_T
typedef int pid_t;
#endif
#ifndef __ALT_UID_T
#define __ALT_UID_T
typedef unsigned int uid_t;
#endif
#ifndef __ALT_GID_T
#define __ALT_GID_T
typedef unsigned int gid_t;
#endif
#ifndef __ALT_MODE_T
#define __ALT_MODE_T
typedef unsigned int mode_t;
#endif
#ifndef __ALT_DEV_T
#define __ALT_DEV_T
typedef unsigned long dev_t;
#endif
#ifndef __ALT_INO_T
#define __ALT_INO_T
typedef unsigned long ino_t;
#endif
#ifndef __ALT_NLINK_T
#define __ALT_NLINK_T
typedef unsigned long nlink_t;
#endif
#ifndef __ALT_BLKSIZE_T
#define __ALT_BLKSIZE_T
typedef long blksize_t;
#endif
#ifndef __ALT_BLKCNT_T
#define __ALT_BLKCNT_T
typedef long blkcnt_t;
#endif
#ifndef __ALT_TIME_T
#define __ALT_TIME_T
typedef long time_t;
#endif
#ifndef __ALT_CLOCK_T
#define __ALT_CLOCK_T
typedef long clock_t;
#endif
#ifndef __ALT_CLOCKID_T
#define __ALT_CLOCKID_T
typedef int clockid_t;
#endif
#ifndef __ALT_TIMER_T
#define __ALT_TIMER_T
typedef void *timer_t;
#endif
#ifndef __ALT_SUSECONDS_T
#define __ALT_SUSECONDS_T
typedef long suseconds_t;
#endif
#ifndef __ALT_USECONDS_T
#define __ALT_USECONDS_T
typedef unsigned int useconds_t;
#endif
#ifndef __ALT_ID_T
#define __ALT_ID_T
typedef unsigned int id_t;
#endif
#ifndef __ALT_INTN_T
#define __ALT_INTN_T
typedef signed char int8_t;
typedef short int16_t;
typedef int int32_t;
typedef long int64_t;
#endif

typedef unsigned long fsblkcnt_t;
typedef unsigned long fsfilcnt_t;
typedef int key_t;
typedef long off64_t;
typedef unsigned long ino64_t;
typedef long loff_t;
typedef long daddr_t;
typedef char *caddr_t;
typedef long quad_t;
typedef unsigned long u_quad_t;
typedef unsigned char u_char;
typedef unsigned short u_short;
typedef unsigned int u_int;
typedef unsigned long u_long;
typedef unsigned short ushort;
typedef unsigned int uint;
typedef unsigned long ulong;
typedef unsigned char u_int8_t;
typedef unsigned short u_int16_t;
typedef unsigned int u_int32_t;
typedef unsigned long u_int64_t;
typedef int register_t;

/* POSIX threads types: opaque storage of the x86-64 Linux sizes.  All-zero
 * storage is the default-initialised object. */
#ifndef __ALT_PTHREAD_TYPES
#define __ALT_PTHREAD_TYPES
#ifndef __ALT_PTHREAD_T
#define __ALT_PTHREAD_T
typedef unsigned long pthread_t;
#endif
typedef union {
    char __alt_size[56];
    long __alt_align;
} pthread_attr_t;
typedef union {
    char __alt_size[40];
    long __alt_align;
} pthread_mutex_t;
typedef union {
    char __alt_size[4];
    int __alt_align;
} pthread_mutexattr_t;
typedef union {
    char __alt_size[48];
    long long __alt_align;
} pthread_cond_t;
typedef union {
    char __alt_size[4];
    int __alt_align;
} pthread_condattr_t;
typedef union {
    char __alt_size[56];
    long __alt_align;
} pthread_rwlock_t;
typedef union {
    char __alt_size[8];
    long __alt_align;
} pthread_rwlockattr_t;
typedef union {
    char __alt_size[32];
    long __alt_align;
} pthread_barrier_t;
typedef union {
    char __alt_size[4];
    int __alt_align;
} pthread_barrierattr_t;
typedef unsigned int pthread_key_t;
typedef int pthread_once_t;
typedef volatile int pthread_spinlock_t;
#endif /* __ALT_PTHREAD_TYPES */

#endif /* __ALTITUDE_SYS_TYPES_H */
