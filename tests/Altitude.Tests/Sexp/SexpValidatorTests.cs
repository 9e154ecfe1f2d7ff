using Altitude.Diagnostics;
using Altitude.Sexpcode;
using Altitude.Text;
using SexpNode = Altitude.Sexpcode.Sexp;

namespace Altitude.Tests.Sexp;

public class SexpValidatorTests
{
    private static string Wrap(string body, string locals = "", string globals = "", string types = "") =>
        $"(unit \"t.c\" (files \"t.c\") (types {types}) (globals {globals} (declare \"g\" int)) " +
        $"(functions (function \"f\" external (fun int) params (locals (var \"x\" int) {locals}) (body {body}))))";

    private static IReadOnlyList<Diagnostic> Errors(string text)
    {
        var bag = new DiagnosticBag();
        var file = new SourceFile("v.sexp", text);
        var positions = new SexpPositions(file);
        var sexp = SexpReader.Read(file, bag, positions: positions);
        Assert.True(sexp is not null, string.Join("\n", bag.Items));
        var ok = SexpValidator.Validate(sexp!, bag, positions);
        Assert.Equal(ok, bag.Items.Count == 0);
        return bag.Items;
    }

    private static Diagnostic OneError(string text, string id)
    {
        var errors = Errors(text);
        var d = Assert.Single(errors);
        Assert.Equal(id, d.Id);
        return d;
    }

    [Fact]
    public void ValidUnitPasses()
    {
        Assert.Empty(Errors(Wrap("(label \"a\") (if-goto @0:1:1 (load int (local int \"x\")) \"a\") (return (load int (global int \"g\")))")));
    }

    [Fact]
    public void RootMustBeProgramOrUnit()
    {
        var d = OneError("(ptr int)", "SXP023");
        Assert.Contains("'ptr'", d.Message);
    }

    [Fact]
    public void MissingChildIsReported()
    {
        var d = OneError(Wrap("(expr (add int (lit int 1)))"), "SXP021");
        Assert.Contains("'add' needs an expression", d.Message);
        Assert.Contains("function 'f' > body > expr > add", d.Message);
        Assert.Equal(1, d.Location.Line);
        Assert.True(d.Location.Column > 100);
    }

    [Fact]
    public void WrongKindIsReported()
    {
        var d = OneError(Wrap("(goto 3)"), "SXP020");
        Assert.Contains("child 1 of 'goto' must be a string, found integer 3", d.Message);
    }

    [Fact]
    public void TypeWhereExpressionBelongsIsReported()
    {
        var d = OneError(Wrap("(expr (add int int (lit int 1)))"), "SXP020");
        Assert.Contains("must be an expression, found 'int'", d.Message);
    }

    [Fact]
    public void ExtraChildIsReported()
    {
        var d = OneError(Wrap("(return (lit int 1) (lit int 2))"), "SXP022");
        Assert.Contains("unexpected child 2", d.Message);
    }

    [Fact]
    public void StatementInExpressionPositionIsReported()
    {
        OneError(Wrap("(expr (goto \"a\")) (label \"a\")"), "SXP020");
    }

    [Fact]
    public void UndefinedAndDuplicateLabels()
    {
        Assert.Contains("'nowhere'", OneError(Wrap("(goto \"nowhere\")"), "SXP024").Message);
        OneError(Wrap("(label \"a\") (label \"a\")"), "SXP025");
        OneError(Wrap("(switch (lit int 1) (case 1 \"a\") (default \"b\")) (label \"a\")"), "SXP024");
    }

    [Fact]
    public void UndeclaredNamesAreReported()
    {
        OneError(Wrap("(expr (load int (local int \"y\")))"), "SXP026");
        OneError(Wrap("(expr (load int (global int \"h\")))"), "SXP030");
        OneError(Wrap("(expr (sizeof unsigned-long (struct \"S\")))"), "SXP027");
        OneError(Wrap("(expr (sizeof unsigned-long (union \"S\")))", types: "(struct-def \"S\" \"S\" (field \"a\" int))"), "SXP027");
        Assert.Empty(Errors(Wrap("(expr (sizeof unsigned-long (struct \"S\")))", types: "(struct-def \"S\" \"S\" (field \"a\" int))")));
    }

