using System.Text;
using Altitude.Diagnostics;
using Altitude.Front.Lexing;
using Altitude.Text;

namespace Altitude.Front.Preprocessing;

/// <summary>A #pragma (or _Pragma) the preprocessor does not consume itself: passed on to later phases and to -E output.</summary>
/// <param name="TokenIndex">Index in the output token list of the first token after the pragma.</param>
/// <param name="Location">Where the pragma was written.</param>
/// <param name="Text">The pragma's tokens after the word <c>pragma</c>, spelled with single spaces.</param>
public sealed record PragmaDirective(int TokenIndex, SourceLocation Location, string Text);

/// <summary>
/// A change of the presumed file or line before output token <see cref="TokenIndex"/>, as -E writes it:
/// <c># Line "File" Flag</c>. Flag 1 enters an included file, 2 returns to the includer, 0 is a plain
/// move (the start of the main file, or #line).
/// </summary>
public sealed record LineMarker(int TokenIndex, string File, int Line, int Flag);

/// <summary>
/// Translation phase 4 (C17 5.1.1.2, 6.10): runs directives, includes files and expands macros,
/// producing the token list the parser reads. One instance preprocesses one translation unit.
/// Errors go to the <see cref="DiagnosticBag"/>; those after which it cannot go on (a missing
/// include, #error, a limit) throw <see cref="FatalDiagnosticException"/>, not added to the bag.
/// </summary>
public sealed partial class Preprocessor
{
    public const int MaxIncludeDepth = 200;
    public const int MaxExpansionDepth = 1000;
    public const int DefaultMaxOutputTokens = 20_000_000;
    public const long DefaultMaxProducedTokens = 500_000_000;

    private const string EmbeddedPrefix = "<altitude>";
    private const string ResourcePrefix = "altitude-include/";
    private static readonly Lazy<HashSet<string>> EmbeddedNames =
        new(() => new HashSet<string>(typeof(Preprocessor).Assembly.GetManifestResourceNames(), StringComparer.Ordinal));

    private readonly FrontEndOptions _options;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, Macro> _macros = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Stack<Macro?>> _pushedMacros = new(StringComparer.Ordinal);
    private readonly List<FileState> _files = [];
    private readonly Dictionary<string, (SourceFile File, List<Token> Tokens)> _fileCache = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pragmaOnce = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _includeGuards = new(StringComparer.Ordinal);
    private readonly List<PragmaDirective> _pragmas = [];
    private readonly List<LineMarker> _lineMarkers = [];
    private readonly List<string> _includedFiles = [];
    // Search chain: -iquote, -I, -isystem, then the embedded headers. Angle includes start at _angleStart.
    private readonly List<string> _searchDirs = [];
    private readonly int _angleStart;
    private readonly DateTime _now = DateTime.Now;
    private List<Token> _output = [];
    private string _baseFile = "";
    private int _counter;
    private long _producedTokens;

    public Preprocessor(FrontEndOptions options, DiagnosticBag diagnostics)
    {
        _options = options;
        _diagnostics = diagnostics;
        _searchDirs.AddRange(options.QuoteIncludePaths);
        _angleStart = _searchDirs.Count;
        _searchDirs.AddRange(options.IncludePaths);
        _searchDirs.AddRange(options.SystemIncludePaths);
        if (!options.NoStandardIncludes) _searchDirs.Add(EmbeddedPrefix);
        DefineBuiltinMacros();
    }

    /// <summary>Cap on the length of any token list the preprocessor builds (memory guard against exponential macros).</summary>
    public int MaxOutputTokens { get; init; } = DefaultMaxOutputTokens;

    /// <summary>Cap on the tokens all macro replacements together may produce, rescans included (time guard).</summary>
    public long MaxProducedTokens { get; init; } = DefaultMaxProducedTokens;

    /// <summary>Pragmas passed on (not handled by the preprocessor), in order, with their position in the output.</summary>
    public IReadOnlyList<PragmaDirective> Pragmas => _pragmas;

    /// <summary>Where the output moves between files and lines (for -E output), in order.</summary>
    public IReadOnlyList<LineMarker> LineMarkers => _lineMarkers;

    /// <summary>Paths of every file entered by #include (in order, with repeats), for dependency output.</summary>
    public IReadOnlyList<string> IncludedFiles => _includedFiles;

