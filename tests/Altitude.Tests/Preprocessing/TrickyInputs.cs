namespace Altitude.Tests.Preprocessing;

/// <summary>Hand-written macro puzzles for comparing Altitude's preprocessor with gcc's.</summary>
internal static class TrickyInputs
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["hidesets"] = """
            #define f(x) x f
            #define g f(1)(2)
            g;
            #define AA BB
            #define BB AA
            AA BB;
            #define obj(x) obj x
            obj(obj)(y);
            #define lparen (
            #define F(x) [x]
            F lparen 1);
            #define EMPTY
            #define DEFER(id) id EMPTY
            #define EXPAND(...) __VA_ARGS__
            #define A() 123
            DEFER(A)();
            EXPAND(DEFER(A)());
            #define foo(x) bar x
            foo(foo) (2);
            #define m() m
            m()()();
            #define recur(x) x recur(x)
            recur(recur(1));
            #define h(x) g(x)
            #define q(x) h(x) q
            q(q(1))(2);
            """,

        ["variadic"] = """
            #define F(a, ...) f(a __VA_OPT__(,) __VA_ARGS__)
            #define G(...) g(0 __VA_OPT__(, __VA_ARGS__))
            #define SDEF(sname, ...) S sname __VA_OPT__(= { __VA_ARGS__ })
            #define E(fmt, ...) printf(fmt, ## __VA_ARGS__)
            #define N(fmt, args...) printf(fmt, ## args)
            #define COUNT(...) COUNT_(__VA_ARGS__, 5, 4, 3, 2, 1, 0)
            #define COUNT_(a, b, c, d, e, n, ...) n
            #define EMPTY
            F(1) F(1, 2) F(1, 2, 3) F(1, EMPTY) F(1,)
            G() G(a) G(a, b) G(EMPTY)
            SDEF(foo); SDEF(bar, 1, 2);
            E("x") E("x", 1) E("x", 1, 2)
            N("y") N("y", a, b)
            COUNT(a) COUNT(a, b) COUNT(a, b, c, d, e)
            """,

        ["stringize-paste"] = """
            #define str(x) #x
            #define xstr(x) str(x)
            #define cat(a, b) a ## b
            #define xcat(a, b) cat(a, b)
            #define VER 3
            #define NAME(n) xcat(lib, n)
            str( a  "b\n"  'c' ) xstr(VER) xstr(cat(V, ER)) xstr(xcat(V, ER))
            cat(1, 2) cat(a, VER) xcat(a, VER) NAME(VER) cat(,) cat(x,) cat(,y)
            cat(-, >) cat(<, <=) cat(%:, %:) cat(0x, 1p-3)
            #define hash_hash # ## #
            #define mkstr(a) # a
            #define in_between(a) mkstr(a)
            #define join(c, d) in_between(c hash_hash d)
            join(x, y)
            #define v(...) #__VA_ARGS__
            v() v(a, b) v( a ,  b  ) v(,)
            #define L(x) L ## #x
            L(wide)
            """,

        ["metaprogramming"] = """
            #define CAT(a, ...) PRIMITIVE_CAT(a, __VA_ARGS__)
            #define PRIMITIVE_CAT(a, ...) a ## __VA_ARGS__
            #define IIF(c) PRIMITIVE_CAT(IIF_, c)
            #define IIF_0(t, ...) __VA_ARGS__
            #define IIF_1(t, ...) t
            #define COMPL(b) PRIMITIVE_CAT(COMPL_, b)
            #define COMPL_0 1
            #define COMPL_1 0
            #define CHECK_N(x, n, ...) n
            #define CHECK(...) CHECK_N(__VA_ARGS__, 0,)
            #define PROBE(x) x, 1,
            #define IS_PAREN(x) CHECK(IS_PAREN_PROBE x)
            #define IS_PAREN_PROBE(...) PROBE(~)
            #define NOT(x) CHECK(PRIMITIVE_CAT(NOT_, x))
            #define NOT_0 PROBE(~)
            #define BOOL(x) COMPL(NOT(x))
            #define IF(c) IIF(BOOL(c))
            #define EAT(...)
            #define EXPAND(...) __VA_ARGS__
            #define WHEN(c) IF(c)(EXPAND, EAT)
            #define EMPTY()
            #define DEFER(id) id EMPTY()
            #define OBSTRUCT(...) __VA_ARGS__ DEFER(EMPTY)()
            #define EVAL(...) EVAL1(EVAL1(EVAL1(__VA_ARGS__)))
            #define EVAL1(...) EVAL2(EVAL2(EVAL2(__VA_ARGS__)))
            #define EVAL2(...) EVAL3(EVAL3(EVAL3(__VA_ARGS__)))
            #define EVAL3(...) __VA_ARGS__
            #define DEC(x) PRIMITIVE_CAT(DEC_, x)
            #define DEC_0 0
            #define DEC_1 0
            #define DEC_2 1
            #define DEC_3 2
            #define DEC_4 3
            #define DEC_5 4
            #define DEC_6 5
            #define REPEAT(count, macro, ...) \
                WHEN(count) \
                ( \
                    OBSTRUCT(REPEAT_INDIRECT) () \
                    ( \
                        DEC(count), macro, __VA_ARGS__ \
                    ) \
                    OBSTRUCT(macro) \
                    ( \
                        DEC(count), __VA_ARGS__ \
                    ) \
                )
            #define REPEAT_INDIRECT() REPEAT
            #define M(i, _) item_ ## i
            EVAL(REPEAT(6, M, ~))
            IS_PAREN(()) IS_PAREN(xxx) IF(1)(yes, no) IF(0)(yes, no) IF(abc)(yes, no)
            A DEFER(EMPTY)() B EXPAND(DEFER(EMPTY)()) C
            """,

        ["conditionals"] = """
            #define ZERO 0
            #define ONE 1
            #define FN(x) ((x) + 1)
            #if -1 > 0u
            unsigned_compare_ok
            #endif
            #if (ZERO ? 1 : 2) == 2 && FN(ONE) == 2 && defined(FN) && !defined ZERO == 0
            ternary_ok
            #endif
            #if 0x7fffffffffffffff + 0 > 0 && -0x7fffffffffffffff - 1 < 0
            limits_ok
            #endif
            #if 'A' == 65 && '\0' == 0 && '\377' < 0 && 'ab' == 0x6162
            chars_ok
            #endif
            #if (2 || 1 / ZERO) && !(0 && 1 / ZERO)
            short_circuit_ok
            #endif
            #if 1 << 2 == 4 && 16 >> 2 == 4 && (-16 >> 2) == -4 && 7 % 3 == 1 && -7 / 2 == -3
            shifts_ok
            #endif
            #if ~0 == -1 && ~0u == 0xffffffffffffffff && (0u - 1) > 0
            complement_ok
            #endif
            #if undefined_thing || true
            wrong
            #else
            identifiers_are_zero
            #endif
            #ifdef ZERO
            # ifndef ONE
            wrong
            # elif ONE + ONE == 2
            elif_ok
            # else
            wrong
            # endif
            #endif
            """,

        ["boundaries"] = """
            #define f(a) a*g
            #define g(a) f(a)
            f(2)(9);
            #define NIL(x) x
            #define G_0(arg) NIL(G_1)(arg)
            #define G_1(arg) NIL(arg)
            G_0(42);
            #define AND &
            #define str(x) #x
            #define xstr(x) str(x)
            xstr(AND) xstr(__COUNTER__) __COUNTER__;
            #define APPLY(m, ...) m(__VA_ARGS__)
            #define ADD(a, b) a + b
            APPLY(ADD, 1, 2) APPLY(APPLY, ADD, 3, 4);
            #define PAREN ()
            #define CALL(m) m PAREN
            #define EXPAND(x) x
            CALL(ADD) EXPAND(CALL(str));
            #define F2(...) #__VA_OPT__(a   b __VA_ARGS__)
            F2() F2(1) F2( x ,  y );
            #define objlike (1)
            #define fn() objlike objlike
            fn() fn ();
            #define X(a) a X
            X(X)(1) X(X(X))(2)(3);
            #define TWICE(x) x x
            #define ONCE(x) TWICE(x)
            ONCE(TWICE(ONCE)(z));
            #define LP (
            #define RP )
            #define ID(x) x
            ID LP 1 RP; EXPAND(ID LP 2 RP);
            #define f2(x) g2
            #define g2 f2
            f2(1)(2)(3);
            #define h() H
            #define H h
            h()()();
            #define obj o2
            #define o2 obj
            obj;
            #define fn(x) fn2
            #define fn2(x) fn
            fn(1)(2)(3)(4);
            """,

        ["spacing-and-lines"] = """
            #define P +
            #define M -
            #define ID(x) x
            #define f(a, b) a##b
            +P -M P+ -M- ID(+)+ ID(-)ID(-) f(+, =) f(<, <) ID(x)ID(y)
            x = f(1,
                  2) + ID(
                  3);
            #define EMPTY
            EMPTY # define not_a_directive
            a EMPTY b
            #define LINE __LINE__
            #define SHOW(x, y) x y LINE
            SHOW(__LINE__,
                 LINE) __LINE__ SHOW(
                 1, 2
                 ) LINE
            #if __LINE__ == 20
            line_twenty
            #endif
            """,
    };
}
