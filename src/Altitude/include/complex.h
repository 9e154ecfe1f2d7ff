/* Altitude C library: <complex.h> (C17 7.3) -- not provided. */
#error "<complex.h> is not supported by Altitude (__STDC_NO_COMPLEX__)"
