/* Altitude C library: <stdnoreturn.h> (C17 7.23) */
#ifndef __ALTITUDE_STDNORETURN_H
#define __ALTITUDE_STDNORETURN_H

#define noreturn _Noreturn

#endif /* __ALTITUDE_STDNORETURN_H */
