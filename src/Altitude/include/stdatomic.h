/* Altitude C library: <stdatomic.h> (C17 7.17) -- not provided. */
#error "<stdatomic.h> is not supported by Altitude (__STDC_NO_ATOMICS__)"
