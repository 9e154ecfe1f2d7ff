using System.Reflection;
using System.Text.RegularExpressions;

namespace Altitude.Tests.Headers;

/// <summary>
/// Checks on the header text itself: they use only what Altitude's front end accepts,
/// are include-guarded, and are exactly what the assembly embeds.
/// </summary>
public partial class HeaderTextTests
{
    /// <summary>The builtins the front end must provide for the headers (and only these).</summary>
    private static readonly HashSet<string> AllowedBuiltins =
    [
        "__builtin_va_list", "__builtin_va_start", "__builtin_va_arg", "__builtin_va_end", "__builtin_va_copy",
        "__builtin_offsetof", "__builtin_huge_val", "__builtin_huge_valf", "__builtin_inf", "__builtin_inff",
        "__builtin_nan", "__builtin_nanf", "__builtin_isnan", "__builtin_isinf", "__builtin_signbit",
        "__builtin_alloca", "__builtin_expect",
    ];

    /// <summary>
    /// Every lowercase reserved keyword-like name the headers may spell: the attribute syntax,
    /// the two attributes used (noreturn, format with printf/scanf archetypes) and __func__.
    /// </summary>
    private static readonly HashSet<string> AllowedDunderWords =
        ["__attribute__", "__noreturn__", "__format__", "__printf__", "__scanf__", "__func__"];

    [GeneratedRegex(@"\b__builtin_\w+")]
    private static partial Regex Builtin();

    [GeneratedRegex(@"\b__[a-z][a-z0-9_]*__\b")]
    private static partial Regex DunderWord();

    [GeneratedRegex(@"\b(asm|__asm|__asm__)\b")]
    private static partial Regex Asm();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex BlockComment();

    private static string Code(string header) =>
        BlockComment().Replace(File.ReadAllText(Path.Combine(HeaderFiles.IncludeDirectory, header)), " ");

    [Fact]
    public void HeadersUseOnlyTheAllowedBuiltinsAndAttributes()
    {
        var builtins = new HashSet<string>();
        foreach (var header in HeaderFiles.All())
        {
            var code = Code(header);
            foreach (Match m in Builtin().Matches(code))
            {
                Assert.True(AllowedBuiltins.Contains(m.Value), $"{header} uses {m.Value}");
                builtins.Add(m.Value);
            }
            foreach (Match m in DunderWord().Matches(code))
                Assert.True(AllowedDunderWords.Contains(m.Value), $"{header} uses {m.Value}");
            Assert.False(Asm().IsMatch(code), header + " contains assembly");
        }
        // The va_* macros and offsetof really are built on the builtins.
        Assert.Contains("__builtin_va_arg", builtins);
        Assert.Contains("__builtin_offsetof", builtins);
    }

    [Fact]
    public void EveryHeaderButAssertIsIncludeGuarded()
    {
        foreach (var header in HeaderFiles.Usable())
        {
            var lines = Code(header).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            if (header == "assert.h")
            {
                // C17 7.2p1: assert.h must be re-includable with a different NDEBUG.
                Assert.DoesNotContain(lines, l => l.StartsWith("#ifndef __ALTITUDE_"));
                Assert.Contains("#undef assert", lines);
                continue;
            }
            Assert.StartsWith("#ifndef __ALTITUDE_", lines[0]);
            var guard = lines[0]["#ifndef ".Length..];
            Assert.Equal("#define " + guard, lines[1]);
            Assert.StartsWith("#endif", lines[^1]);
        }
    }

    [Fact]
    public void EmbeddedResourcesAreExactlyTheHeaders()
    {
        var names = typeof(Altitude.Text.SourceFile).Assembly.GetManifestResourceNames()
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();
        Assert.All(names, n =>
        {
            Assert.StartsWith("altitude-include/", n);
            Assert.EndsWith(".h", n);
        });
        Assert.Equal(HeaderFiles.All().Select(h => "altitude-include/" + h), names);
        Assert.Contains("altitude-include/sys/stat.h", names);
    }

    [Fact]
    public void EmbeddedHeadersHaveTheSourceText()
    {
        var assembly = typeof(Altitude.Text.SourceFile).Assembly;
        using var stream = assembly.GetManifestResourceStream("altitude-include/stdio.h");
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);
        Assert.Equal(File.ReadAllText(Path.Combine(HeaderFiles.IncludeDirectory, "stdio.h")), reader.ReadToEnd());
    }
}
