/* Altitude C library: <threads.h> (C17 7.26) -- not provided. */
#error "<threads.h> is not supported by Altitude (__STDC_NO_THREADS__)"
