/* Altitude C library: <allocs.h> -- reflection over the allocations of the
 * running program (source-compatible with liballocs where it matters).
 *
 * Every allocation is made by an allocator (static storage, stack frames,
 * malloc, mmap, the auxiliary vector, ...), has a base, a limit, the site
 * (code address) that made it, and a type described by a struct uniqtype.
 * Uniqtypes are unique: two uniqtypes describe the same type exactly when
 * they are the same object, so pointer comparison is type identity.
 *
 * The layout of struct uniqtype is PROVISIONAL (see docs/headers.md): use
 * the UNIQTYPE_* macros, which will keep working if the layout changes.
 */
#ifndef __ALTITUDE_ALLOCS_H
#define __ALTITUDE_ALLOCS_H

/* Programs written for liballocs include only <allocs.h> and <stdio.h> and
 * still call malloc: <allocs.h> brings in <stdlib.h> and <stddef.h> too. */
#include <stddef.h>
#include <stdlib.h>
#include <dlfcn.h>

/* What kind of type a uniqtype describes. */
enum uniqtype_kind {
    UNIQTYPE_KIND_VOID = 0,
    UNIQTYPE_KIND_BASE = 1,        /* integer, floating or _Bool type */
    UNIQTYPE_KIND_ENUMERATION = 2,
    UNIQTYPE_KIND_POINTER = 3,
    UNIQTYPE_KIND_ARRAY = 4,
    UNIQTYPE_KIND_STRUCT = 5,
    UNIQTYPE_KIND_UNION = 6,
    UNIQTYPE_KIND_FUNCTION = 7,
    UNIQTYPE_KIND_STACKFRAME = 8   /* a function's address-taken locals */
};

/* Flags of base types. */
#define UNIQTYPE_BASE_SIGNED 0x1u
#define UNIQTYPE_BASE_FLOATING 0x2u
#define UNIQTYPE_BASE_BOOL 0x4u
#define UNIQTYPE_BASE_CHARACTER 0x8u

/* Size in bytes of a type that has none (void, incomplete and function types). */
#define UNIQTYPE_SIZE_UNKNOWN (-1L)
/* Length of an array of unknown length (T[]). */
#define UNIQTYPE_ARRAY_LENGTH_UNBOUNDED (-1L)

struct uniqtype {
    const char *name;              /* liballocs-style name, e.g. "int$$32", "__PTR_char$$8" */
    long size_in_bytes;            /* or UNIQTYPE_SIZE_UNKNOWN */
    unsigned int kind;             /* an enum uniqtype_kind */
    unsigned int flags;            /* UNIQTYPE_BASE_* for base types, else 0 */
    union {
        struct {                   /* UNIQTYPE_KIND_BASE, UNIQTYPE_KIND_ENUMERATION */
            unsigned int bit_width;
            const struct uniqtype *underlying;   /* enumerations: the integer type */
        } base;
        struct {                   /* UNIQTYPE_KIND_POINTER */
            const struct uniqtype *pointee;
        } pointer;
        struct {                   /* UNIQTYPE_KIND_ARRAY */
            const struct uniqtype *element;
            long length;           /* or UNIQTYPE_ARRAY_LENGTH_UNBOUNDED */
        } array;
        struct {                   /* STRUCT, UNION, STACKFRAME: parallel arrays */
            unsigned long member_count;
            const char *const *member_names;
            const long *member_offsets;          /* in bytes */
            const struct uniqtype *const *member_types;
        } composite;
        struct {                   /* UNIQTYPE_KIND_FUNCTION */
            const struct uniqtype *return_type;
            unsigned long param_count;
            const struct uniqtype *const *param_types;
            int is_variadic;
        } function;
    } un;
};

/* An allocator: the "static", "stackframe", "malloc", "mmap", "auxv" ... */
struct allocator {
    const char *name;
    const struct allocator *parent;  /* the allocator it takes its memory from, or 0 */
};

/* Accessors.  Like liballocs' macros, some evaluate their argument more
 * than once. */
