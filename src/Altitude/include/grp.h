/* Altitude C library: <grp.h> (POSIX) */
#ifndef __ALTITUDE_GRP_H
#define __ALTITUDE_GRP_H

#include <sys/types.h>

struct group {
    char *gr_name;
    char *gr_passwd;
    gid_t gr_gid;
    char **gr_mem;
};

extern struct group *getgrgid(gid_t __gid);
extern struct group *getgrnam(const char *__name);
extern int getgrgid_r(gid_t __gid, struct group *__restrict __resultbuf, char *__restrict __buffer,
                      size_t __buflen, struct group **__restrict __result);
extern int getgrnam_r(const char *__restrict __name, struct group *__restrict __resultbuf,
                      char *__restrict __buffer, size_t __buflen,
                      struct group **__restrict __result);
extern struct group *getgrent(void);
extern void setgrent(void);
extern void endgrent(void);

#endif /* __ALTITUDE_GRP_H */
