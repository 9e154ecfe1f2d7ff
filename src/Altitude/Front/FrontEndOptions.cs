using System.Collections.Immutable;
using Altitude.Front.Preprocessing;

namespace Altitude.Front;

/// <summary>The C standard selected with -std; the GNU variants add the GNU macros (<c>linux</c>, <c>unix</c>).</summary>
public enum CStandard
{
    C99,
    C11,
    C17,
    Gnu99,
    Gnu11,
    Gnu17,
}

/// <summary>What one -D or -U option does to the macro table.</summary>
public enum MacroActionKind
{
    Define,
    Undefine,
}

/// <summary>
/// One -D/-U option. For <c>-D NAME</c> <see cref="Value"/> is null (the macro becomes 1);
/// <c>-D NAME=VALUE</c> gives the text after '='. <see cref="Name"/> may include a parameter list
/// (<c>-D 'F(x)=x'</c>).
/// </summary>
public sealed record MacroAction(MacroActionKind Kind, string Name, string? Value = null)
{
    public static MacroAction Define(string name, string? value = null) => new(MacroActionKind.Define, name, value);

    public static MacroAction Undefine(string name) => new(MacroActionKind.Undefine, name);

    /// <summary>Parses the argument of -D as gcc does: <c>NAME</c> or <c>NAME=VALUE</c>.</summary>
    public static MacroAction ParseDefine(string argument)
    {
        var eq = argument.IndexOf('=');
        return eq < 0 ? Define(argument) : Define(argument[..eq], argument[(eq + 1)..]);
    }
}

/// <summary>
/// Options of the front end that come from the command line: include search paths, macro actions,
/// forced includes and the standard. Immutable; build with an object initializer, e.g.
/// <c>new FrontEndOptions { IncludePaths = ["inc"], MacroActions = [MacroAction.Define("NDEBUG")] }</c>.
/// </summary>
public sealed record FrontEndOptions
{
    /// <summary>-I directories, searched in order for both include forms.</summary>
    public ImmutableArray<string> IncludePaths { get; init; } = [];

    /// <summary>-iquote directories, searched only for <c>#include "..."</c> (before the -I paths).</summary>
    public ImmutableArray<string> QuoteIncludePaths { get; init; } = [];

    /// <summary>-isystem directories, searched after the -I paths.</summary>
    public ImmutableArray<string> SystemIncludePaths { get; init; } = [];

    /// <summary>-D and -U options in command-line order.</summary>
    public ImmutableArray<MacroAction> MacroActions { get; init; } = [];

    /// <summary>-include files, processed in order before the main file.</summary>
    public ImmutableArray<string> ForcedIncludes { get; init; } = [];

    public CStandard Standard { get; init; } = CStandard.Gnu17;

    /// <summary>
    /// -pedantic-errors: the constraint violations gcc only warns about by default (incompatible
    /// pointer assignment, a label before a declaration, …) become errors, as C17 5.1.1.3 allows.
    /// </summary>
    public bool PedanticErrors { get; init; }

    /// <summary>-nostdinc: do not search Altitude's embedded headers.</summary>
    public bool NoStandardIncludes { get; init; }

    /// <summary>Where included files are read from; the real file system unless a test supplies another.</summary>
    public IFileSystem FileSystem { get; init; } = PhysicalFileSystem.Instance;

    public static FrontEndOptions Default { get; } = new();

    public bool IsGnuStandard => Standard is CStandard.Gnu99 or CStandard.Gnu11 or CStandard.Gnu17;

    /// <summary>The value of <c>__STDC_VERSION__</c> for <see cref="Standard"/>.</summary>
    public string StdcVersion => Standard switch
    {
        CStandard.C99 or CStandard.Gnu99 => "199901L",
        CStandard.C11 or CStandard.Gnu11 => "201112L",
        _ => "201710L",
    };
}
