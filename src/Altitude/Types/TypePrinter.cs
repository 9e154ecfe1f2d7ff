using System.Text;

namespace Altitude.Types;

/// <summary>Prints types in C declarator syntax, with gcc's spelling of basic types (for diagnostics).</summary>
public static class TypePrinter
{
    public static string Print(CType type) => Print(type, "");

    /// <summary>Prints a declaration of <paramref name="name"/> with type <paramref name="type"/>.</summary>
    public static string Print(CType type, string name)
    {
        var sb = new StringBuilder();
        Declarator(type, name, sb, 0);
        return sb.ToString();
    }

    private static void Declarator(CType type, string inner, StringBuilder sb, int depth)
    {
        if (depth > 200) { sb.Append("..."); return; }
        if (type.TypedefName is not null && depth >= 0)
        {
            Base(Qualifiers(type.Qualifiers), type.TypedefName, inner, sb);
            return;
        }
        switch (type)
        {
            case PointerType p:
            {
                var q = Qualifiers(p.Qualifiers);
                var s = "*" + (q.Length > 0 ? " " + q.TrimEnd() + (inner.Length > 0 ? " " : "") : "") + inner;
                if (p.Pointee is ArrayType or FunctionType) s = "(" + s + ")";
                Declarator(p.Pointee, s, sb, depth + 1);
                return;
            }
            case ArrayType a:
            {
                var len = a.Length is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : a.IsVla ? "*" : "";
                Declarator(a.Element.WithQualifiers(a.Element.Qualifiers | a.Qualifiers), inner + "[" + len + "]", sb, depth + 1);
                return;
            }
            case FunctionType f:
            {
                var ps = new StringBuilder("(");
                if (f.HasPrototype)
                {
                    for (int i = 0; i < f.Parameters.Length; i++)
                    {
                        if (i > 0) ps.Append(", ");
                        ps.Append(Print(f.Parameters[i].Type));
                    }
                    if (f.IsVariadic) ps.Append(f.Parameters.Length > 0 ? ", ..." : "...");
                    if (f.Parameters.Length == 0 && !f.IsVariadic) ps.Append("void");
                }
                ps.Append(')');
                Declarator(f.ReturnType, inner + ps, sb, depth + 1);
                return;
            }
            default:
                Base(Qualifiers(type.Qualifiers), BaseName(type), inner, sb);
                return;
        }
    }

    private static void Base(string qualifiers, string name, string inner, StringBuilder sb)
    {
        sb.Append(qualifiers).Append(name);
        if (inner.Length == 0) return;
        if (inner[0] == '*' || inner.StartsWith("(*", StringComparison.Ordinal)) sb.Append(' ');
        sb.Append(inner);
    }

    private static string Qualifiers(TypeQualifiers q)
    {
        if (q == TypeQualifiers.None) return "";
        var sb = new StringBuilder();
        if ((q & TypeQualifiers.Const) != 0) sb.Append("const ");
        if ((q & TypeQualifiers.Volatile) != 0) sb.Append("volatile ");
        if ((q & TypeQualifiers.Restrict) != 0) sb.Append("restrict ");
        if ((q & TypeQualifiers.Atomic) != 0) sb.Append("_Atomic ");
        return sb.ToString();
    }

    /// <summary>gcc's spelling of a basic, struct, union or enum type.</summary>
    public static string BaseName(CType type) => type switch
    {
        RecordType r => r.Decl.Tag is null ? $"{r.Decl.KindName} <anonymous>" : $"{r.Decl.KindName} {r.Decl.Tag}",
        EnumType e => e.Decl.Tag is null ? "enum <anonymous>" : $"enum {e.Decl.Tag}",
        _ => BasicName(type.Kind),
    };

    public static string BasicName(TypeKind kind) => kind switch
    {
        TypeKind.Void => "void",
        TypeKind.Bool => "_Bool",
        TypeKind.Char => "char",
        TypeKind.SChar => "signed char",
        TypeKind.UChar => "unsigned char",
        TypeKind.Short => "short int",
        TypeKind.UShort => "short unsigned int",
        TypeKind.Int => "int",
        TypeKind.UInt => "unsigned int",
        TypeKind.Long => "long int",
        TypeKind.ULong => "long unsigned int",
        TypeKind.LongLong => "long long int",
        TypeKind.ULongLong => "long long unsigned int",
        TypeKind.Int128 => "__int128",
        TypeKind.UInt128 => "__int128 unsigned",
        TypeKind.Float => "float",
        TypeKind.Double => "double",
        TypeKind.LongDouble => "long double",
        _ => kind.ToString(),
    };
}
