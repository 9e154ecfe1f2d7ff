namespace Altitude.Sexpcode;

/// <summary>
/// One item of a tag's children pattern (<see cref="SexpTags.Shape"/>): what a child must be and how
/// many times it may repeat. Letters: s string, i integer, n integer or double, x string or integer,
/// T type, E expression, S statement, I initialiser (an init-* or an expression), D type definition,
/// G global, F function; a kebab word or words joined by '|' name the tags allowed.
/// Suffixes: ? optional, * any number, + at least one.
/// </summary>
internal sealed class SexpShapeItem
{
    public required char Letter { get; init; } // '\0' when Tags is used
    public SexpTag[]? Tags { get; init; }
    public required int Min { get; init; }
    public required int Max { get; init; }
    public required string Text { get; init; }

    public bool Matches(SexpChild child)
    {
        if (Tags is not null)
        {
            if (child.SexpOrNull is not { } s) return false;
            foreach (var t in Tags)
            {
                if (t == s.Tag) return true;
            }
            return false;
        }
        switch (Letter)
        {
            case 's': return child.IsString;
            case 'i': return child.IsInteger;
            case 'n': return child.IsInteger || child.IsDouble;
            case 'x': return child.IsString || child.IsInteger;
        }
        if (child.SexpOrNull is not { } sexp) return false;
        var category = SexpTags.Category(sexp.Tag);
        return Letter switch
        {
            'T' => category == SexpCategory.Type,
            'E' => category == SexpCategory.Expression,
            'S' => category == SexpCategory.Statement,
            'I' => category is SexpCategory.Initializer or SexpCategory.Expression,
            'D' => category == SexpCategory.TypeDefinition,
            'G' => category == SexpCategory.Global,
            'F' => category == SexpCategory.Function,
            _ => false,
        };
    }

    /// <summary>"a type", "'external' or 'internal'" — for error messages.</summary>
    public string Describe()
    {
        if (Tags is not null) return string.Join(" or ", Tags.Select(t => $"'{SexpTags.Name(t)}'"));
        return Letter switch
        {
            's' => "a string",
            'i' => "an integer",
            'n' => "a number",
            'x' => "a string or an integer",
            'T' => "a type",
            'E' => "an expression",
            'S' => "a statement",
            'I' => "an initializer",
            'D' => "a type definition",
            'G' => "a global definition",
            'F' => "a function definition",
            _ => Text,
        };
    }

    private static readonly SexpShapeItem[][] All =
        Enumerable.Range(0, SexpTags.Count).Select(i => Parse(SexpTags.Shape((SexpTag)i))).ToArray();

    public static SexpShapeItem[] For(SexpTag tag) => All[(int)tag];

    internal static SexpShapeItem[] Parse(string shape)
    {
        var result = new List<SexpShapeItem>();
        foreach (var raw in shape.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw;
            int min = 1, max = 1;
            switch (word[^1])
            {
                case '?': min = 0; word = word[..^1]; break;
                case '*': min = 0; max = int.MaxValue; word = word[..^1]; break;
                case '+': max = int.MaxValue; word = word[..^1]; break;
            }
            if (word.Length == 1)
            {
                result.Add(new SexpShapeItem { Letter = word[0], Min = min, Max = max, Text = raw });
                continue;
            }
            var tags = word.Split('|').Select(n => SexpTags.TryParse(n, out var t) ? t : throw new InvalidOperationException($"bad shape word '{n}'")).ToArray();
            result.Add(new SexpShapeItem { Letter = '\0', Tags = tags, Min = min, Max = max, Text = raw });
        }
        return result.ToArray();
    }
}