#define UNIQTYPE_NAME(t) ((t)->name)
#define UNIQTYPE_SIZE_IN_BYTES(t) ((t)->size_in_bytes)
#define UNIQTYPE_HAS_KNOWN_SIZE(t) ((t)->size_in_bytes != UNIQTYPE_SIZE_UNKNOWN)
#define UNIQTYPE_KIND(t) ((enum uniqtype_kind)(t)->kind)
#define UNIQTYPE_IS_VOID_TYPE(t) ((t)->kind == UNIQTYPE_KIND_VOID)
#define UNIQTYPE_IS_BASE_TYPE(t) ((t)->kind == UNIQTYPE_KIND_BASE)
#define UNIQTYPE_IS_ENUM_TYPE(t) ((t)->kind == UNIQTYPE_KIND_ENUMERATION)
#define UNIQTYPE_IS_POINTER_TYPE(t) ((t)->kind == UNIQTYPE_KIND_POINTER)
#define UNIQTYPE_IS_ARRAY_TYPE(t) ((t)->kind == UNIQTYPE_KIND_ARRAY)
#define UNIQTYPE_IS_SUBPROGRAM_TYPE(t) ((t)->kind == UNIQTYPE_KIND_FUNCTION)
#define UNIQTYPE_IS_COMPOSITE_TYPE(t) \
    ((t)->kind == UNIQTYPE_KIND_STRUCT || (t)->kind == UNIQTYPE_KIND_UNION \
     || (t)->kind == UNIQTYPE_KIND_STACKFRAME)
#define UNIQTYPE_IS_SIGNED_TYPE(t) (((t)->flags & UNIQTYPE_BASE_SIGNED) != 0)
#define UNIQTYPE_BASE_BIT_WIDTH(t) ((t)->un.base.bit_width)

#define UNIQTYPE_POINTEE_TYPE(t) (UNIQTYPE_IS_POINTER_TYPE(t) ? (t)->un.pointer.pointee : 0)

#define UNIQTYPE_ARRAY_LENGTH(t) (UNIQTYPE_IS_ARRAY_TYPE(t) ? (t)->un.array.length : -1L)
#define UNIQTYPE_ARRAY_ELEMENT_TYPE(t) (UNIQTYPE_IS_ARRAY_TYPE(t) ? (t)->un.array.element : 0)

#define UNIQTYPE_COMPOSITE_MEMBER_COUNT(t) \
    (UNIQTYPE_IS_COMPOSITE_TYPE(t) ? (t)->un.composite.member_count : 0UL)
#define UNIQTYPE_COMPOSITE_MEMBER_NAME(t, i) ((t)->un.composite.member_names[i])
#define UNIQTYPE_COMPOSITE_MEMBER_OFFSET(t, i) ((t)->un.composite.member_offsets[i])
#define UNIQTYPE_COMPOSITE_MEMBER_TYPE(t, i) ((t)->un.composite.member_types[i])

#define UNIQTYPE_FUNCTION_RETURN_TYPE(t) ((t)->un.function.return_type)
#define UNIQTYPE_FUNCTION_PARAM_COUNT(t) ((t)->un.function.param_count)
#define UNIQTYPE_FUNCTION_PARAM_TYPE(t, i) ((t)->un.function.param_types[i])
#define UNIQTYPE_FUNCTION_IS_VARIADIC(t) ((t)->un.function.is_variadic != 0)

/* Queries on any address: they describe the allocation that contains obj,
 * or return 0 / (size_t)0 when obj is in no known allocation. */
extern struct uniqtype *alloc_get_type(const void *__obj);
extern struct allocator *alloc_get_allocator(const void *__obj);
extern const void *alloc_get_site(const void *__obj);
extern void *alloc_get_base(const void *__obj);
extern void *alloc_get_limit(const void *__obj);     /* one past the last byte */
extern size_t alloc_get_size(const void *__obj);
extern Dl_info alloc_dladdr(const void *__obj);

/* All of the above in one query.  Returns 0 on success, else an error whose
 * message __liballocs_errstring gives; any out-pointer may be 0. */
struct liballocs_err;
typedef struct liballocs_err *liballocs_err_t;
extern struct liballocs_err *__liballocs_get_alloc_info(const void *__obj,
                                                        struct allocator **__out_allocator,
                                                        const void **__out_alloc_start,
                                                        unsigned long *__out_alloc_size_bytes,
                                                        struct uniqtype **__out_alloc_uniqtype,
                                                        const void **__out_alloc_site);
extern const char *__liballocs_errstring(struct liballocs_err *__err);

/* Type tests (libcrunch): is the object at obj, or a subobject starting
 * there, of type t (__is_a); of a type with the same layout of scalars
 * (__like_a); of a type whose name is type_name (__named_a)?  1 or 0. */
extern int __is_a(const void *__obj, const struct uniqtype *__t);
extern int __like_a(const void *__obj, const struct uniqtype *__t);
extern int __named_a(const void *__obj, const char *__type_name);

/* The uniqtype with this name (e.g. "int$$32"), or 0. */
extern struct uniqtype *uniqtype_lookup(const char *__name);

#endif /* __ALTITUDE_ALLOCS_H */
