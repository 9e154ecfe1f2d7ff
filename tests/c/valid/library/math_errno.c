// Library: math functions report domain and range errors through errno (math_errhandling has MATH_ERRNO).
// expect-exit: 0
// expect-stdout: see math_errno.out
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
static void show(const char *what, double r) {
    int e = errno;
    printf("%-14s %-10g %s\n", what, r, e == EDOM ? "EDOM" : e == ERANGE ? "ERANGE" : e == 0 ? "-" : "other");
    errno = 0;
}
/* Arguments pass through volatile objects so that every call happens at run time (gcc folds constant calls). */
static volatile double v0 = 0.0, v1 = 1.0, vm1 = -1.0, vm05 = -0.5, v1000 = 1000.0, vm1000 = -1000.0, v2000 = 2000.0, v2 = 2.0, vm2 = -2.0,
                       v05 = 0.5, v10 = 10.0, v400 = 400.0, vm3 = -3.0, v800 = 800.0, v200 = 200.0, v4 = 4.0, vmax = DBL_MAX;
static volatile float f0 = 0.0f, fm1 = -1.0f, f100 = 100.0f;
int main(void) {
    printf("MATH_ERRNO %d\n", (math_errhandling & MATH_ERRNO) != 0);
    errno = 0;
    show("sqrt(-1)", sqrt(vm1));
    show("log(0)", log(v0));
    show("log(-1)", log(vm1));
    show("log10(0)", log10(v0));
    show("log2(-0.5)", log2(vm05));
    show("log1p(-1)", log1p(vm1));
    show("exp(1000)", exp(v1000));
    show("exp(-1000)", exp(vm1000));
    show("exp2(2000)", exp2(v2000));
    show("pow(0,-1)", pow(v0, vm1));
    show("pow(-2,0.5)", pow(vm2, v05));
    show("pow(10,400)", pow(v10, v400));
    show("pow(2,0.5)", pow(v2, v05));
    show("acos(2)", acos(v2));
    show("asin(-3)", asin(vm3));
    show("atanh(1)", atanh(v1));
    show("acosh(0.5)", acosh(v05));
    show("cosh(800)", cosh(v800));
    show("tgamma(-1)", tgamma(vm1));
    show("tgamma(200)", tgamma(v200));
    show("lgamma(0)", lgamma(v0));
    show("fmod(1,0)", fmod(v1, v0));
    show("remainder(1,0)", remainder(v1, v0));
    show("ldexp(1,5000)", ldexp(v1, 5000));
    show("hypot(max,max)", hypot(vmax, vmax));
    show("sqrt(4)", sqrt(v4));
    show("sqrtf(-1)", sqrtf(fm1));
    show("expf(100)", expf(f100));
    show("logf(0)", logf(f0));
    printf("HUGE_VAL %d %d\n", exp(v1000) == HUGE_VAL, -log(v0) == HUGE_VAL);
    return 0;
}
