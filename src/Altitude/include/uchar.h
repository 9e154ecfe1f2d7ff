/* Altitude C library: <uchar.h> (C17 7.28) */
#ifndef __ALTITUDE_UCHAR_H
#define __ALTITUDE_UCHAR_H

#ifndef __ALT_SIZE_T
#define __ALT_SIZE_T
typedef __SIZE_TYPE__ size_t;
#endif
#ifndef __ALT_MBSTATE_T
#define __ALT_MBSTATE_T
/* 8 bytes, alignment 4. */
typedef struct {
    int __alt_count;
    union {
        unsigned int __alt_wch;
        char __alt_bytes[4];
    } __alt_value;
} mbstate_t;
#endif

typedef __CHAR16_TYPE__ char16_t;
typedef __CHAR32_TYPE__ char32_t;

extern size_t mbrtoc16(char16_t *__restrict __pc16, const char *__restrict __s, size_t __n,
                       mbstate_t *__restrict __ps);
extern size_t c16rtomb(char *__restrict __s, char16_t __c16, mbstate_t *__restrict __ps);
extern size_t mbrtoc32(char32_t *__restrict __pc32, const char *__restrict __s, size_t __n,
                       mbstate_t *__restrict __ps);
extern size_t c32rtomb(char *__restrict __s, char32_t __c32, mbstate_t *__restrict __ps);

#endif /* __ALTITUDE_UCHAR_H */
