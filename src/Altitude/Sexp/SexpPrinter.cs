using System.Globalization;
using System.Text;

namespace Altitude.Sexpcode;

/// <summary>
/// Prints sexpcode in its text form. The output is canonical: reading it back and printing again
/// gives the same text. Layout: a sexp that fits in <see cref="Width"/> columns stays on one line,
/// except block tags (sections, functions, bodies, struct definitions) whose children each get a line.
/// </summary>
public static class SexpPrinter
{
    public const int Width = 100;

    // Beyond this nesting the pretty printer stops recursing and prints the rest flat (iteratively),
    // so that no tree, however deep, can overflow the stack.
    private const int MaxPrettyDepth = 200;

    public static string Print(Sexp sexp)
    {
        var sb = new StringBuilder();
        Print(sexp, sb);
        return sb.ToString();
    }

    public static void Print(Sexp sexp, StringBuilder sb)
    {
        PrintPretty(sexp, sb, 0, 0);
        sb.Append('\n');
    }

    public static void Print(Sexp sexp, TextWriter writer)
    {
        var sb = new StringBuilder();
        Print(sexp, sb);
        writer.Write(sb);
    }

    /// <summary>The whole sexp on one line (no trailing newline).</summary>
    public static string PrintFlat(Sexp sexp)
    {
        var sb = new StringBuilder();
        AppendFlat(sexp, sb);
        return sb.ToString();
    }

    /// <summary>The text of one non-sexp child (a string, integer, double or location).</summary>
    public static string PrintChild(SexpChild child)
    {
        var sb = new StringBuilder();
        AppendAtom(child, sb);
        return sb.ToString();
    }

    private static void PrintPretty(Sexp sexp, StringBuilder sb, int indent, int depth)
    {
        if (sexp.Count == 0)
        {
            sb.Append(sexp.Name);
            return;
        }
        var block = SexpTags.IsBlock(sexp.Tag);
        if (depth >= MaxPrettyDepth || (!block && Measure(sexp, Width - indent) <= Width - indent))
        {
            AppendFlat(sexp, sb);
            return;
        }

        sb.Append('(').Append(sexp.Name);
        var children = sexp.Children;
        var i = 0;
        // Head line: leading atoms (location, names, integers, flags such as 'external'); for an
        // expression, its location and type.
        var expression = !block && SexpTags.IsExpression(sexp.Tag);
        while (i < children.Length && (!children[i].IsSexp || (!expression && children[i].AsSexp.Count == 0)))
        {
            sb.Append(' ');
            if (children[i].IsSexp) sb.Append(children[i].AsSexp.Name);
            else AppendAtom(children[i], sb);
            i++;
            if (expression) break;
        }
        if (expression && i < children.Length && children[i].IsSexp && (i == 0 || children[i - 1].IsLocation))
        {
            sb.Append(' ');
            AppendFlat(children[i].AsSexp, sb);
            i++;
        }
        var inner = indent + 2;
        for (; i < children.Length; i++)
        {
            sb.Append('\n').Append(' ', inner);
            var c = children[i];
            if (c.IsSexp) PrintPretty(c.AsSexp, sb, inner, depth + 1);
            else AppendAtom(c, sb);
        }
        sb.Append(')');
    }

    /// <summary>Flat width of a sexp, or any value above <paramref name="limit"/> once it is known to exceed it.</summary>
    private static int Measure(Sexp sexp, int limit)
    {
        if (sexp.Count == 0) return sexp.Name.Length;
        var width = 1 + sexp.Name.Length + 1; // "(" name ")"
        foreach (var c in sexp.Children)
        {
            if (width > limit) return width;
            width += 1 + (c.IsSexp ? Measure(c.AsSexp, limit - width) : AtomWidth(c));
        }
        return width;
    }

    private static int DigitCount(long v)
    {
        if (v == long.MinValue) return 20;
        var n = v < 0 ? 2 : 1;
        for (var a = Math.Abs(v); a >= 10; a /= 10) n++;
        return n;
    }

    private static int AtomWidth(SexpChild c)
    {
        switch (c.Kind)
        {
            case SexpChildKind.Integer:
                return DigitCount(c.AsInteger);
            case SexpChildKind.Location:
                var l = c.AsLocation;
                return 3 + DigitCount(l.File) + DigitCount(l.Line) + DigitCount(l.Column);
            case SexpChildKind.String:
                var s = c.AsString;
                var w = 2;
                foreach (var ch in s) w += EscapedWidth(ch);
                return w;
            default:
                return PrintChild(c).Length;
        }
    }

