using Altitude.Front.Lexing;
using Altitude.Text;

namespace Altitude.Front.Preprocessing;

/// <summary>The macros whose expansion the preprocessor computes itself (C17 6.10.8 and GNU extensions).</summary>
internal enum BuiltinMacro
{
    None,
    File,
    Line,
    Date,
    Time,
    Timestamp,
    Counter,
    IncludeLevel,
    BaseFile,
    HasInclude,
    HasIncludeNext,
    HasAttribute,
    HasCAttribute,
    HasBuiltin,
    HasFeature,
    HasExtension,
    HasWarning,
    Pragma,
}

/// <summary>
/// One macro definition (C17 6.10.3). For a function-like macro <see cref="Parameters"/> lists the
/// parameter names (the variadic one last, named <c>__VA_ARGS__</c> or by its GNU name), and
/// <see cref="ParameterIndex"/> maps each body token to the parameter it names, or to
/// <see cref="NotAParameter"/> / <see cref="VaOpt"/>.
/// </summary>
internal sealed class Macro
{
    public const int NotAParameter = -1;
    public const int VaOpt = -2;

    public required string Name { get; init; }
    public SourceLocation Location { get; init; }
    public bool IsFunctionLike { get; init; }
    public bool IsVariadic { get; init; }
    public string[] Parameters { get; init; } = [];
    public Token[] Body { get; init; } = [];
    public int[] ParameterIndex { get; init; } = [];
    public BuiltinMacro Builtin { get; init; }

    /// <summary>
    /// Greater than zero while the macro's replacement list is being rescanned: its name is then not
    /// replaced, and an occurrence examined meanwhile is marked never to be replaced (6.10.3.4p2).
    /// </summary>
    public int DisabledDepth { get; set; }

    /// <summary>True if no body token is a # or ## operator or a parameter (the fast path: copy the body).</summary>
    public bool IsSimpleBody { get; init; }

    /// <summary>C17 6.10.3p2: two definitions are the same if parameters and body spelling and whitespace separation agree.</summary>
    public bool SameDefinitionAs(Macro other)
    {
        if (IsFunctionLike != other.IsFunctionLike || IsVariadic != other.IsVariadic) return false;
        if (Builtin != other.Builtin || Parameters.Length != other.Parameters.Length || Body.Length != other.Body.Length) return false;
        for (var i = 0; i < Parameters.Length; i++)
        {
            if (Parameters[i] != other.Parameters[i]) return false;
        }
        for (var i = 0; i < Body.Length; i++)
        {
            if (Body[i].Text != other.Body[i].Text) return false;
            if (i > 0 && Body[i].LeadingSpace != other.Body[i].LeadingSpace) return false;
        }
        return true;
    }
}
