/* Altitude C library: <pwd.h> (POSIX) */
#ifndef __ALTITUDE_PWD_H
#define __ALTITUDE_PWD_H

#include <sys/types.h>

struct passwd {
    char *pw_name;
    char *pw_passwd;
    uid_t pw_uid;
    gid_t pw_gid;
    char *pw_gecos;
    char *pw_dir;
    char *pw_shell;
};

extern struct passwd *getpwnam(const char *__name);
extern struct passwd *getpwuid(uid_t __uid);
extern int getpwnam_r(const char *__restrict __name, struct passwd *__restrict __resultbuf,
                      char *__restrict __buffer, size_t __buflen,
                      struct passwd **__restrict __result);
extern int getpwuid_r(uid_t __uid, struct passwd *__restrict __resultbuf,
                      char *__restrict __buffer, size_t __buflen,
                      struct passwd **__restrict __result);
extern struct passwd *getpwent(void);
extern void setpwent(void);
extern void endpwent(void);

#endif /* __ALTITUDE_PWD_H */
