namespace Altitude.Cli;

/// <summary>What `altitude cc` should do with its inputs.</summary>
public enum CcMode
{
    /// <summary>-E: print the preprocessed text.</summary>
    Preprocess,
    /// <summary>-fsyntax-only: check the program, write nothing.</summary>
    SyntaxOnly,
    /// <summary>-S: write sexpcode text.</summary>
    Assemble,
    /// <summary>-c: write sexpcode text to file.sexp (for build systems).</summary>
    CompileOnly,
}

/// <summary>One -D or -U on the command line; their order matters, as in gcc.</summary>
public sealed record MacroArgument(bool Define, string Name, string? Value);

/// <summary>The parsed `altitude cc` command line.</summary>
public sealed record CcArguments(
    CcMode Mode,
    IReadOnlyList<string> Files,
    string? Output,
    IReadOnlyList<string> IncludePaths,
    IReadOnlyList<string> QuotePaths,
    IReadOnlyList<string> SystemPaths,
    IReadOnlyList<MacroArgument> Macros,
    IReadOnlyList<string> ForcedIncludes,
    string? Standard,
    bool PedanticErrors = false,
    bool NoLineMarkers = false,
    bool DumpMacros = false,
    bool NoStandardIncludes = false,
    bool TimeReport = false,
    int Repeat = 1);
