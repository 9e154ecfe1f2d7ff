/* Exercises the UNIQTYPE_* macros of <allocs.h> over hand-built uniqtypes
 * (the VM builds the real ones); HeaderTests checks the printed lines. */
#include <allocs.h>
#include <stddef.h>
#include <stdio.h>

struct point { int x; double y; };

static const struct uniqtype int_type = {
    "int$$32", 4, UNIQTYPE_KIND_BASE, UNIQTYPE_BASE_SIGNED, { .base = { 32, 0 } } };
static const struct uniqtype double_type = {
    "double$$64", 8, UNIQTYPE_KIND_BASE, UNIQTYPE_BASE_SIGNED | UNIQTYPE_BASE_FLOATING,
    { .base = { 64, 0 } } };
static const struct uniqtype ptr_int_type = {
    "__PTR_int$$32", 8, UNIQTYPE_KIND_POINTER, 0, { .pointer = { &int_type } } };
static const struct uniqtype arr_type = {
    "__ARR10_int$$32", 40, UNIQTYPE_KIND_ARRAY, 0, { .array = { &int_type, 10 } } };
static const struct uniqtype open_arr_type = {
    "__ARR0_int$$32", UNIQTYPE_SIZE_UNKNOWN, UNIQTYPE_KIND_ARRAY, 0,
    { .array = { &int_type, UNIQTYPE_ARRAY_LENGTH_UNBOUNDED } } };
static const char *const point_names[] = { "x", "y" };
static const long point_offsets[] = { offsetof(struct point, x), offsetof(struct point, y) };
static const struct uniqtype *const point_types[] = { &int_type, &double_type };
static const struct uniqtype point_type = {
    "point", sizeof(struct point), UNIQTYPE_KIND_STRUCT, 0,
    { .composite = { 2, point_names, point_offsets, point_types } } };

int main(void)
{
    const struct uniqtype *t = &point_type;
    unsigned long i;
    printf("%s %ld %d composite=%d members=%lu\n", UNIQTYPE_NAME(t), UNIQTYPE_SIZE_IN_BYTES(t),
           (int)UNIQTYPE_KIND(t), UNIQTYPE_IS_COMPOSITE_TYPE(t), UNIQTYPE_COMPOSITE_MEMBER_COUNT(t));
    for (i = 0; i < UNIQTYPE_COMPOSITE_MEMBER_COUNT(t); i++)
        printf("  %s @%ld : %s\n", UNIQTYPE_COMPOSITE_MEMBER_NAME(t, i),
               UNIQTYPE_COMPOSITE_MEMBER_OFFSET(t, i), UNIQTYPE_NAME(UNIQTYPE_COMPOSITE_MEMBER_TYPE(t, i)));
    printf("%s pointer=%d -> %s\n", UNIQTYPE_NAME(&ptr_int_type), UNIQTYPE_IS_POINTER_TYPE(&ptr_int_type),
           UNIQTYPE_NAME(UNIQTYPE_POINTEE_TYPE(&ptr_int_type)));
    printf("int pointer=%d pointee=%p members=%lu\n", UNIQTYPE_IS_POINTER_TYPE(&int_type),
           (void *)UNIQTYPE_POINTEE_TYPE(&int_type), UNIQTYPE_COMPOSITE_MEMBER_COUNT(&int_type));
    printf("%s length=%ld of %s\n", UNIQTYPE_NAME(&arr_type), UNIQTYPE_ARRAY_LENGTH(&arr_type),
           UNIQTYPE_NAME(UNIQTYPE_ARRAY_ELEMENT_TYPE(&arr_type)));
    printf("%s length=%ld size=%ld known=%d\n", UNIQTYPE_NAME(&open_arr_type),
           UNIQTYPE_ARRAY_LENGTH(&open_arr_type), UNIQTYPE_SIZE_IN_BYTES(&open_arr_type),
           UNIQTYPE_HAS_KNOWN_SIZE(&open_arr_type));
    printf("double signed=%d width=%u notarray=%ld\n", UNIQTYPE_IS_SIGNED_TYPE(&double_type),
           UNIQTYPE_BASE_BIT_WIDTH(&double_type), UNIQTYPE_ARRAY_LENGTH(&double_type));
    return 0;
}
