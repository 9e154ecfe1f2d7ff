using System.Globalization;
using System.Reflection;
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
        return slash < 0 ? "" : path[..slash];
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

    // ---- Directives (C17 6.10) -------------------------------------------------------------

    private void HandleDirective(FileState file)
    {
        var tokens = file.Tokens;
        var hashIndex = file.Index;
        var hash = tokens[hashIndex];
        var start = hashIndex + 1;
        var end = LineEnd(tokens, hashIndex);
        file.Index = end;
        // The null directive (6.10.7).
        if (start == end) return;
        var name = tokens[start];
        if (name.Kind == TokenKind.PpNumber)
        {
            // GNU line marker "# 12 "file" flags", as -E output contains.
            LineDirective(file, tokens, start, end, hash);
            return;
        }
        if (name.Kind != TokenKind.Identifier)
        {
            _diagnostics.Report(PreprocessorErrors.UnknownDirective, Loc(name), name.Text);
            return;
        }
        switch (name.Text)
        {
            case "define":
                DefineMacro(tokens, start + 1, end, hash);
                break;
            case "undef":
                Undefine(tokens, start + 1, end, hash);
                break;
            case "include":
                Include(file, tokens, start + 1, end, hash, "include", next: false);
                break;
            case "include_next":
                Include(file, tokens, start + 1, end, hash, "include_next", next: true);
                break;
            case "import":
                Include(file, tokens, start + 1, end, hash, "import", next: false, once: true);
                break;
            case "if":
                OpenConditional(file, hash, "if", EvaluateCondition(tokens, start + 1, end, name));
                break;
            case "ifdef":
            case "ifndef":
                {
                    var defined = IsDefinedDirective(tokens, start + 1, end, name);
                    var taken = defined is not null && (name.Text == "ifdef" ? defined.Value : !defined.Value);
                    var frame = OpenConditional(file, hash, name.Text, taken);
                    if (name.Text == "ifndef" && hashIndex == 0 && file.Conditionals.Count == 1 && defined is not null && frame is not null)
                    {
                        frame.IsGuard = true;
                        file.GuardMacro = tokens[start + 1].Text;
                    }
                    break;
                }
            case "elif":
            case "elifdef":
            case "elifndef":
            case "else":
                {
                    if (file.Conditionals.Count == 0)
                    {
                        _diagnostics.Report(PreprocessorErrors.ConditionalWithoutIf, Loc(name), name.Text);
                        break;
                    }
                    var frame = file.Conditionals[^1];
                    if (frame.SeenElse) _diagnostics.Report(PreprocessorErrors.ConditionalAfterElse, Loc(name), name.Text);
                    if (name.Text == "else")
                    {
                        frame.SeenElse = true;
                        ExtraTokens(tokens, start + 1, end, "else");
                    }
                    if (frame.IsGuard) file.GuardMacro = null;
                    // The group before was live, so every later group of this conditional is skipped.
                    frame.Taken = true;
                    SkipGroup(file, frame);
                    break;
                }
            case "endif":
                if (file.Conditionals.Count == 0)
                {
                    _diagnostics.Report(PreprocessorErrors.ConditionalWithoutIf, Loc(name), "endif");
                    break;
                }
                ExtraTokens(tokens, start + 1, end, "endif");
                CloseConditional(file, end);
                break;
            case "line":
                LineDirective(file, tokens, start + 1, end, hash);
                break;
            case "error":
                throw new FatalDiagnosticException(PreprocessorErrors.ErrorDirective.At(Loc(hash), Spell(tokens, start + 1, end)));
            case "warning":
                _diagnostics.Report(PreprocessorErrors.WarningDirective, Loc(hash), Spell(tokens, start + 1, end));
                break;
            case "pragma":
                Pragma(tokens.GetRange(start + 1, end - start - 1), Loc(hash));
                break;
            case "ident":
            case "sccs":
            case "assert":
            case "unassert":
                // Obsolete GNU directives with no effect on the program.
                break;
            default:
                _diagnostics.Report(PreprocessorErrors.UnknownDirective, Loc(name), name.Text);
                break;
        }
    }

    /// <summary>The tokens of a range spelled with single spaces where there was whitespace.</summary>
    private static string Spell(List<Token> tokens, int start, int end)
    {
        var sb = new StringBuilder();
        for (var i = start; i < end; i++)
        {
            if (i > start && (tokens[i].LeadingSpace || tokens[i].StartOfLine)) sb.Append(' ');
            sb.Append(tokens[i].Text);
        }
        return sb.ToString();
    }

    private void ExtraTokens(List<Token> tokens, int index, int end, string directive)
    {
        if (index < end) _diagnostics.Report(PreprocessorErrors.ExtraTokens, Loc(tokens[index]), directive);
    }

    // 6.10.3: # define identifier [ ( identifier-list ) ] replacement-list
    private void DefineMacro(List<Token> tokens, int start, int end, Token hash)
    {
        if (start >= end || tokens[start].Kind != TokenKind.Identifier)
        {
            _diagnostics.Report(PreprocessorErrors.MacroNameMissing, start < end ? Loc(tokens[start]) : Loc(hash));
            return;
        }
        var nameToken = tokens[start];
        var name = nameToken.Text;
        if (name == "defined")
        {
            _diagnostics.Report(PreprocessorErrors.DefineDefined, Loc(nameToken));
            return;
        }
        var i = start + 1;
        var functionLike = i < end && tokens[i].Kind == TokenKind.LeftParen && !tokens[i].LeadingSpace;
        var parameters = new List<string>();
        var variadic = false;
        if (functionLike)
        {
            i++;
            if (i < end && tokens[i].Kind == TokenKind.RightParen)
            {
                i++;
            }
            else
            {
                while (true)
                {
                    if (i >= end)
                    {
                        _diagnostics.Report(PreprocessorErrors.MissingParamParen, Loc(tokens[end - 1]));
                        return;
                    }
                    var t = tokens[i++];
                    if (t.Kind == TokenKind.Ellipsis)
                    {
                        variadic = true;
                        parameters.Add("__VA_ARGS__");
                    }
                    else if (t.Kind == TokenKind.Identifier)
                    {
                        if (parameters.Contains(t.Text) || t.Text == "__VA_ARGS__")
                        {
                            _diagnostics.Report(PreprocessorErrors.DuplicateParameter, Loc(t), t.Text);
                            return;
                        }
                        parameters.Add(t.Text);
                        // GNU named variadic parameter: args...
                        if (i < end && tokens[i].Kind == TokenKind.Ellipsis)
                        {
                            variadic = true;
                            i++;
                        }
                    }
                    else
                    {
                        _diagnostics.Report(PreprocessorErrors.BadParameter, Loc(t), t.Text);
                        return;
                    }
                    if (i < end && tokens[i].Kind == TokenKind.RightParen)
                    {
                        i++;
                        break;
                    }
                    if (variadic || i >= end || tokens[i].Kind != TokenKind.Comma)
                    {
                        _diagnostics.Report(PreprocessorErrors.MissingParamParen, Loc(tokens[Math.Min(i, end - 1)]));
                        return;
                    }
                    i++;
                }
            }
        }

        var body = tokens.GetRange(i, end - i).ToArray();
        if (body.Length > 0 && body[0].StartOfLine) body[0] = body[0] with { StartOfLine = false };
        var index = new int[body.Length];
        var simple = true;
        for (var k = 0; k < body.Length; k++)
        {
            index[k] = Macro.NotAParameter;
            var t = body[k];
            if (t.Kind == TokenKind.HashHash)
            {
                simple = false;
                if (k == 0 || k == body.Length - 1)
                {
                    _diagnostics.Report(PreprocessorErrors.HashHashAtEdge, Loc(t));
                    return;
                }
            }
            if (t.Kind != TokenKind.Identifier) continue;
            if (functionLike)
            {
                var p = parameters.IndexOf(t.Text);
                if (p >= 0 && (t.Text != "__VA_ARGS__" || variadic))
                {
                    index[k] = p;
                    simple = false;
                    continue;
                }
                if (t.Text == "__VA_OPT__" && variadic)
                {
                    if (k + 1 >= body.Length || body[k + 1].Kind != TokenKind.LeftParen || MatchParen(body, k + 1) < 0)
                    {
                        _diagnostics.Report(PreprocessorErrors.VaOptSyntax, Loc(t));
                        return;
                    }
                    index[k] = Macro.VaOpt;
                    simple = false;
                    continue;
                }
            }
            if (t.Text == "__VA_ARGS__") _diagnostics.Report(PreprocessorErrors.VaArgsOutsideVariadic, Loc(t));
        }
        if (functionLike)
        {
            for (var k = 0; k < body.Length; k++)
            {
                if (body[k].Kind == TokenKind.Hash && (k + 1 >= body.Length || index[k + 1] == Macro.NotAParameter))
                {
                    _diagnostics.Report(PreprocessorErrors.HashWithoutParameter, Loc(body[k]));
                    return;
                }
            }
        }

        var macro = new Macro
        {
            Name = name,
            Location = Loc(nameToken),
            IsFunctionLike = functionLike,
            IsVariadic = variadic,
            Parameters = parameters.ToArray(),
            Body = body,
            ParameterIndex = index,
            IsSimpleBody = simple,
        };
        if (_macros.TryGetValue(name, out var existing) && !existing.SameDefinitionAs(macro))
        {
            _diagnostics.Report(PreprocessorErrors.MacroRedefined, Loc(nameToken), name);
        }
        _macros[name] = macro;
    }

    /// <summary>Index of the ')' matching the '(' at <paramref name="open"/>, or -1.</summary>
    private static int MatchParen(Token[] body, int open)
    {
        var depth = 0;
        for (var k = open; k < body.Length; k++)
        {
            if (body[k].Kind == TokenKind.LeftParen) depth++;
            else if (body[k].Kind == TokenKind.RightParen && --depth == 0) return k;
        }
        return -1;
    }

    // 6.10.3.5: # undef identifier
    private void Undefine(List<Token> tokens, int start, int end, Token hash)
    {
        if (start >= end || tokens[start].Kind != TokenKind.Identifier)
        {
            _diagnostics.Report(PreprocessorErrors.MacroNameMissing, start < end ? Loc(tokens[start]) : Loc(hash));
            return;
        }
        var name = tokens[start].Text;
        if (name == "defined")
        {
            _diagnostics.Report(PreprocessorErrors.DefineDefined, Loc(tokens[start]));
            return;
        }
        if (_macros.TryGetValue(name, out var macro) && macro.Builtin != BuiltinMacro.None)
        {
            _diagnostics.Report(PreprocessorErrors.UndefBuiltin, Loc(tokens[start]), name);
        }
        _macros.Remove(name);
        ExtraTokens(tokens, start + 1, end, "undef");
    }

    // 6.10.2: # include pp-tokens
    private void Include(FileState file, List<Token> tokens, int start, int end, Token hash, string directive, bool next, bool once = false)
    {
        var header = HeaderName(file, tokens, start, end, directive);
        if (header is null) return;
        var (name, angled, where) = header.Value;
        if (next && ReferenceEquals(file, _files[0]))
        {
            _diagnostics.Report(PreprocessorErrors.IncludeNextInPrimary, Loc(hash));
        }
        if (file.IncludeLevel >= MaxIncludeDepth)
        {
            throw new FatalDiagnosticException(PreprocessorErrors.IncludeDepth.At(Loc(hash), MaxIncludeDepth));
        }
        var found = FindInclude(name, angled, next, file);
        if (found is null)
        {
            throw new FatalDiagnosticException(PreprocessorErrors.IncludeNotFound.At(where, name));
        }
        var (path, foundIndex) = found.Value;
        if (_pragmaOnce.Contains(path)) return;
        if (_includeGuards.TryGetValue(path, out var guard) && _macros.ContainsKey(guard)) return;
        if (once) _pragmaOnce.Add(path);
        var (source, fileTokens) = Load(path, where);
        _includedFiles.Add(path);
        var returnLine = tokens[end - 1].Location.Line + 1 + file.LineDelta;
        _files.Add(new FileState(source, fileTokens, DirectoryOf(path), foundIndex, file.IncludeLevel + 1) { ReturnLine = returnLine });
        _lineMarkers.Add(new LineMarker(_output.Count, path, 1, 1));
    }

    /// <summary>The header name of an #include line (C17 6.10.2p2-4, including the macro-expanded form).</summary>
    private (string Name, bool Angled, SourceLocation Where)? HeaderName(FileState file, List<Token> tokens, int start, int end, string directive)
    {
        if (start < end)
        {
            var first = tokens[start];
            if (first.Kind == TokenKind.StringLiteral && first.Text.StartsWith('"'))
            {
                ExtraTokens(tokens, start + 1, end, directive);
                return (first.Text[1..^1], false, Loc(first));
            }
            if (first.Kind == TokenKind.Less)
            {
                // Spelled in the source: take the characters up to '>' as written (C17 6.4.7).
                var text = file.Source.Text;
                var from = first.Location.Offset + 1;
                var close = from;
                while (close < text.Length && text[close] != '>' && text[close] != '\n') close++;
                if (close < text.Length && text[close] == '>')
                {
                    var k = start + 1;
                    while (k < end && tokens[k].Location.Offset <= close) k++;
                    ExtraTokens(tokens, k, end, directive);
                    return (text[from..close], true, Loc(first));
                }
            }
            var expanded = ExpandList(tokens.GetRange(start, end - start), 0, inIf: false);
            var header = HeaderNameFromTokens(expanded, 0, expanded.Count, out _);
            if (header is not null) return (header.Value.Name, header.Value.Angled, Loc(first));
        }
        _diagnostics.Report(PreprocessorErrors.IncludeSyntax, start < end ? Loc(tokens[start]) : Loc(tokens[start - 1]), directive);
        return null;
    }

    /// <summary>A header name from already-lexed tokens: a string literal, or the spellings between '&lt;' and '&gt;'.</summary>
    private static (string Name, bool Angled)? HeaderNameFromTokens(List<Token> tokens, int start, int end, out int next)
    {
        next = start;
        if (start >= end) return null;
        var first = tokens[start];
        if (first.Kind == TokenKind.StringLiteral && first.Text.StartsWith('"'))
        {
            next = start + 1;
            return (first.Text[1..^1], false);
        }
        if (first.Kind != TokenKind.Less) return null;
        var sb = new StringBuilder();
        for (var k = start + 1; k < end; k++)
        {
            if (tokens[k].Kind == TokenKind.Greater)
            {
                next = k + 1;
                return (sb.ToString(), true);
            }
            if (k > start + 1 && tokens[k].LeadingSpace) sb.Append(' ');
            sb.Append(tokens[k].Text);
        }
        return null;
    }

    // 6.10.4: # line digit-sequence [ "s-char-sequence" ]
    private void LineDirective(FileState file, List<Token> tokens, int start, int end, Token hash)
    {
        var line = tokens.GetRange(start, end - start);
        if (line.Count > 0 && line[0].Kind != TokenKind.PpNumber) line = ExpandList(line, 0, inIf: false);
        if (line.Count == 0 || line[0].Kind != TokenKind.PpNumber || !line[0].Text.All(char.IsAsciiDigit)
            || !int.TryParse(line[0].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            _diagnostics.Report(PreprocessorErrors.LineSyntax, line.Count > 0 ? Loc(line[0]) : Loc(hash), line.Count > 0 ? line[0].Text : "");
            return;
        }
        var lastPhysicalLine = tokens[end - 1].Location.Line;
        file.LineDelta = number - (lastPhysicalLine + 1);
        if (line.Count > 1 && line[1].Kind == TokenKind.StringLiteral && line[1].Text.StartsWith('"'))
        {
            file.PresumedName = Unescape(line[1].Text[1..^1]);
        }
        file.Adjusted = file.LineDelta != 0 || file.PresumedName is not null;
        _lineMarkers.Add(new LineMarker(_output.Count, file.PresumedName ?? file.Source.Path, number, 0));
    }

    private static string Unescape(string text)
    {
        if (!text.Contains('\\')) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length) i++;
            sb.Append(text[i]);
        }
        return sb.ToString();
    }

    // ---- Conditional inclusion (6.10.1) -----------------------------------------------------

    private Conditional? OpenConditional(FileState file, Token hash, string directive, bool taken)
    {
        var frame = new Conditional(Loc(hash), directive, taken);
        file.Conditionals.Add(frame);
        if (!taken) SkipGroup(file, frame);
        return frame;
    }

    private void CloseConditional(FileState file, int end)
    {
        var frame = file.Conditionals[^1];
        file.Conditionals.RemoveAt(file.Conditionals.Count - 1);
        if (frame.IsGuard) file.GuardEnd = end;
    }

    /// <summary>
    /// Skips the tokens of a group not taken, up to the #elif/#else that starts a taken group or the
    /// matching #endif. Nothing in a skipped group is interpreted except conditional directives' names.
    /// </summary>
    private void SkipGroup(FileState file, Conditional frame)
    {
        var tokens = file.Tokens;
        var i = file.Index;
        var depth = 0;
        while (true)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.EndOfFile)
            {
                file.Index = i;
                return;
            }
            if (t.Kind == TokenKind.Hash && t.StartOfLine)
            {
                var n = tokens[i + 1];
                if (!n.StartOfLine && n.Kind == TokenKind.Identifier)
                {
                    switch (n.Text)
                    {
                        case "if":
                        case "ifdef":
                        case "ifndef":
                            depth++;
                            break;
                        case "endif":
                            if (depth > 0)
                            {
                                depth--;
                                break;
                            }
                            file.Index = LineEnd(tokens, i);
                            ExtraTokens(tokens, i + 2, file.Index, "endif");
                            CloseConditional(file, file.Index);
                            return;
                        case "elif":
                        case "elifdef":
                        case "elifndef":
                            if (depth > 0) break;
                            if (frame.SeenElse)
                            {
                                _diagnostics.Report(PreprocessorErrors.ConditionalAfterElse, Loc(n), n.Text);
                                break;
                            }
                            if (frame.IsGuard) file.GuardMacro = null;
                            if (!frame.Taken)
                            {
                                var end = LineEnd(tokens, i);
                                bool taken;
                                if (n.Text == "elif")
                                {
                                    taken = EvaluateCondition(tokens, i + 2, end, n);
                                }
                                else
                                {
                                    var defined = IsDefinedDirective(tokens, i + 2, end, n);
                                    taken = defined is not null && (n.Text == "elifdef" ? defined.Value : !defined.Value);
                                }
                                if (taken)
                                {
                                    frame.Taken = true;
                                    file.Index = end;
                                    return;
                                }
                                i = end;
                                continue;
                            }
                            break;
                        case "else":
                            if (depth > 0) break;
                            if (frame.SeenElse)
                            {
                                _diagnostics.Report(PreprocessorErrors.ConditionalAfterElse, Loc(n), "else");
                                break;
                            }
                            frame.SeenElse = true;
                            ExtraTokens(tokens, i + 2, LineEnd(tokens, i), "else");
                            if (frame.IsGuard) file.GuardMacro = null;
                            if (!frame.Taken)
                            {
                                frame.Taken = true;
                                file.Index = LineEnd(tokens, i);
                                return;
                            }
                            break;
                    }
                }
            }
            i++;
        }
    }

    /// <summary>For #ifdef/#ifndef/#elifdef: whether the named macro is defined; null after an error.</summary>
    private bool? IsDefinedDirective(List<Token> tokens, int start, int end, Token directive)
    {
        if (start >= end || tokens[start].Kind != TokenKind.Identifier)
        {
            _diagnostics.Report(PreprocessorErrors.NoMacroName, start < end ? Loc(tokens[start]) : Loc(directive), directive.Text);
            return null;
        }
        ExtraTokens(tokens, start + 1, end, directive.Text);
        return _macros.ContainsKey(tokens[start].Text);
    }

    // 6.10.1p4: macro-expand the line (defined handled first), then evaluate as an integer constant expression.
    private bool EvaluateCondition(List<Token> tokens, int start, int end, Token directive)
    {
        if (start >= end)
        {
            _diagnostics.Report(PreprocessorErrors.IfWithoutExpression, Loc(directive), directive.Text);
            return false;
        }
        var expanded = ExpandList(tokens.GetRange(start, end - start), 0, inIf: true);
        var last = tokens[end - 1];
        return new ExpressionEvaluator(expanded, _diagnostics, Loc(last)).Evaluate();
    }

    // ---- Pragmas (6.10.6, 6.10.9) ---------------------------------------------------------------

    private void Pragma(List<Token> tokens, SourceLocation where)
    {
        var text = Spell(tokens, 0, tokens.Count);
        if (tokens.Count > 0 && tokens[0].Kind == TokenKind.Identifier)
        {
            switch (tokens[0].Text)
            {
                case "once":
                    _pragmaOnce.Add(Current.Source.Path);
                    return;
                case "push_macro":
                case "pop_macro":
                    if (tokens.Count >= 4 && tokens[1].Kind == TokenKind.LeftParen && tokens[2].Kind == TokenKind.StringLiteral && tokens[2].Text.StartsWith('"'))
                    {
                        var name = tokens[2].Text[1..^1];
                        if (tokens[0].Text == "push_macro")
                        {
                            if (!_pushedMacros.TryGetValue(name, out var stack)) _pushedMacros[name] = stack = new Stack<Macro?>();
                            stack.Push(_macros.GetValueOrDefault(name));
                        }
                        else if (_pushedMacros.TryGetValue(name, out var stack) && stack.Count > 0)
                        {
                            var saved = stack.Pop();
                            if (saved is null) _macros.Remove(name);
                            else _macros[name] = saved;
                        }
                    }
                    return;
                case "GCC" when tokens.Count >= 2:
                    switch (tokens[1].Text)
                    {
                        case "system_header":
                        case "poison":
                        case "dependency":
                            return;
                        case "warning":
                        case "error":
                            {
                                var message = tokens.Count >= 3 && tokens[2].Kind == TokenKind.StringLiteral
                                    ? Unescape(tokens[2].Text[1..^1])
                                    : Spell(tokens, 2, tokens.Count);
                                _diagnostics.Report(tokens[1].Text == "error" ? PreprocessorErrors.PragmaError : PreprocessorErrors.PragmaWarning, where, message);
                                return;
                            }
                    }
                    break;
            }
        }
        _pragmas.Add(new PragmaDirective(_output.Count, where, text));
    }
}
