using System.Diagnostics;
using Altitude.Diagnostics;
using Altitude.Front.Lexing;
using Altitude.Front.Parsing;
using Altitude.Front.Semantics;
using Altitude.Text;
using Xunit.Abstractions;

namespace Altitude.Tests.Semantics;

public class LargeInputTests
{
    /// <summary>Deep nesting is a located error, never a stack overflow.</summary>
    [Fact]
    public void DeeplyNestedExpressionIsAnErrorNotACrash()
    {
        int depth = 5000;
        var code = "int x = " + new string('-', depth) + "1;";
        var (_, bag) = Sema.Analyze(code);
        Assert.True(bag.HasErrors);
    }
}
