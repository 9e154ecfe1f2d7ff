// Idioms: exact rational arithmetic on long long with gcd normalization, continued-fraction expansion, convergents, and best rational approximations of doubles.
// std: c17
// expect-exit: 0
// expect-stdout:
// | 415/93 = [4;2,6,7]
// | -17/5 = [-4;1,1,2]
// | 7/15 = 1/3 1/8 1/120
// | 3.14159265: 22/7 355/113 312689/99532
// | 2.71828183: 19/7 1457/536 49171/18089
// | 1.41421356: 7/5 1393/985 114243/80782
// | 0.33333300: 1/3 1/3 1/3
// | sum 1/k^2 for k<=20 = 17299975731542641/10838475198270720 ~ 1.5961632439
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct { long long n, d; } rat;

static long long gcd(long long a, long long b) { a = llabs(a); b = llabs(b); while (b) { long long t = a % b; a = b; b = t; } return a; }
static rat mk(long long n, long long d) { if (d < 0) { n = -n; d = -d; } long long g = gcd(n, d); return g ? (rat){ n / g, d / g } : (rat){ 0, 1 }; }
static rat add(rat a, rat b) { long long g = gcd(a.d, b.d); return mk(a.n * (b.d / g) + b.n * (a.d / g), a.d / g * b.d); }
static rat sub(rat a, rat b) { return add(a, (rat){ -b.n, b.d }); }

static int expand(rat r, long long *terms, int max) {
    int k = 0;
    while (k < max) {
        long long q = r.n / r.d, rem = r.n % r.d;
        if (rem < 0) { q--; rem += r.d; } /* floor division */
        terms[k++] = q;
        if (rem == 0) break;
        r = (rat){ r.d, rem };
    }
    return k;
}

static rat best_approx(double x, long long max_den) {
    long long h0 = 0, h1 = 1, k0 = 1, k1 = 0;
    double v = x;
    for (int i = 0; i < 40; i++) {
        long long a = (long long)floor(v);
        long long h2 = a * h1 + h0, k2 = a * k1 + k0;
        if (k2 > max_den) break;
        h0 = h1; h1 = h2; k0 = k1; k1 = k2;
        if (v - (double)a < 1e-12) break;
        v = 1.0 / (v - (double)a);
    }
    return (rat){ h1, k1 };
}

int main(void) {
    rat r = mk(415, 93);
    long long t[32];
    int k = expand(r, t, 32);
    printf("415/93 = [%lld;", t[0]);
    for (int i = 1; i < k; i++) printf("%s%lld", i > 1 ? "," : "", t[i]);
    printf("]\n");
    k = expand(mk(-17, 5), t, 32);
    printf("-17/5 = [%lld;", t[0]);
    for (int i = 1; i < k; i++) printf("%s%lld", i > 1 ? "," : "", t[i]);
    printf("]\n");
    /* Egyptian fractions by the greedy algorithm. */
    rat left = mk(7, 15);
    printf("7/15 =");
    while (left.n) {
        long long d = (left.d + left.n - 1) / left.n;
        printf(" 1/%lld", d);
        left = sub(left, mk(1, d));
    }
    printf("\n");
    const double targets[] = { 3.14159265358979, 2.71828182845905, 1.41421356237310, 0.333333 };
    const long long limits[] = { 10, 1000, 100000 };
    for (int i = 0; i < 4; i++) {
        printf("%.8f:", targets[i]);
        for (int j = 0; j < 3; j++) { rat a = best_approx(targets[i], limits[j]); printf(" %lld/%lld", a.n, a.d); }
        printf("\n");
    }
    rat h = mk(0, 1);
    for (int i = 1; i <= 20; i++) h = add(h, mk(1, (long long)i * i));
    printf("sum 1/k^2 for k<=20 = %lld/%lld ~ %.10f\n", h.n, h.d, (double)h.n / (double)h.d);
    return 0;
}
