/* Altitude C library: <assert.h> (C17 7.2)
 * Deliberately not include-guarded: each inclusion redefines assert according
 * to the NDEBUG in effect at that point (C17 7.2p1). */

#ifndef __ALT_ASSERT_FAIL_DECLARED
#define __ALT_ASSERT_FAIL_DECLARED
/* Reports "file:line: function: Assertion `expr' failed." and aborts. */
extern void __assert_fail(const char *__assertion, const char *__file,
                          unsigned int __line, const char *__function)
    __attribute__((__noreturn__));
#endif

#undef assert
#ifdef NDEBUG
#define assert(ignore) ((void)0)
#else
#define assert(expr) \
    ((expr) ? (void)0 : __assert_fail(#expr, __FILE__, __LINE__, __func__))
#endif

#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L && !defined(static_assert)
#define static_assert _Static_assert
#endif
