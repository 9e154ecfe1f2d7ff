// Conversions: conversion as if by assignment: in initializers, arguments, return (C17 6.5.16.1).
// expect-exit: 0
// expect-stdout:
// | 7 3.0 10000000000 A
// | 2.5 -2 255
// | 120 123
#include <stdio.h>
static double half(double x) { return x / 2; }
static int trunc_ret(double x) { return x; }
static unsigned char low_byte(unsigned v) { return v; }
int main(void) {
    int i = 7.9;
    double d = 3;
    float f = 1e10;
    char c = 65.2;
    printf("%d %.1f %.0f %c\n", i, d, f, c);
    printf("%.1f %d %d\n", half(5), trunc_ret(-2.7), low_byte(0x1ff));
    long l = 'x';
    short s = 40000 - 40000 + 123;
    printf("%ld %d\n", l, s);
    return 0;
}
