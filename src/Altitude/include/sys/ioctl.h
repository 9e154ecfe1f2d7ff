/* Altitude C library: <sys/ioctl.h> (minimal; Linux request numbers) */
#ifndef __ALTITUDE_SYS_IOCTL_H
#define __ALTITUDE_SYS_IOCTL_H

struct winsize {
    unsigned short ws_row;
    unsigned short ws_col;
    unsigned short ws_xpixel;
    unsigned short ws_ypixel;
};

#define TIOCGWINSZ 0x5413
#define TIOCSWINSZ 0x5414
#define FIONREAD 0x541B
#define FIONBIO 0x5421
#define FIOCLEX 0x5451
#define FIONCLEX 0x5450

extern int ioctl(int __fd, unsigned long __request, ...);

#endif /* __ALTITUDE_SYS_IOCTL_H */
