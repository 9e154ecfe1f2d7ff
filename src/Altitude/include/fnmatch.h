/* Altitude C library: <fnmatch.h> (POSIX, with the GNU flags) */
#ifndef __ALTITUDE_FNMATCH_H
#define __ALTITUDE_FNMATCH_H

#define FNM_PATHNAME (1 << 0)
#define FNM_NOESCAPE (1 << 1)
#define FNM_PERIOD (1 << 2)
#define FNM_FILE_NAME FNM_PATHNAME
#define FNM_LEADING_DIR (1 << 3)
#define FNM_CASEFOLD (1 << 4)
#define FNM_EXTMATCH (1 << 5)
#define FNM_NOMATCH 1

extern int fnmatch(const char *__pattern, const char *__name, int __flags);

#endif /* __ALTITUDE_FNMATCH_H */
