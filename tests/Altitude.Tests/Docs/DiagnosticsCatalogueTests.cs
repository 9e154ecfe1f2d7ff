using System.Reflection;
using System.Text;
using Altitude.Diagnostics;

namespace Altitude.Tests.Docs;

/// <summary>
/// Every diagnostic Altitude can report is declared once, with a unique id, and listed in
/// docs/diagnostics.md. Run with ALTITUDE_REGENERATE_DOCS=1 to rewrite the list from the code.
/// </summary>
public class DiagnosticsCatalogueTests
{
    private static readonly string DocPath = TestPaths.InRoot("docs", "diagnostics.md");

    private static List<DiagnosticDescriptor> AllDescriptors() =>
        typeof(DiagnosticDescriptor).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .Distinct()
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void IdsAreUnique()
    {
        var duplicates = AllDescriptors().GroupBy(d => d.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, "duplicate diagnostic ids: " + string.Join(", ", duplicates));
    }

    [Fact]
    public void EveryDiagnosticIsDocumented()
    {
        var expected = Render(AllDescriptors());
        if (Environment.GetEnvironmentVariable("ALTITUDE_REGENERATE_DOCS") == "1") File.WriteAllText(DocPath, expected);
        Assert.True(File.Exists(DocPath), "docs/diagnostics.md is missing");
        Assert.True(File.ReadAllText(DocPath) == expected,
            "docs/diagnostics.md is out of date: run the tests with ALTITUDE_REGENERATE_DOCS=1");
    }

    private static readonly (string Prefix, string Title)[] Phases =
    [
        ("LEX", "Lexing (translation phases 1–3)"),
        ("CPP", "Preprocessing (C17 6.10)"),
        ("SYN", "Syntax (C17 6.4–6.9 grammar) and literals"),
        ("SEM", "Semantic analysis: constraints (C17 \"Constraints\" paragraphs) and other checks"),
        ("SXP", "Sexpcode reader, validator and lowering"),
        ("DRV", "The driver"),
        ("ALT", "Run-time checks of the VM"),
    ];

    private static string Render(List<DiagnosticDescriptor> descriptors)
    {
        var sb = new StringBuilder();
        sb.Append("# Diagnostics\n\n");
        sb.Append("Every diagnostic Altitude reports, generated from the catalogues in the code (see\n");
        sb.Append("`tests/Altitude.Tests/Docs/DiagnosticsCatalogueTests.cs`). Each is printed as\n");
        sb.Append("`file:line:col: severity: message (C17 clause) [ID]`. A *pedantic* warning reports a constraint\n");
        sb.Append("violation that gcc also only warns about; `-pedantic-errors` makes it an error.\n");
        sb.Append("The run-time checks of the VM (ALT1xx–ALT9xx) are added here as the VM reports them.\n");
        var groups = descriptors.GroupBy(d => Phases.FirstOrDefault(p => d.Id.StartsWith(p.Prefix, StringComparison.Ordinal)).Title ?? "Other");
        foreach (var group in groups.OrderBy(g => Array.FindIndex(Phases, p => p.Title == g.Key) is var i && i < 0 ? 99 : i))
        {
            sb.Append("\n## ").Append(group.Key).Append("\n\n");
            sb.Append("| id | name | severity | C17 | message |\n|---|---|---|---|---|\n");
            foreach (var d in group)
            {
                var severity = d.Severity.ToString().ToLowerInvariant() + (d.Pedantic ? " (pedantic)" : "");
                sb.Append("| ").Append(d.Id).Append(" | ").Append(d.Name).Append(" | ").Append(severity).Append(" | ")
                  .Append(d.Clause ?? "").Append(" | ").Append(Escape(d.MessageFormat)).Append(" |\n");
            }
        }
        return sb.ToString();
    }

    private static string Escape(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
