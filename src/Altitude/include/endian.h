/* Altitude C library: <endian.h> (BSD/GNU; POSIX 2024)
 * The target is little-endian.  Byte swaps are functions the VM provides,
 * so each argument is evaluated exactly once. */
#ifndef __ALTITUDE_ENDIAN_H
#define __ALTITUDE_ENDIAN_H

#define __LITTLE_ENDIAN 1234
#define __BIG_ENDIAN 4321
#define __PDP_ENDIAN 3412
#define __BYTE_ORDER __LITTLE_ENDIAN
#define __FLOAT_WORD_ORDER __BYTE_ORDER
#define LITTLE_ENDIAN __LITTLE_ENDIAN
#define BIG_ENDIAN __BIG_ENDIAN
#define PDP_ENDIAN __PDP_ENDIAN
#define BYTE_ORDER __BYTE_ORDER

extern unsigned short __altitude_bswap16(unsigned short __x);
extern unsigned int __altitude_bswap32(unsigned int __x);
extern unsigned long __altitude_bswap64(unsigned long __x);

#define htobe16(x) __altitude_bswap16(x)
#define htole16(x) ((unsigned short)(x))
#define be16toh(x) __altitude_bswap16(x)
#define le16toh(x) ((unsigned short)(x))
#define htobe32(x) __altitude_bswap32(x)
#define htole32(x) ((unsigned int)(x))
#define be32toh(x) __altitude_bswap32(x)
#define le32toh(x) ((unsigned int)(x))
#define htobe64(x) __altitude_bswap64(x)
#define htole64(x) ((unsigned long)(x))
#define be64toh(x) __altitude_bswap64(x)
#define le64toh(x) ((unsigned long)(x))

#endif /* __ALTITUDE_ENDIAN_H */