    /// <summary>
    /// The macros defined now (after <see cref="Preprocess"/>: at the end of the translation unit) as
    /// <c>#define</c> lines sorted by name, like <c>gcc -dM -E</c>; the builtin ones (__FILE__ ...) are left out.
    /// </summary>
    public List<string> MacroDefinitions()
    {
        var lines = new List<string>(_macros.Count);
        foreach (var macro in _macros.Values)
        {
            if (macro.Builtin != BuiltinMacro.None) continue;
            var sb = new StringBuilder("#define ").Append(macro.Name);
            if (macro.IsFunctionLike)
            {
                sb.Append('(');
                for (var i = 0; i < macro.Parameters.Length; i++)
                {
                    if (i > 0) sb.Append(',');
                    var last = i == macro.Parameters.Length - 1;
                    if (last && macro.IsVariadic) sb.Append(macro.Parameters[i] == "__VA_ARGS__" ? "..." : macro.Parameters[i] + "...");
                    else sb.Append(macro.Parameters[i]);
                }
                sb.Append(')');
            }
            for (var i = 0; i < macro.Body.Length; i++)
            {
                if (i == 0 || macro.Body[i].LeadingSpace) sb.Append(' ');
                sb.Append(macro.Body[i].Text);
            }
            if (macro.Body.Length == 0) sb.Append(' ');
            lines.Add(sb.ToString());
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>Convenience: preprocesses one file with a fresh preprocessor.</summary>
    public static List<Token> Run(SourceFile mainFile, FrontEndOptions options, DiagnosticBag diagnostics) =>
        new Preprocessor(options, diagnostics).Preprocess(mainFile);

    /// <summary>Reads <paramref name="path"/> through the options' file system and preprocesses it.</summary>
    public List<Token> PreprocessFile(string path)
    {
        if (!_options.FileSystem.FileExists(path))
        {
            throw new FatalDiagnosticException(PreprocessorErrors.IncludeNotFound.At(SourceLocation.None, path));
        }
        return Preprocess(Load(path, SourceLocation.None).File);
    }

    /// <summary>Preprocesses a translation unit; the result ends with one <see cref="TokenKind.EndOfFile"/> token.</summary>
    public List<Token> Preprocess(SourceFile mainFile)
    {
        _baseFile = mainFile.Path;
        List<Token> mainTokens;
        if (_fileCache.TryGetValue(mainFile.Path, out var cached) && ReferenceEquals(cached.File, mainFile))
        {
            mainTokens = cached.Tokens;
        }
        else
        {
            mainTokens = Lexer.Tokenize(mainFile, _diagnostics);
            _fileCache[mainFile.Path] = (mainFile, mainTokens);
        }
        _files.Add(new FileState(mainFile, mainTokens, DirectoryOf(mainFile.Path), -1, 0));
        var commandLine = new SourceFile("<command-line>", CommandLineText());
        _files.Add(new FileState(commandLine, Lexer.Tokenize(commandLine, _diagnostics), "", -1, 0) { IsCommandLine = true });
        _lineMarkers.Add(new LineMarker(0, mainFile.Path, 1, 0));
        _output = new List<Token>(Math.Max(16, mainFile.Text.Length / 5));
        var stream = new TokenStream(this);
        var end = ExpandInto(stream, _output, 0, inIf: false);
        _output.Add(end);
        return _output;
    }

    // The standard-dependent macros, -D/-U in order, and -include files, as a pseudo source file.
    private string CommandLineText()
    {
        var sb = new StringBuilder();
        sb.Append("#define __STDC_VERSION__ ").Append(_options.StdcVersion).Append('\n');
        if (_options.IsGnuStandard) sb.Append("#define linux 1\n#define unix 1\n");
        else sb.Append("#define __STRICT_ANSI__ 1\n");
        foreach (var action in _options.MacroActions)
        {
            if (action.Kind == MacroActionKind.Undefine)
            {
                sb.Append("#undef ").Append(action.Name).Append('\n');
            }
            else
            {
                // gcc stops a -D value at its first newline.
                var value = action.Value ?? "1";
                var newline = value.IndexOf('\n');
                if (newline >= 0) value = value[..newline];
                sb.Append("#define ").Append(action.Name).Append(' ').Append(value).Append('\n');
            }
        }
        foreach (var include in _options.ForcedIncludes)
        {
            sb.Append("#include \"").Append(include).Append("\"\n");
        }
        return sb.ToString();
    }

    private void DefineBuiltinMacros()
    {
        var predefined = new SourceFile("<built-in>", PredefinedMacros.Text);
        var tokens = Lexer.Tokenize(predefined, _diagnostics);
        var i = 0;
        while (tokens[i].Kind != TokenKind.EndOfFile)
        {
            var end = LineEnd(tokens, i);
            // Every line is "#define NAME BODY".
            DefineMacro(tokens, i + 2, end, tokens[i]);
            i = end;
        }
        void Builtin(string name, BuiltinMacro kind) =>
            _macros[name] = new Macro { Name = name, Builtin = kind, Location = new SourceLocation("<built-in>", 0, 0, 0) };
        Builtin("__FILE__", BuiltinMacro.File);
        Builtin("__LINE__", BuiltinMacro.Line);
        Builtin("__DATE__", BuiltinMacro.Date);
        Builtin("__TIME__", BuiltinMacro.Time);
        Builtin("__TIMESTAMP__", BuiltinMacro.Timestamp);
        Builtin("__COUNTER__", BuiltinMacro.Counter);
        Builtin("__INCLUDE_LEVEL__", BuiltinMacro.IncludeLevel);
        Builtin("__BASE_FILE__", BuiltinMacro.BaseFile);
        Builtin("__has_include", BuiltinMacro.HasInclude);
        Builtin("__has_include_next", BuiltinMacro.HasIncludeNext);
        Builtin("__has_attribute", BuiltinMacro.HasAttribute);
        Builtin("__has_cpp_attribute", BuiltinMacro.HasCAttribute);
        Builtin("__has_c_attribute", BuiltinMacro.HasCAttribute);
        Builtin("__has_builtin", BuiltinMacro.HasBuiltin);
        Builtin("__has_feature", BuiltinMacro.HasFeature);
        Builtin("__has_extension", BuiltinMacro.HasExtension);
        Builtin("__has_warning", BuiltinMacro.HasWarning);
        Builtin("_Pragma", BuiltinMacro.Pragma);
    }

    // ---- Files -------------------------------------------------------------------------------

    /// <summary>One file being read: its tokens, position, open conditionals and #line state.</summary>
    private sealed class FileState(SourceFile source, List<Token> tokens, string directory, int foundIndex, int level)
    {
        public SourceFile Source { get; } = source;
        public List<Token> Tokens { get; } = tokens;
        public string Directory { get; } = directory;
        /// <summary>Index in the search chain where the file was found (-1: not via the chain), for #include_next.</summary>
        public int FoundIndex { get; } = foundIndex;
        public int IncludeLevel { get; } = level;
        /// <summary>The pseudo file holding the command-line definitions and -include directives.</summary>
        public bool IsCommandLine { get; init; }
        /// <summary>The includer's line after the #include, where -E output resumes.</summary>
        public int ReturnLine { get; init; }
        public int Index;
        public readonly List<Conditional> Conditionals = [];
        public int LineDelta;
        public string? PresumedName;
        public bool Adjusted;
        public string? GuardMacro;
        public int GuardEnd = -1;
    }

    /// <summary>One open #if group.</summary>
    private sealed class Conditional(SourceLocation location, string directive, bool taken)
    {
        public SourceLocation Location { get; } = location;
        public string Directive { get; } = directive;
        public bool Taken = taken;
        public bool SeenElse;
        public bool IsGuard;
    }

    private FileState Current => _files[^1];

    /// <summary>The next token of the source files after directives and skipped groups; EndOfFile at the end of the main file.</summary>
    internal Token NextFromFiles()
    {
        while (true)
        {
            var file = _files[^1];
            var token = file.Tokens[file.Index];
            if (token.Kind == TokenKind.EndOfFile)
            {
                FinishFile(file);
                if (_files.Count == 1) return file.Adjusted ? Adjust(file, token) : token;
                _files.RemoveAt(_files.Count - 1);
                var parent = _files[^1];
                // Back from the command line to the main file: a marker only if forced includes came between.
                if (file.IsCommandLine)
                {
                    if (_lineMarkers.Count > 1) _lineMarkers.Add(new LineMarker(_output.Count, parent.Source.Path, 1, 0));
                }
                else if (!parent.IsCommandLine)
                {
                    _lineMarkers.Add(new LineMarker(_output.Count, parent.PresumedName ?? parent.Source.Path, file.ReturnLine, 2));
                }
                continue;
            }
            if (token.Kind == TokenKind.Hash && token.StartOfLine)
            {
                HandleDirective(file);
                continue;
            }
            file.Index++;
            return file.Adjusted ? Adjust(file, token) : token;
        }
    }

    private void FinishFile(FileState file)
    {
        foreach (var open in file.Conditionals)
        {
            _diagnostics.Report(PreprocessorErrors.UnterminatedConditional, open.Location, open.Directive);
        }
        file.Conditionals.Clear();
        if (file.GuardMacro is not null && file.GuardEnd == file.Index)
        {
            _includeGuards[file.Source.Path] = file.GuardMacro;
        }
        file.GuardMacro = null;
    }

    private static Token Adjust(FileState file, Token token)
    {
        var loc = token.Location;
        return token with { Location = new SourceLocation(file.PresumedName ?? loc.File, loc.Line + file.LineDelta, loc.Column, loc.Offset) };
    }

    private SourceLocation Loc(Token token)
    {
        var file = _files.Count > 0 ? Current : null;
        if (file is null || !file.Adjusted || token.ExpandedFrom is not null || token.Location.File != file.Source.Path) return token.Location;
        return Adjust(file, token).Location;
    }

    /// <summary>Index of the first token of the next logical line (or of EndOfFile).</summary>
    private static int LineEnd(List<Token> tokens, int index)
    {
        var i = index + 1;
        while (tokens[i].Kind != TokenKind.EndOfFile && !tokens[i].StartOfLine) i++;
        return i;
    }

    private static string DirectoryOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : slash == 0 ? "/" : path[..slash];
    }

    private static string Combine(string directory, string name) =>
        NormalizePath(directory.Length == 0 ? name : directory.EndsWith('/') ? directory + name : directory + "/" + name);

    // "a/./b.h" and "a/x/../b.h" name the same file as "a/b.h"; #pragma once and guards key on the path.
    private static string NormalizePath(string path)
    {
        if (!path.Contains("./", StringComparison.Ordinal) && !path.Contains("//", StringComparison.Ordinal)) return path;
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part == "." || part.Length == 0) continue;
            if (part == ".." && parts.Count > 0 && parts[^1] != ".." && parts[^1] != EmbeddedPrefix) parts.RemoveAt(parts.Count - 1);
            else parts.Add(part);
        }
        var joined = string.Join('/', parts);
        return path.StartsWith('/') ? "/" + joined : joined;
    }

    private bool Exists(string path)
    {
        if (path.StartsWith(EmbeddedPrefix + "/", StringComparison.Ordinal))
        {
            return EmbeddedNames.Value.Contains(ResourcePrefix + path[(EmbeddedPrefix.Length + 1)..]);
        }
        return _options.FileSystem.FileExists(path);
    }

    private string ReadText(string path)
    {
        if (path.StartsWith(EmbeddedPrefix + "/", StringComparison.Ordinal))
        {
            using var stream = typeof(Preprocessor).Assembly.GetManifestResourceStream(ResourcePrefix + path[(EmbeddedPrefix.Length + 1)..]);
            if (stream is null) return "";
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
        return _options.FileSystem.ReadAllText(path);
    }

    /// <summary>Finds an included file (C17 6.10.2p2-3 with gcc's search order). Returns null if not found.</summary>
    private (string Path, int FoundIndex)? FindInclude(string name, bool angled, bool next, FileState from)
    {
        if (name.StartsWith('/')) return Exists(name) ? (name, -1) : null;
        int start;
        if (next && from.FoundIndex >= 0)
        {
            start = from.FoundIndex + 1;
        }
        else
        {
            if (!angled)
            {
                var local = Combine(from.Directory, name);
                if (Exists(local)) return (local, -1);
            }
            start = angled ? _angleStart : 0;
        }
        for (var i = start; i < _searchDirs.Count; i++)
        {
            var candidate = Combine(_searchDirs[i], name);
            if (Exists(candidate)) return (candidate, i);
        }
        return null;
    }

    private (SourceFile File, List<Token> Tokens) Load(string path, SourceLocation where)
    {
        if (_fileCache.TryGetValue(path, out var cached)) return cached;
        string text;
        try
        {
            text = ReadText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FatalDiagnosticException(PreprocessorErrors.UnreadableFile.At(where, path, e.Message));
        }
        var file = new SourceFile(path, text);
        var entry = (file, Lexer.Tokenize(file, _diagnostics));
        _fileCache[path] = entry;
        return entry;
    }
}
