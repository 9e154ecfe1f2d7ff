/* nbody: a small gravitational system (a star and four planets on inclined, nearly circular
 * orbits) integrated with a fixed-step symplectic Euler scheme; prints the total energy before and
 * after. Exercises: double arithmetic, sqrt, struct field access through pointers, nested loops.
 *
 * usage: nbody [steps]
 * bench-small: 20000
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define BODY_COUNT 5
#define GRAVITY 39.47841760435743 /* 4 pi^2: AU^3 / (solar mass * year^2) */

struct body {
    double pos[3];
    double vel[3];
    double mass;
};

/* Places body i (i >= 1) on a circular orbit of radius r around the star, tilted by a small
 * amount out of the ecliptic; the star itself starts at rest in the origin. */
static void place_planet(struct body *b, double r, double tilt, double mass, double star_mass)
{
    double speed = sqrt(GRAVITY * star_mass / r);
    double norm = sqrt(1.0 + tilt * tilt);
    b->pos[0] = r;
    b->pos[1] = 0.0;
    b->pos[2] = 0.0;
    b->vel[0] = 0.0;
    b->vel[1] = speed / norm;
    b->vel[2] = speed * tilt / norm;
    b->mass = mass;
}

static void init_system(struct body *bodies)
{
    static const double radius[BODY_COUNT - 1] = { 0.72, 1.52, 5.2, 9.58 };
    static const double tilt[BODY_COUNT - 1] = { 0.059, 0.032, 0.023, 0.043 };
    static const double mass[BODY_COUNT - 1] = { 2.45e-6, 3.2e-7, 9.55e-4, 2.86e-4 };
    struct body *star = &bodies[0];
    for (int k = 0; k < 3; k++) {
        star->pos[k] = 0.0;
        star->vel[k] = 0.0;
    }
    star->mass = 1.0;
    for (int i = 1; i < BODY_COUNT; i++)
        place_planet(&bodies[i], radius[i - 1], tilt[i - 1], mass[i - 1], star->mass);

    /* Give the star the opposite of the planets' momentum so the centre of mass stays put. */
    double momentum[3] = { 0.0, 0.0, 0.0 };
    for (int i = 1; i < BODY_COUNT; i++)
        for (int k = 0; k < 3; k++)
            momentum[k] += bodies[i].vel[k] * bodies[i].mass;
    for (int k = 0; k < 3; k++)
        star->vel[k] = -momentum[k] / star->mass;
}

static double total_energy(const struct body *bodies)
{
    double e = 0.0;
    for (int i = 0; i < BODY_COUNT; i++) {
        const struct body *a = &bodies[i];
        double v2 = a->vel[0] * a->vel[0] + a->vel[1] * a->vel[1] + a->vel[2] * a->vel[2];
        e += 0.5 * a->mass * v2;
        for (int j = i + 1; j < BODY_COUNT; j++) {
            const struct body *b = &bodies[j];
            double dx = a->pos[0] - b->pos[0];
            double dy = a->pos[1] - b->pos[1];
            double dz = a->pos[2] - b->pos[2];
            e -= GRAVITY * a->mass * b->mass / sqrt(dx * dx + dy * dy + dz * dz);
        }
    }
    return e;
}

static void step(struct body *bodies, double dt)
{
    for (int i = 0; i < BODY_COUNT; i++) {
        struct body *a = &bodies[i];
        for (int j = i + 1; j < BODY_COUNT; j++) {
            struct body *b = &bodies[j];
            double d[3];
            for (int k = 0; k < 3; k++)
                d[k] = a->pos[k] - b->pos[k];
            double dist2 = d[0] * d[0] + d[1] * d[1] + d[2] * d[2];
            double scale = GRAVITY * dt / (dist2 * sqrt(dist2));
            for (int k = 0; k < 3; k++) {
                a->vel[k] -= d[k] * b->mass * scale;
                b->vel[k] += d[k] * a->mass * scale;
            }
        }
    }
    for (int i = 0; i < BODY_COUNT; i++)
        for (int k = 0; k < 3; k++)
            bodies[i].pos[k] += dt * bodies[i].vel[k];
}

int main(int argc, char **argv)
{
    long steps = argc > 1 ? strtol(argv[1], NULL, 10) : 1500000;
    struct body bodies[BODY_COUNT];
    init_system(bodies);
    printf("energy before: %.9f\n", total_energy(bodies));
    for (long n = 0; n < steps; n++)
        step(bodies, 0.001);
    printf("energy after:  %.9f\n", total_energy(bodies));
    printf("star at: %.9f %.9f %.9f\n", bodies[0].pos[0], bodies[0].pos[1], bodies[0].pos[2]);
    return 0;
}
