using System.Text;

namespace Altitude.Sexpcode;

/// <summary>Which kind of position a tag may appear in; the validator checks children against it.</summary>
public enum SexpCategory : byte
{
    TopLevel,
    Section,
    TypeDefinition,
    Member,
    Attribute,
    Type,
    Flag,
    Global,
    Function,
    Variable,
    Statement,
    SwitchClause,
    Expression,
    Initializer,
    InitializerItem,
}

/// <summary>
/// Facts about every tag: its text name, its category, the shape of its children (a small pattern
/// language, documented in docs/sexpcode.md) and whether the printer always breaks it over lines.
/// </summary>
public static class SexpTags
{
    public static readonly int Count = Enum.GetValues<SexpTag>().Length;

    private static readonly string[] Names = new string[Count];
    private static readonly SexpCategory[] Categories = new SexpCategory[Count];
    private static readonly string[] Shapes = new string[Count];
    private static readonly bool[] Blocks = new bool[Count];
    private static readonly Dictionary<string, SexpTag> ByName = new(StringComparer.Ordinal);

    static SexpTags()
    {
        foreach (var tag in Enum.GetValues<SexpTag>())
        {
            var name = Kebab(tag.ToString());
            Names[(int)tag] = name;
            ByName.Add(name, tag);
        }

        const SexpCategory top = SexpCategory.TopLevel, sec = SexpCategory.Section, tdef = SexpCategory.TypeDefinition,
            mem = SexpCategory.Member, attr = SexpCategory.Attribute, type = SexpCategory.Type, flag = SexpCategory.Flag,
            glob = SexpCategory.Global, fun = SexpCategory.Function, var = SexpCategory.Variable,
            stmt = SexpCategory.Statement, clause = SexpCategory.SwitchClause, expr = SexpCategory.Expression,
            init = SexpCategory.Initializer, item = SexpCategory.InitializerItem;

        Def(SexpTag.Program, top, "unit*", block: true);
        Def(SexpTag.Unit, top, "s files types globals functions", block: true);
        Def(SexpTag.Files, sec, "s*");
        Def(SexpTag.Types, sec, "D*", block: true);
        Def(SexpTag.Globals, sec, "G*", block: true);
        Def(SexpTag.Functions, sec, "F*", block: true);

        Def(SexpTag.StructDef, tdef, "s s packed|aligned* field|bit-field*", block: true);
        Def(SexpTag.UnionDef, tdef, "s s packed|aligned* field|bit-field*", block: true);
        Def(SexpTag.StructDecl, tdef, "s s");
        Def(SexpTag.UnionDecl, tdef, "s s");
        Def(SexpTag.EnumDef, tdef, "s s T enumerator*", block: true);
        Def(SexpTag.Enumerator, mem, "s i");
        Def(SexpTag.Field, mem, "s T packed|aligned*");
        Def(SexpTag.BitField, mem, "s T i packed|aligned*");
        Def(SexpTag.Packed, attr, "");
        Def(SexpTag.Aligned, attr, "i");

        foreach (var t in new[]
                 {
                     SexpTag.Void, SexpTag.Bool, SexpTag.Char, SexpTag.SignedChar, SexpTag.UnsignedChar, SexpTag.Short,
                     SexpTag.UnsignedShort, SexpTag.Int, SexpTag.UnsignedInt, SexpTag.Long, SexpTag.UnsignedLong,
                     SexpTag.LongLong, SexpTag.UnsignedLongLong, SexpTag.Int128, SexpTag.UnsignedInt128, SexpTag.Float,
                     SexpTag.Double, SexpTag.LongDouble, SexpTag.VaList,
                 })
        {
            Def(t, type, "");
        }
        Def(SexpTag.Ptr, type, "T");
        Def(SexpTag.Array, type, "T i?");
        Def(SexpTag.Vla, type, "T E");
        Def(SexpTag.Fun, type, "T T* variadic|unprototyped? noreturn?");
        Def(SexpTag.Variadic, flag, "");
        Def(SexpTag.Unprototyped, flag, "");
        Def(SexpTag.Noreturn, flag, "");
        Def(SexpTag.Struct, type, "s");
        Def(SexpTag.Union, type, "s");
        Def(SexpTag.Enum, type, "s");
        Def(SexpTag.Const, type, "T");
        Def(SexpTag.Volatile, type, "T");
        Def(SexpTag.Restrict, type, "T");
        Def(SexpTag.Atomic, type, "T");

        Def(SexpTag.Variable, glob, "s external|internal T I? aligned|thread-local*");
        Def(SexpTag.Declare, glob, "s T");
        Def(SexpTag.External, flag, "");
        Def(SexpTag.Internal, flag, "");
        Def(SexpTag.ThreadLocal, flag, "");

        Def(SexpTag.Function, fun, "s external|internal T params locals body", block: true);
        Def(SexpTag.Params, sec, "var*", block: true);
        Def(SexpTag.Locals, sec, "var*", block: true);
        Def(SexpTag.Var, var, "s T addressed|temp|aligned*");
        Def(SexpTag.Addressed, flag, "");
        Def(SexpTag.Temp, flag, "");
        Def(SexpTag.Body, sec, "S*", block: true);

        Def(SexpTag.Label, stmt, "s");
        Def(SexpTag.Goto, stmt, "s");
        Def(SexpTag.IfGoto, stmt, "E s");
        Def(SexpTag.Switch, stmt, "E case|case-range* default?", block: true);
        Def(SexpTag.Case, clause, "i s");
        Def(SexpTag.CaseRange, clause, "i i s");
        Def(SexpTag.Default, clause, "s");
        Def(SexpTag.Expr, stmt, "E");
        Def(SexpTag.Init, stmt, "E I");
        Def(SexpTag.Return, stmt, "E?");
        Def(SexpTag.GotoPtr, stmt, "E");
        Def(SexpTag.VlaAlloc, stmt, "s");
        Def(SexpTag.EnterScope, stmt, "s*");
        Def(SexpTag.LeaveScope, stmt, "s*");

        Def(SexpTag.Lit, expr, "T n");
        Def(SexpTag.Local, expr, "T s");
        Def(SexpTag.Global, expr, "T s");
        Def(SexpTag.Func, expr, "T s");
        Def(SexpTag.String, expr, "T s");
        Def(SexpTag.WideString, expr, "T i*");
        Def(SexpTag.LabelAddr, expr, "T s s?");
        Def(SexpTag.CompoundLiteral, expr, "T s I");

        Def(SexpTag.Load, expr, "T E");
        Def(SexpTag.Store, expr, "T E E");
        Def(SexpTag.Addr, expr, "T E");
        Def(SexpTag.Deref, expr, "T E");
        Def(SexpTag.Member, expr, "T E s");
        Def(SexpTag.Index, expr, "T E E");
        Def(SexpTag.Decay, expr, "T E");
        Def(SexpTag.PtrAdd, expr, "T E E");
        Def(SexpTag.PtrSub, expr, "T E E");
        Def(SexpTag.PtrDiff, expr, "T E E");

        foreach (var t in new[]
                 {
                     SexpTag.Add, SexpTag.Sub, SexpTag.Mul, SexpTag.Div, SexpTag.Rem, SexpTag.Shl, SexpTag.Shr,
                     SexpTag.BitAnd, SexpTag.BitOr, SexpTag.BitXor, SexpTag.Eq, SexpTag.Ne, SexpTag.Lt, SexpTag.Le,
                     SexpTag.Gt, SexpTag.Ge, SexpTag.And, SexpTag.Or,
                 })
        {
            Def(t, expr, "T E E");
        }
        Def(SexpTag.Neg, expr, "T E");
        Def(SexpTag.BitNot, expr, "T E");
        Def(SexpTag.Not, expr, "T E");
        Def(SexpTag.Convert, expr, "T E");

        Def(SexpTag.Call, expr, "T E E* varargs?");
        Def(SexpTag.Varargs, sec, "E*");
        Def(SexpTag.Seq, expr, "T E+");
        Def(SexpTag.Cond, expr, "T E E E");
        Def(SexpTag.StmtExpr, expr, "T S* E?", block: true);

        Def(SexpTag.Sizeof, expr, "T T");
        Def(SexpTag.Alignof, expr, "T T");
        Def(SexpTag.Offsetof, expr, "T T x+");

        Def(SexpTag.VaStart, expr, "T E");
        Def(SexpTag.VaArg, expr, "T E");
        Def(SexpTag.VaEnd, expr, "T E");
        Def(SexpTag.VaCopy, expr, "T E E");
        Def(SexpTag.Alloca, expr, "T E");
        Def(SexpTag.Builtin, expr, "T s E*");

        Def(SexpTag.InitStruct, init, "T init-field*");
        Def(SexpTag.InitField, item, "s I");
        Def(SexpTag.InitUnion, init, "T s I");
        Def(SexpTag.InitArray, init, "T init-elem|init-range*");
        Def(SexpTag.InitElem, item, "i I");
        Def(SexpTag.InitRange, item, "i i I");
        Def(SexpTag.InitString, init, "T s");
        Def(SexpTag.InitZero, init, "T");

        for (var i = 0; i < Count; i++)
        {
            if (Shapes[i] is null) throw new InvalidOperationException($"tag {(SexpTag)i} has no shape");
        }
    }

