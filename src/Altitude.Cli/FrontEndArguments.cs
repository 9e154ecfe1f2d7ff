using System.CommandLine;
using Altitude.Front;

namespace Altitude.Cli;

/// <summary>
/// The front-end options every command that compiles C takes, as gcc spells them (-I, -D, -U,
/// -std, …): declared once, added to `cc` and `run`, and turned into <see cref="FrontEndOptions"/>.
/// </summary>
public sealed class FrontEndArguments
{
    private readonly Option<string[]> _include = new("-I") { HelpName = "dir", Description = "Add a directory to the include search path" };
    private readonly Option<string[]> _quote = new("-iquote") { HelpName = "dir", Description = "Add a directory searched for #include \"...\" only" };
    private readonly Option<string[]> _system = new("-isystem") { HelpName = "dir", Description = "Add a system include directory" };
    private readonly Option<string[]> _define = new("-D") { HelpName = "name[=value]", Description = "Define a macro: NAME or NAME=VALUE" };
    private readonly Option<string[]> _undefine = new("-U") { HelpName = "name", Description = "Undefine a macro" };
    private readonly Option<string[]> _forced = new("-include") { HelpName = "file", Description = "Include FILE before the source" };
    private readonly Option<string> _standard = new("-std") { HelpName = "standard", Description = "c99, c11, c17, gnu99, gnu11 or gnu17 (default gnu17)" };
    private readonly Option<bool> _pedanticErrors = new("-pedantic-errors") { Description = "Make every constraint violation an error, also those gcc only warns about" };
    private readonly Option<bool> _noStdInc = new("-nostdinc") { Description = "Do not search Altitude's own C library headers" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _include, _quote, _system, _define, _undefine, _forced, _standard, _pedanticErrors, _noStdInc })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The options the command line asked for; null after reporting a usage error.</summary>
    public FrontEndOptions? Build(ParseResult parse, TextWriter stderr)
    {
        var text = parse.GetValue(_standard);
        if (ParseStandard(text) is not { } standard)
        {
            stderr.WriteLine($"altitude: unsupported -std value '{text}' (use c99, c11, c17, gnu99, gnu11 or gnu17)");
            return null;
        }
        return new FrontEndOptions
        {
            IncludePaths = [.. parse.GetValue(_include) ?? []],
            QuoteIncludePaths = [.. parse.GetValue(_quote) ?? []],
            SystemIncludePaths = [.. parse.GetValue(_system) ?? []],
            MacroActions = [.. OrderedMacros(parse.Tokens.Select(t => t.Value).ToList())],
            ForcedIncludes = [.. parse.GetValue(_forced) ?? []],
            Standard = standard,
            PedanticErrors = parse.GetValue(_pedanticErrors),
            NoStandardIncludes = parse.GetValue(_noStdInc),
        };
    }

    /// <summary>-D and -U in command-line order (gcc applies them in order), in either spelling: -DX or -D X.</summary>
    private static List<MacroAction> OrderedMacros(IReadOnlyList<string> tokens)
    {
        var macros = new List<MacroAction>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token == "--") break; // the guest program's own arguments follow
            if (token.Length < 2 || token[0] != '-' || (token[1] != 'D' && token[1] != 'U')) continue;
            var text = token.Length > 2 ? token[2..] : (i + 1 < tokens.Count ? tokens[++i] : "");
            macros.Add(token[1] == 'U' ? MacroAction.Undefine(text) : MacroAction.ParseDefine(text));
        }
        return macros;
    }

    private static CStandard? ParseStandard(string? text) => text switch
    {
        null => CStandard.Gnu17,
        "c99" or "c9x" or "iso9899:1999" => CStandard.C99,
        "c11" or "c1x" or "iso9899:2011" => CStandard.C11,
        "c17" or "c18" or "iso9899:2017" or "iso9899:2018" => CStandard.C17,
        "gnu99" or "gnu9x" => CStandard.Gnu99,
        "gnu11" or "gnu1x" => CStandard.Gnu11,
        "gnu17" or "gnu18" => CStandard.Gnu17,
        _ => null,
    };
}