    private static int EscapedWidth(char ch) => ch switch
    {
        '"' or '\\' or '\n' or '\t' or '\r' => 2,
        >= ' ' and <= '~' => 1,
        < (char)0x100 => 4,
        _ => 8,
    };

    /// <summary>One-line printing: recursive while shallow (fast), iterative below that (safe at any depth).</summary>
    private static void AppendFlat(Sexp root, StringBuilder sb) => AppendFlat(root, sb, 0);

    private static void AppendFlat(Sexp node, StringBuilder sb, int depth)
    {
        if (depth > 64)
        {
            AppendFlatIterative(node, sb);
            return;
        }
        if (node.Count == 0)
        {
            sb.Append(node.Name);
            return;
        }
        sb.Append('(').Append(node.Name);
        foreach (var c in node.Children)
        {
            sb.Append(' ');
            if (c.SexpOrNull is { } s) AppendFlat(s, sb, depth + 1);
            else AppendAtom(c, sb);
        }
        sb.Append(')');
    }

    private static void AppendFlatIterative(Sexp root, StringBuilder sb)
    {
        var stack = new Stack<(Sexp Node, int Next)>();
        stack.Push((root, -1));
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            if (node.Count == 0)
            {
                sb.Append(node.Name);
                continue;
            }
            if (next < 0)
            {
                sb.Append('(').Append(node.Name);
                next = 0;
            }
            var children = node.Children;
            var descended = false;
            while (next < children.Length)
            {
                var c = children[next++];
                sb.Append(' ');
                if (c.IsSexp)
                {
                    stack.Push((node, next));
                    stack.Push((c.AsSexp, -1));
                    descended = true;
                    break;
                }
                AppendAtom(c, sb);
            }
            if (!descended) sb.Append(')');
        }
    }

    private static void AppendAtom(SexpChild c, StringBuilder sb)
    {
        switch (c.Kind)
        {
            case SexpChildKind.Integer:
                sb.Append(c.AsInteger);
                break;
            case SexpChildKind.Double:
                sb.Append(FormatDouble(c.AsDouble));
                break;
            case SexpChildKind.Location:
                var l = c.AsLocation;
                sb.Append('@').Append(l.File).Append(':').Append(l.Line).Append(':').Append(l.Column);
                break;
            case SexpChildKind.String:
                AppendString(c.AsString, sb);
                break;
            case SexpChildKind.Sexp:
                AppendFlat(c.AsSexp, sb);
                break;
        }
    }

    /// <summary>
    /// Finite doubles print in the shortest form that reads back to the same bits, always with a '.'
    /// or an exponent so they cannot be mistaken for integers; infinities and NaNs print as #-words.
    /// </summary>
    public static string FormatDouble(double d)
    {
        if (double.IsNaN(d))
        {
            var bits = BitConverter.DoubleToInt64Bits(d);
            return bits == CanonicalNaNBits ? "#nan" : "#nan:" + bits.ToString("x16", CultureInfo.InvariantCulture);
        }
        if (double.IsPositiveInfinity(d)) return "#inf";
        if (double.IsNegativeInfinity(d)) return "#-inf";
        var s = d.ToString("R", CultureInfo.InvariantCulture);
        return s.AsSpan().IndexOfAny('.', 'E', 'e') >= 0 ? s : s + ".0";
    }

    /// <summary>The quiet NaN C's NAN macro produces (positive, payload 0).</summary>
    public const long CanonicalNaNBits = 0x7ff8000000000000;

    /// <summary>
    /// Quotes a string so that any sequence of UTF-16 code units (bytes of C string literals are
    /// code units 0–255) reads back unchanged: printable ASCII as is, the rest escaped.
    /// </summary>
    public static void AppendString(string s, StringBuilder sb)
    {
        sb.Append('"');
        foreach (var ch in s)
        {
            switch (ch)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case '\r': sb.Append("\\r"); break;
                case >= ' ' and <= '~': sb.Append(ch); break;
                case < (char)0x100: sb.Append("\\x").Append(((int)ch).ToString("x2", CultureInfo.InvariantCulture)); break;
                default: sb.Append("\\u{").Append(((int)ch).ToString("x4", CultureInfo.InvariantCulture)).Append('}'); break;
            }
        }
        sb.Append('"');
    }
}
