/* Altitude C library: <byteswap.h> (GNU)
 * Byte swaps are functions the VM provides, so the argument is evaluated once. */
#ifndef __ALTITUDE_BYTESWAP_H
#define __ALTITUDE_BYTESWAP_H

extern unsigned short __altitude_bswap16(unsigned short __x);
extern unsigned int __altitude_bswap32(unsigned int __x);
extern unsigned long __altitude_bswap64(unsigned long __x);

#define bswap_16(x) __altitude_bswap16(x)
#define bswap_32(x) __altitude_bswap32(x)
#define bswap_64(x) __altitude_bswap64(x)

#endif /* __ALTITUDE_BYTESWAP_H */
