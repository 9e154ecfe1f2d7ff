// Idioms: small structs passed and returned by value: 2-D vectors, complex numbers, rationals, and a bounding box fold.
// std: c17
// expect-exit: 0
// expect-stdout:
// | q = (2, 11) dot 50 |p| 5
// | H(10) = 7381/2520
// | (-6/8)*(4/-9) = 1/3
// | bbox (-2,-1)-(4,7.25) of 4
// | ...............+#....
// | .............++#++...
// | ...........+#######+.
// | ......+##++#########.
// | ###################+.
// | ......+##++#########.
// | ...........+#######+.
// | .............++#++...
// | ...............+#....
#include <stdio.h>
#include <math.h>

typedef struct { double x, y; } vec2;
typedef struct { double re, im; } cplx;
typedef struct { long num, den; } ratio;
typedef struct { vec2 lo, hi; int count; } bbox;

static vec2 v_add(vec2 a, vec2 b) { return (vec2){ a.x + b.x, a.y + b.y }; }
static vec2 v_scale(vec2 a, double k) { return (vec2){ a.x * k, a.y * k }; }
static double v_dot(vec2 a, vec2 b) { return a.x * b.x + a.y * b.y; }
static vec2 v_rotate90(vec2 a) { return (vec2){ -a.y, a.x }; }

static cplx c_mul(cplx a, cplx b) { return (cplx){ a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re }; }
static cplx c_add(cplx a, cplx b) { return (cplx){ a.re + b.re, a.im + b.im }; }

static long gcd(long a, long b) { while (b) { long t = a % b; a = b; b = t; } return a < 0 ? -a : a; }
static ratio r_make(long n, long d) {
    if (d < 0) { n = -n; d = -d; }
    long g = gcd(n, d);
    return g ? (ratio){ n / g, d / g } : (ratio){ 0, 1 };
}
static ratio r_add(ratio a, ratio b) { return r_make(a.num * b.den + b.num * a.den, a.den * b.den); }
static ratio r_mul(ratio a, ratio b) { return r_make(a.num * b.num, a.den * b.den); }

static bbox bb_add(bbox b, vec2 p) {
    if (b.count == 0) return (bbox){ p, p, 1 };
    b.lo.x = fmin(b.lo.x, p.x); b.lo.y = fmin(b.lo.y, p.y);
    b.hi.x = fmax(b.hi.x, p.x); b.hi.y = fmax(b.hi.y, p.y);
    b.count++;
    return b;
}

/* Mandelbrot membership with complex values passed by value. */
static int escape_time(cplx c, int limit) {
    cplx z = { 0, 0 };
    for (int i = 0; i < limit; i++) {
        z = c_add(c_mul(z, z), c);
        if (z.re * z.re + z.im * z.im > 4.0) return i;
    }
    return limit;
}

int main(void) {
    vec2 p = { 3, 4 };
    vec2 q = v_add(v_scale(p, 2), v_rotate90(p));
    printf("q = (%g, %g) dot %g |p| %g\n", q.x, q.y, v_dot(p, q), sqrt(v_dot(p, p)));
    ratio h = r_make(0, 1);
    for (long n = 1; n <= 10; n++) h = r_add(h, r_make(1, n));
    printf("H(10) = %ld/%ld\n", h.num, h.den);
    ratio r = r_mul(r_make(-6, 8), r_make(4, -9));
    printf("(-6/8)*(4/-9) = %ld/%ld\n", r.num, r.den);
    bbox bb = { { 0, 0 }, { 0, 0 }, 0 };
    vec2 pts[] = { { 1, 5 }, { -2, 3 }, { 4, -1 }, { 0.5, 7.25 } };
    for (int i = 0; i < 4; i++) bb = bb_add(bb, pts[i]);
    printf("bbox (%g,%g)-(%g,%g) of %d\n", bb.lo.x, bb.lo.y, bb.hi.x, bb.hi.y, bb.count);
    for (double y = 1.0; y >= -1.0; y -= 0.25) {
        for (double x = -2.0; x <= 0.5; x += 0.125) {
            int t = escape_time((cplx){ x, y }, 50);
            putchar(t == 50 ? '#' : t > 5 ? '+' : '.');
        }
        putchar('\n');
    }
    return 0;
}
