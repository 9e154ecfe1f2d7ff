/* Altitude C library: <malloc.h> (GNU, minimal) */
#ifndef __ALTITUDE_MALLOC_H
#define __ALTITUDE_MALLOC_H

#ifndef __ALT_SIZE_T
#define __ALT_SIZE_T
typedef __SIZE_TYPE__ size_t;
#endif

extern void *malloc(size_t __size);
extern void *calloc(size_t __nmemb, size_t __size);
extern void *realloc(void *__ptr, size_t __size);
extern void free(void *__ptr);
extern void *memalign(size_t __alignment, size_t __size);
extern void *valloc(size_t __size);
extern void *pvalloc(size_t __size);
extern size_t malloc_usable_size(void *__ptr);
extern int malloc_trim(size_t __pad);

#endif /* __ALTITUDE_MALLOC_H */
