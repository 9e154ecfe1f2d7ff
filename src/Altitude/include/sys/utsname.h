/* Altitude C library: <sys/utsname.h> (POSIX; Linux layout) */
#ifndef __ALTITUDE_SYS_UTSNAME_H
#define __ALTITUDE_SYS_UTSNAME_H

#define _UTSNAME_LENGTH 65

/* 390 bytes: six strings of 65 bytes. */
struct utsname {
    char sysname[_UTSNAME_LENGTH];
    char nodename[_UTSNAME_LENGTH];
    char release[_UTSNAME_LENGTH];
    char version[_UTSNAME_LENGTH];
    char machine[_UTSNAME_LENGTH];
    char domainname[_UTSNAME_LENGTH];
};

extern int uname(struct utsname *__name);

#endif /* __ALTITUDE_SYS_UTSNAME_H */