    private static void Def(SexpTag tag, SexpCategory category, string shape, bool block = false)
    {
        Categories[(int)tag] = category;
        Shapes[(int)tag] = shape;
        Blocks[(int)tag] = block;
    }

    /// <summary><c>UnsignedLong</c> → <c>unsigned-long</c>; digits stay attached (<c>Int128</c> → <c>int128</c>).</summary>
    private static string Kebab(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c))
            {
                if (i > 0) sb.Append('-');
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    public static string Name(SexpTag tag) => Names[(int)tag];

    public static bool TryParse(string name, out SexpTag tag) => ByName.TryGetValue(name, out tag);

    public static bool TryParse(ReadOnlySpan<char> name, out SexpTag tag) =>
        ByName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out tag);

    public static SexpCategory Category(SexpTag tag) => Categories[(int)tag];

    /// <summary>The children pattern, e.g. <c>"T E E"</c> (see docs/sexpcode.md, "Shapes").</summary>
    public static string Shape(SexpTag tag) => Shapes[(int)tag];

    /// <summary>Whether the printer always puts each child of this tag on its own line.</summary>
    public static bool IsBlock(SexpTag tag) => Blocks[(int)tag];

    public static bool IsType(SexpTag tag) => Categories[(int)tag] == SexpCategory.Type;

    public static bool IsExpression(SexpTag tag) => Categories[(int)tag] == SexpCategory.Expression;

    public static bool IsStatement(SexpTag tag) => Categories[(int)tag] == SexpCategory.Statement;
}
