/* Altitude C library: <setjmp.h> (C17 7.13)
 * jmp_buf is an opaque array of the size and alignment it has on x86-64
 * Linux (200 bytes, alignment 8); the VM keeps the real context itself. */
#ifndef __ALTITUDE_SETJMP_H
#define __ALTITUDE_SETJMP_H

#include <features.h>

typedef long jmp_buf[25];

extern int setjmp(jmp_buf __env);
extern void longjmp(jmp_buf __env, int __val) __attribute__((__noreturn__));
/* C17 7.13.1.1: setjmp is a macro. */
#define setjmp(env) setjmp(env)

#if __ALT_EXT
typedef long sigjmp_buf[25];
extern int sigsetjmp(sigjmp_buf __env, int __savemask);
extern void siglongjmp(sigjmp_buf __env, int __val) __attribute__((__noreturn__));
extern int _setjmp(jmp_buf __env);
extern void _longjmp(jmp_buf __env, int __val) __attribute__((__noreturn__));
#define sigsetjmp(env, savemask) sigsetjmp(env, savemask)
#endif

#endif /* __ALTITUDE_SETJMP_H */
