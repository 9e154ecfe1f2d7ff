/* Altitude C library: <iso646.h> (C17 7.9) */
#ifndef __ALTITUDE_ISO646_H
#define __ALTITUDE_ISO646_H

#define and &&
#define and_eq &=
#define bitand &
#define bitor |
#define compl ~
#define not !
#define not_eq !=
#define or ||
#define or_eq |=
#define xor ^
#define xor_eq ^=

#endif /* __ALTITUDE_ISO646_H */
