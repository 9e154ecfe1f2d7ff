using Altitude.Front;

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

/// <summary>The parsed `altitude cc` command line.</summary>
public sealed record CcArguments(
    CcMode Mode,
    IReadOnlyList<string> Files,
    string? Output,
    FrontEndOptions Options,
    bool NoLineMarkers = false,
    bool DumpMacros = false,
    bool TimeReport = false,
    int Repeat = 1);
