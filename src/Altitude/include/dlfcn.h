/* Altitude C library: <dlfcn.h> (POSIX, with the GNU dladdr) */
#ifndef __ALTITUDE_DLFCN_H
#define __ALTITUDE_DLFCN_H

#define RTLD_LAZY 0x00001
#define RTLD_NOW 0x00002
#define RTLD_NOLOAD 0x00004
#define RTLD_DEEPBIND 0x00008
#define RTLD_GLOBAL 0x00100
#define RTLD_LOCAL 0
#define RTLD_NODELETE 0x01000
#define RTLD_NEXT ((void *)-1L)
#define RTLD_DEFAULT ((void *)0)

/* What dladdr reports about an address (also returned by alloc_dladdr). */
typedef struct {
    const char *dli_fname;
    void *dli_fbase;
    const char *dli_sname;
    void *dli_saddr;
} Dl_info;

extern void *dlopen(const char *__file, int __mode);
extern int dlclose(void *__handle);
extern void *dlsym(void *__restrict __handle, const char *__restrict __name);
extern char *dlerror(void);
extern int dladdr(const void *__address, Dl_info *__info);

#endif /* __ALTITUDE_DLFCN_H */
