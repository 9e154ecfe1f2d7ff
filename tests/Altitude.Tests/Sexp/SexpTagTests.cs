using Altitude.Sexpcode;

namespace Altitude.Tests.Sexp;

public class SexpTagTests
{
    internal static string FindRepoFile(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Altitude.slnx"))) dir = dir.Parent;
        Assert.True(dir is not null, "Altitude.slnx not found above " + AppContext.BaseDirectory);
        return Path.Combine(dir!.FullName, relative);
    }

    [Fact]
    public void EveryTagIsDocumented()
    {
        var doc = File.ReadAllText(FindRepoFile(Path.Combine("docs", "sexpcode.md")));
        var missing = Enum.GetValues<SexpTag>().Where(t => !doc.Contains($"### `{SexpTags.Name(t)}`")).Select(SexpTags.Name).ToList();
        Assert.True(missing.Count == 0, "undocumented tags: " + string.Join(", ", missing));
    }

    [Fact]
    public void DocumentedShapesMatchTheTable()
    {
        var doc = File.ReadAllText(FindRepoFile(Path.Combine("docs", "sexpcode.md")));
        foreach (var tag in Enum.GetValues<SexpTag>())
        {
            var shape = SexpTags.Shape(tag);
            Assert.True(doc.Contains($"### `{SexpTags.Name(tag)}`") && doc.Contains($"Shape: `{(shape.Length == 0 ? "—" : shape)}`"),
                $"shape of {SexpTags.Name(tag)} ('{shape}') is not in the docs");
        }
    }

    [Fact]
    public void NamesAreKebabCaseAndParseBack()
    {
        foreach (var tag in Enum.GetValues<SexpTag>())
        {
            var name = SexpTags.Name(tag);
            Assert.Matches("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", name);
            Assert.True(SexpTags.TryParse(name, out var back));
            Assert.Equal(tag, back);
        }
        Assert.Equal("unsigned-long", SexpTags.Name(SexpTag.UnsignedLong));
        Assert.Equal("unsigned-int128", SexpTags.Name(SexpTag.UnsignedInt128));
        Assert.Equal("if-goto", SexpTags.Name(SexpTag.IfGoto));
    }

    [Fact]
    public void EveryShapeParses()
    {
        foreach (var tag in Enum.GetValues<SexpTag>())
        {
            var items = SexpShapeItem.For(tag);
            Assert.Equal(SexpTags.Shape(tag).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, items.Length);
        }
    }

    [Fact]
    public void LocationsPackAndSaturate()
    {
        var l = new SexpLocation(65535, 200_000_000, 5);
        Assert.Equal((65535, 200_000_000, 5), (l.File, l.Line, l.Column));
        var big = new SexpLocation(1, int.MaxValue, int.MaxValue);
        Assert.Equal((SexpLocation.MaxLine, SexpLocation.MaxColumn), (big.Line, big.Column));
        var child = (SexpChild)l;
        Assert.Equal(l, child.AsLocation);
    }
}
