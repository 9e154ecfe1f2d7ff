using Altitude.Sexpcode;
using static Altitude.Sexpcode.SexpTag;

namespace Altitude.Tests.Sexp;

/// <summary>Hand-built sexpcode programs used by several tests.</summary>
internal static class SexpSamples
{
    private static Altitude.Sexpcode.Sexp S(SexpTag tag, params ReadOnlySpan<SexpChild> children) => Altitude.Sexpcode.Sexp.Make(tag, children);

    private static SexpLocation L(int line, int col) => new(0, line, col);

    public static readonly Altitude.Sexpcode.Sexp IntT = Altitude.Sexpcode.Sexp.Atom(Int);

    /// <summary>
    /// struct S { struct S *next; int value; }; static int counter = 3; int *pc = &amp;counter;
    /// int sum(struct S *p) { int n = 0; while (p) { n += p-&gt;value; p = p-&gt;next; } return n; }
    /// </summary>
    public static Altitude.Sexpcode.Sexp LinkedListUnit()
    {
        var structS = S(Struct, "S");
        var ptrS = S(Ptr, structS);
        var ptrInt = S(Ptr, IntT);
        var types = S(SexpTag.Types,
            S(StructDef, "S", "S", S(Field, "next", ptrS), S(Field, "value", IntT)),
            S(UnionDef, "U", "U", S(Field, "num", IntT), S(Field, "str", S(Ptr, SexpTag.Char))),
            S(StructDef, "P", "P", Packed, S(Aligned, 4), S(Field, "c", SexpTag.Char), S(BitField, "b", UnsignedInt, 3),
                S(BitField, "", UnsignedInt, 0), S(Field, "tail", S(SexpTag.Array, SexpTag.Char))),
            S(EnumDef, "E", "E", UnsignedInt, S(Enumerator, "A", 0), S(Enumerator, "B", 5)),
            S(StructDecl, "opaque", "opaque"));
        var globals = S(Globals,
            S(Variable, L(1, 12), "counter", Internal, IntT, S(Lit, IntT, 3)),
            S(Variable, L(2, 6), "pc", External, ptrInt, S(Addr, ptrInt, S(Global, IntT, "counter"))),
            S(Variable, "msg", External, S(SexpTag.Array, SexpTag.Char, 6), S(InitString, S(SexpTag.Array, SexpTag.Char, 6), "hi\n\"\\\x01\xff")),
            S(Variable, "table", External, S(SexpTag.Array, structS, 2),
                S(InitArray, S(SexpTag.Array, structS, 2),
                    S(InitElem, 1, S(InitStruct, structS, S(InitField, "value", S(Lit, IntT, -7)))),
                    S(InitRange, 0, 0, S(InitZero, structS)))),
            S(Variable, "d", External, SexpTag.Double, S(Lit, SexpTag.Double, 0.1), S(Aligned, 16)),
            S(Declare, "printf", S(Fun, IntT, S(Ptr, S(Const, SexpTag.Char)), Variadic)));
        var pLoad = S(Load, L(5, 38), ptrS, S(Local, ptrS, "p"));
        var body = S(Body,
            S(Expr, S(Store, L(4, 7), IntT, S(Local, IntT, "n"), S(Lit, IntT, 0))),
            S(Label, "while.cond.1"),
            S(IfGoto, L(5, 10), S(Eq, IntT, pLoad, S(SexpTag.Convert, ptrS, S(Lit, IntT, 0))), "while.end.1"),
            S(Expr, S(Store, L(5, 20), IntT, S(Local, IntT, "n"),
                S(Add, L(5, 22), IntT, S(Load, IntT, S(Local, IntT, "n")),
                    S(Load, L(5, 25), IntT, S(Member, IntT, S(Deref, L(5, 25), structS, pLoad), "value"))))),
            S(Expr, S(Store, ptrS, S(Local, ptrS, "p"), S(Load, ptrS, S(Member, ptrS, S(Deref, structS, pLoad), "next")))),
            S(Goto, "while.cond.1"),
            S(Label, "while.end.1"),
            S(Return, L(6, 3), S(Load, IntT, S(Local, IntT, "n"))));
        var sum = S(Function, L(3, 5), "sum", External, S(Fun, IntT, ptrS),
            S(Params, S(Var, "p", ptrS)),
            S(Locals, S(Var, "n", IntT)),
            body);
        var mainBody = S(Body,
            S(Switch, S(Load, IntT, S(Local, IntT, "argc")), S(Case, 1, "one"), S(CaseRange, 2, 4, "few"), S(Default, "other")),
            S(Label, "one"),
            S(Label, "few"),
            S(Label, "other"),
            S(EnterScope, "buf"),
            S(Expr, S(Call, L(9, 3), IntT, S(Func, S(Ptr, S(Fun, IntT, S(Ptr, S(Const, SexpTag.Char)), Variadic)), "printf"),
                S(Decay, S(Ptr, SexpTag.Char), S(SexpTag.String, S(SexpTag.Array, SexpTag.Char, 4), "%d\n")),
                S(Varargs, S(Sizeof, UnsignedLong, structS), S(Offsetof, UnsignedLong, structS, "value")))),
            S(Init, S(Local, S(SexpTag.Array, SexpTag.Char, 8), "buf"), S(InitString, S(SexpTag.Array, SexpTag.Char, 8), "abc")),
            S(LeaveScope, "buf"),
            S(Return, S(Cond, IntT, S(Lit, IntT, 1), S(Lit, IntT, 0), S(Call, IntT, S(Func, S(Ptr, S(Fun, IntT, ptrS)), "sum"),
                S(SexpTag.Convert, ptrS, S(Lit, IntT, 0))))));
        var main = S(Function, L(8, 5), "main", External, S(Fun, IntT, IntT, S(Ptr, S(Ptr, SexpTag.Char))),
            S(Params, S(Var, "argc", IntT), S(Var, "argv", S(Ptr, S(Ptr, SexpTag.Char)))),
            S(Locals, S(Var, "buf", S(SexpTag.Array, SexpTag.Char, 8), Addressed)),
            mainBody);
        return S(Unit, "list.c", S(Files, "list.c", "inc/h.h"), types, globals, S(Functions, sum, main));
    }
}
