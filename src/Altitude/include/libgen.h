/* Altitude C library: <libgen.h> (POSIX) */
#ifndef __ALTITUDE_LIBGEN_H
#define __ALTITUDE_LIBGEN_H

extern char *basename(char *__path);
extern char *dirname(char *__path);

#endif /* __ALTITUDE_LIBGEN_H */
