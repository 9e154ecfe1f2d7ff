using System.Globalization;
using System.Text;

namespace Altitude.Types;

/// <summary>
/// liballocs-style uniqtype names (DESIGN "Types, layout, uniqtypes"): <c>int$$32</c>,
/// <c>__PTR_int$$32</c>, <c>__ARR10_int$$32</c>, <c>__ARR0_…</c> for unknown or variable length,
/// <c>__FUN_FROM___ARG0_…__FUN_TO_…</c>. Qualifiers do not appear; char is named as signed char
/// (the VM collapses them); an enum is named as its underlying integer type.
/// </summary>
public static class UniqtypeNames
{
    /// <param name="recordName">Optional naming of struct/union types (e.g. to add a digest suffix where two definitions share a tag); default <see cref="RecordName"/>.</param>
    public static string Of(CType type, Func<RecordDecl, string>? recordName = null)
    {
        var sb = new StringBuilder();
        Append(type, sb, recordName ?? RecordName, 0);
        return sb.ToString();
    }

    private static void Append(CType type, StringBuilder sb, Func<RecordDecl, string> recordName, int depth)
    {
        if (depth > 200) { sb.Append("__DEEP"); return; }
        switch (type)
        {
            case EnumType e:
                Append(e.Underlying, sb, recordName, depth + 1);
                return;
            case BasicType b:
                if (b.Kind == TypeKind.Void) { sb.Append("void"); return; }
                var name = b.Kind == TypeKind.Char ? "signed char" : TypePrinter.BasicName(b.Kind);
                sb.Append(name.Replace(' ', '_')).Append("$$").Append((TypeLayout.BasicSize(b.Kind) * 8).ToString(CultureInfo.InvariantCulture));
                return;
            case PointerType p:
                sb.Append("__PTR_");
                Append(p.Pointee, sb, recordName, depth + 1);
                return;
            case ArrayType a:
                sb.Append("__ARR").Append((a.Length ?? 0).ToString(CultureInfo.InvariantCulture)).Append('_');
                Append(a.Element, sb, recordName, depth + 1);
                return;
            case FunctionType f:
                sb.Append("__FUN_FROM_");
                for (int i = 0; i < f.Parameters.Length; i++)
                {
                    sb.Append("__ARG").Append(i.ToString(CultureInfo.InvariantCulture)).Append('_');
                    Append(f.Parameters[i].Type, sb, recordName, depth + 1);
                }
                if (f.IsVariadic || !f.HasPrototype) sb.Append("__VA_");
                sb.Append("__FUN_TO_");
                Append(f.ReturnType, sb, recordName, depth + 1);
                return;
            case RecordType r:
                sb.Append(recordName(r.Decl));
                return;
        }
    }

    /// <summary>The tag, or for an anonymous struct/union <c>__anon_struct_</c> plus a digest of its members.</summary>
    public static string RecordName(RecordDecl decl) =>
        decl.Tag ?? $"__anon_{decl.KindName}_{Digest(decl)}";

    /// <summary>A stable digest of a record's member names, types and layout (8 hex digits), to tell same-tag definitions apart.</summary>
    public static string Digest(RecordDecl decl)
    {
        var sb = new StringBuilder();
        sb.Append(decl.KindName).Append(decl.Size).Append(':');
        foreach (var f in decl.Fields)
        {
            sb.Append(f.Name).Append('@').Append(f.BitOffset).Append(':');
            if (f.BitWidth is { } w) sb.Append(w).Append(':');
            if (f.Type is RecordType inner) sb.Append(inner.Decl.Tag ?? "anon").Append(inner.Decl.Size);
            else sb.Append(Of(f.Type));
            sb.Append(';');
        }
        // FNV-1a: small, stable across runs and platforms (string.GetHashCode is randomized).
        uint h = 2166136261;
        foreach (char c in sb.ToString()) { h ^= c; h *= 16777619; }
        return h.ToString("x8", CultureInfo.InvariantCulture);
    }
}
