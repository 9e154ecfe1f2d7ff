using Altitude.Text;

namespace Altitude.Front.Lexing;

/// <summary>
/// One token. Immutable: the preprocessor makes changed copies (<c>with</c>) when it expands macros.
/// <see cref="Text"/> is the spelling exactly as written (after line splicing), which is what
/// stringizing and token pasting need and what literal decoding starts from.
/// </summary>
public sealed record Token(TokenKind Kind, string Text, SourceLocation Location)
{
    /// <summary>Whitespace (or a comment) came before this token on its line.</summary>
    public bool LeadingSpace { get; init; }

    /// <summary>This token is the first on its logical source line (what directives key on).</summary>
    public bool StartOfLine { get; init; }

    /// <summary>Where the macro invocation that produced this token was, if any; diagnostics point there too.</summary>
    public SourceLocation? ExpandedFrom { get; init; }

    /// <summary>
    /// A token the preprocessor marked as never to be macro-expanded: the name of a macro met while
    /// that macro's own replacement was being rescanned (C17 6.10.3.4p2, as gcc applies it).
    /// </summary>
    public bool NoExpand { get; init; }

    public override string ToString() => $"{Kind} '{Text}' at {Location}";
}
