using Altitude.Front.Preprocessing;

namespace Altitude.Front.Parsing;

/// <summary>
/// gcc's <c>#pragma pack</c>: <c>pack(N)</c>, <c>pack()</c>, <c>pack(push)</c>, <c>pack(push, N)</c>,
/// <c>pack(push, id, N)</c>, <c>pack(pop)</c>, <c>pack(pop, id)</c>. It caps the alignment of the
/// members of every struct or union defined after it at N (N = 1 is <c>__attribute__((packed))</c>).
/// The pragmas are kept by the preprocessor with the index of the token that follows them; this turns
/// them into the pack value in force from each such token on (null = no pragma, natural alignment).
/// </summary>
public static class PragmaPack
{
    public static IReadOnlyList<(int TokenIndex, int? Pack)> Changes(IReadOnlyList<PragmaDirective> pragmas)
    {
        var changes = new List<(int, int?)>();
        int? current = null;
        var stack = new Stack<(string? Id, int? Pack)>();
        foreach (var p in pragmas)
        {
            var text = string.Concat(p.Text.Where(c => !char.IsWhiteSpace(c)));
            if (!text.StartsWith("pack(", StringComparison.Ordinal) || !text.EndsWith(')')) continue;
            var args = text[5..^1].Split(',', StringSplitOptions.RemoveEmptyEntries);
            if (args.Length == 0) current = null;
            else if (args[0] == "push")
            {
                string? id = args.Length >= 2 && !IsNumber(args[1]) ? args[1] : null;
                stack.Push((id, current));
                if (IsNumber(args[^1])) current = Value(args[^1]);
            }
            else if (args[0] == "pop")
            {
                if (args.Length >= 2 && !IsNumber(args[1]))
                {
                    // pop, id: pop up to and including the entry pushed with that identifier.
                    if (stack.Any(e => e.Id == args[1]))
                        while (stack.Count > 0) { var e = stack.Pop(); current = e.Pack; if (e.Id == args[1]) break; }
                }
                else if (stack.Count > 0) current = stack.Pop().Pack;
                if (IsNumber(args[^1])) current = Value(args[^1]);
            }
            else if (IsNumber(args[0])) current = Value(args[0]);
            else continue;
            changes.Add((p.TokenIndex, current));
        }
        return changes;
    }

    private static bool IsNumber(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);

    // pack(0) is pack(): natural alignment.
    private static int? Value(string s) => int.TryParse(s, out var n) && n > 0 ? n : null;
}
