/* Altitude C library: <ctype.h> (C17 7.4)
 * Plain functions (no lookup-table macros): the VM implements them and can
 * check that the argument is EOF or representable as unsigned char. */
#ifndef __ALTITUDE_CTYPE_H
#define __ALTITUDE_CTYPE_H

#include <features.h>

extern int isalnum(int __c);
extern int isalpha(int __c);
extern int isblank(int __c);
extern int iscntrl(int __c);
extern int isdigit(int __c);
extern int isgraph(int __c);
extern int islower(int __c);
extern int isprint(int __c);
extern int ispunct(int __c);
extern int isspace(int __c);
extern int isupper(int __c);
extern int isxdigit(int __c);
extern int tolower(int __c);
extern int toupper(int __c);

#if __ALT_EXT
extern int isascii(int __c);
extern int toascii(int __c);
#endif

#endif /* __ALTITUDE_CTYPE_H */