    [Fact]
    public void LocationsAreChecked()
    {
        Assert.Contains("file index 3", OneError(Wrap("(goto @3:1:1 \"a\") (label \"a\")"), "SXP028").Message);
        OneError(Wrap("(goto \"a\" @0:1:1) (label \"a\")"), "SXP031");
    }

    [Fact]
    public void DuplicateDefinitionsAreReported()
    {
        OneError(Wrap("", locals: "(var \"x\" int)"), "SXP029");
        OneError(Wrap("", globals: "(variable \"v\" external int) (variable \"v\" internal int)"), "SXP029");
        OneError(Wrap("", types: "(struct-decl \"S\" \"S\") (union-decl \"S\" \"S\")"), "SXP029");
    }

    [Fact]
    public void ValidatorLocatesBuiltTreesByTheirSourceLocations()
    {
        var bad = SexpNode.Make(SexpTag.Unit, "t.c", SexpNode.Make(SexpTag.Files, "t.c"), SexpTag.Types, SexpTag.Globals,
            SexpNode.Make(SexpTag.Functions,
                SexpNode.Make(SexpTag.Function, new SexpLocation(0, 4, 2), "f", SexpTag.External, SexpNode.Make(SexpTag.Fun, SexpTag.Void),
                    SexpTag.Params, SexpTag.Locals, SexpNode.Make(SexpTag.Body, SexpNode.Make(SexpTag.Goto, new SexpLocation(0, 7, 9), 5)))));
        var bag = new DiagnosticBag();
        Assert.False(SexpValidator.Validate(bad, bag));
        var d = Assert.Single(bag.Items);
        Assert.Equal("t.c:7:9", d.Location.ToString());
    }
}

public class SexpValidatorValueTests
{
    [Theory]
    [InlineData("(array int -1)")]
    [InlineData("(ptr (struct-def \"S\" \"S\" (aligned 3)))")]
    [InlineData("(switch (lit int 1) (case-range 5 2 \"a\"))")]
    [InlineData("(init-array (array int 2) (init-elem -1 (lit int 0)))")]
    [InlineData("(offsetof unsigned-long (struct \"S\") \"a\" -2)")]
    public void OutOfRangeNumbersAreReported(string text)
    {
        var bag = new Altitude.Diagnostics.DiagnosticBag();
        var sexp = Altitude.Sexpcode.SexpReader.Read(text, "v.sexp", bag)!;
        Assert.False(Altitude.Sexpcode.SexpValidator.ValidateFragment(sexp, bag));
        Assert.Contains(bag.Items, d => d.Id is "SXP032" or "SXP020");
    }

    [Fact]
    public void DocumentedExamplesReadAndHaveValidShapes()
    {
        var doc = File.ReadAllText(SexpTagTests.FindRepoFile(Path.Combine("docs", "sexpcode.md")));
        // The examples of the tag sections: backquoted sexps after "Example:" up to the paragraph's end.
        var examples = doc.Split("Example:").Skip(1)
            .Select(part => part.Split("\n\n")[0])
            .SelectMany(part => System.Text.RegularExpressions.Regex.Matches(part, "`(\\([^`]*\\))`").Select(m => m.Groups[1].Value))
            .Where(e => !e.Contains("..."))
            .ToList();
        Assert.True(examples.Count > 100, $"only {examples.Count} examples found");
        var failures = new List<string>();
        foreach (var example in examples)
        {
            var bag = new Altitude.Diagnostics.DiagnosticBag();
            var sexp = Altitude.Sexpcode.SexpReader.Read(example, "doc", bag);
            if (sexp is null || !Altitude.Sexpcode.SexpValidator.ValidateFragment(sexp, bag))
            {
                failures.Add(example + "\n  " + string.Join("\n  ", bag.Items));
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
