using System.Text;
using Altitude.Diagnostics;
using Altitude.Text;

namespace Altitude.Sexpcode;

/// <summary>
/// Checks that sexpcode the VM did not make itself is well formed before the VM trusts it: the root
/// is a program or unit; every tag has children of the kinds and number its shape requires, in
/// positions of the right category (a type where a type belongs, an expression where an expression
/// belongs); locations are only first children and name a file of the unit; labels, locals, globals
/// and struct/union/enum ids that are used are defined. It does not type-check expressions (the VM's
/// compiler does). Iterative, so any depth the reader accepts is safe.
/// </summary>
public sealed class SexpValidator
{
    private readonly DiagnosticBag _diagnostics;
    private readonly SexpPositions? _positions;
    private readonly List<Frame> _stack = [];
    private UnitContext? _unit;
    private FunctionContext? _function;
    private int _functionDepth = -1;
    private bool _ok = true;

    private SexpValidator(DiagnosticBag diagnostics, SexpPositions? positions)
    {
        _diagnostics = diagnostics;
        _positions = positions;
    }

    /// <summary>True when <paramref name="root"/> is valid; otherwise reports errors (up to the bag's limit) and returns false.</summary>
    public static bool Validate(Sexp root, DiagnosticBag diagnostics, SexpPositions? positions = null)
    {
        var v = new SexpValidator(diagnostics, positions);
        v.Run(root);
        return v._ok;
    }

    /// <summary>
    /// Checks only shapes and values of a piece of sexpcode (a type, an expression, a statement)
    /// that is not a whole unit: names are not resolved.
    /// </summary>
    public static bool ValidateFragment(Sexp fragment, DiagnosticBag diagnostics, SexpPositions? positions = null)
    {
        var v = new SexpValidator(diagnostics, positions) { _fragment = true };
        v.Run(fragment);
        return v._ok;
    }

    private bool _fragment;

    private struct Frame(Sexp node)
    {
        public readonly Sexp Node = node;
        public int Next;
    }

    private sealed class UnitContext
    {
        public string[] Files = [];
        public readonly Dictionary<string, SexpTag> TypeIds = new(StringComparer.Ordinal);
        public readonly HashSet<string> Globals = new(StringComparer.Ordinal);
    }

    private sealed class FunctionContext(string name)
    {
        public readonly string Name = name;
        public readonly HashSet<string> Vars = new(StringComparer.Ordinal);
        public readonly HashSet<string> Labels = new(StringComparer.Ordinal);
        public readonly List<(string Label, Sexp Node)> LabelUses = [];
    }

    private void Run(Sexp root)
    {
        if (!_fragment && root.Tag is not (SexpTag.Program or SexpTag.Unit))
        {
            Report(root, SexpErrors.BadRoot, root.Name);
            return;
        }
        _stack.Add(new Frame(root));
        Enter(root);
        while (_stack.Count > 0)
        {
            if (_diagnostics.ReachedErrorLimit) return;
            var top = _stack.Count - 1;
            var frame = _stack[top];
            var children = frame.Node.Children;
            if (frame.Next >= children.Length)
            {
                Exit(frame.Node, top);
                _stack.RemoveAt(top);
                continue;
            }
            var child = children[frame.Next++];
            _stack[top] = frame;
            if (child.SexpOrNull is { } s)
            {
                _stack.Add(new Frame(s));
                Enter(s);
            }
        }
    }

    private void Enter(Sexp node)
    {
        var children = node.Children;
        var misplaced = false;
        for (var i = 1; i < children.Length && !misplaced; i++)
        {
            if (children[i].IsLocation)
            {
                Report(node, SexpErrors.MisplacedLocation, Path(), node.Name);
                misplaced = true;
            }
        }
        if (node.HasLocation && _unit is not null)
        {
            var file = node.Location!.Value.File;
            if (file >= _unit.Files.Length) Report(node, SexpErrors.FileIndexOutOfRange, Path(), file, _unit.Files.Length);
        }
        var shapeOk = !misplaced && CheckShape(node);
        switch (node.Tag)
        {
            case SexpTag.Unit:
                _unit = CollectUnit(node);
                break;
            case SexpTag.Function:
                _function = CollectFunction(node);
                _functionDepth = _stack.Count - 1;
                break;
        }
        if (shapeOk)
        {
            CheckValues(node);
            if (!_fragment) CheckReferences(node);
        }
    }

    private void Exit(Sexp node, int depth)
    {
        if (node.Tag == SexpTag.Function && depth == _functionDepth && _function is not null)
        {
            foreach (var (label, use) in _function.LabelUses)
            {
                if (!_function.Labels.Contains(label)) Report(use, SexpErrors.UndefinedLabel, $"function '{_function.Name}'", label);
            }
            _function = null;
            _functionDepth = -1;
        }
        else if (node.Tag == SexpTag.Unit)
        {
            _unit = null;
        }
    }

    private bool CheckShape(Sexp node)
    {
        var shape = SexpShapeItem.For(node.Tag);
        var args = node.Args;
        var ci = 0;
        foreach (var item in shape)
        {
            var count = 0;
            while (ci < args.Length && count < item.Max && item.Matches(args[ci]))
            {
                ci++;
                count++;
            }
            if (count < item.Min)
            {
                if (ci < args.Length) Report(node, SexpErrors.WrongChild, Path(), ci + 1, node.Name, item.Describe(), Describe(args[ci]));
                else Report(node, SexpErrors.MissingChild, Path(), node.Name, item.Describe(), ci, ShapeText(node.Tag));
                return false;
            }
        }
        if (ci < args.Length)
        {
            Report(node, SexpErrors.ExtraChild, Path(), node.Name, ci + 1, Describe(args[ci]), ShapeText(node.Tag));
            return false;
        }
        return true;
    }

    private static string ShapeText(SexpTag tag)
    {
        var shape = SexpTags.Shape(tag);
        return shape.Length == 0 ? "no children" : shape;
    }

    private UnitContext CollectUnit(Sexp unit)
    {
        var ctx = new UnitContext();
        foreach (var c in unit.Args)
        {
            if (c.SexpOrNull is not { } section) continue;
            switch (section.Tag)
            {
                case SexpTag.Files:
                    ctx.Files = section.Args.ToArray().Where(a => a.IsString).Select(a => a.AsString).ToArray();
                    break;
                case SexpTag.Types:
                    foreach (var d in section.Args)
                    {
                        if (d.SexpOrNull is not { } def || def.ArgCount < 1 || !def.Args[0].IsString) continue;
                        var kind = def.Tag switch
                        {
                            SexpTag.StructDef or SexpTag.StructDecl => SexpTag.Struct,
                            SexpTag.UnionDef or SexpTag.UnionDecl => SexpTag.Union,
                            SexpTag.EnumDef => SexpTag.Enum,
                            _ => (SexpTag?)null,
                        };
                        if (kind is null) continue;
                        if (!ctx.TypeIds.TryAdd(def.StringArg(0), kind.Value)) Report(def, SexpErrors.DuplicateDefinition, "types", def.StringArg(0));
                    }
                    break;
                case SexpTag.Globals:
                case SexpTag.Functions:
                    var defined = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var g in section.Args)
                    {
                        if (g.SexpOrNull is not { } def || def.ArgCount < 1 || !def.Args[0].IsString) continue;
                        var name = def.StringArg(0);
                        ctx.Globals.Add(name);
                        if (def.Tag is SexpTag.Variable or SexpTag.Function && !_definedGlobals.Add(name))
                        {
                            Report(def, SexpErrors.DuplicateDefinition, "globals", name);
                        }
                    }
                    break;
            }
        }
        _definedGlobals.Clear();
        return ctx;
    }

    private readonly HashSet<string> _definedGlobals = new(StringComparer.Ordinal);

    private FunctionContext CollectFunction(Sexp function)
    {
        var name = function.ArgCount > 0 && function.Args[0].IsString ? function.StringArg(0) : "?";
        var ctx = new FunctionContext(name);
        foreach (var c in function.Args)
        {
            if (c.SexpOrNull is not { Tag: SexpTag.Params or SexpTag.Locals } list) continue;
            foreach (var v in list.Args)
            {
                if (v.SexpOrNull is not { Tag: SexpTag.Var } var || var.ArgCount < 1 || !var.Args[0].IsString) continue;
                if (!ctx.Vars.Add(var.StringArg(0))) Report(var, SexpErrors.DuplicateDefinition, $"function '{name}'", var.StringArg(0));
            }
        }
        return ctx;
    }

    private void CheckReferences(Sexp node)
    {
        switch (node.Tag)
        {
            case SexpTag.Label:
                if (_function is not null && !_function.Labels.Add(node.StringArg(0)))
                {
                    Report(node, SexpErrors.DuplicateLabel, $"function '{_function.Name}'", node.StringArg(0));
                }
                break;
            case SexpTag.Goto:
            case SexpTag.Default:
                UseLabel(node, node.StringArg(0));
                break;
            case SexpTag.LabelAddr when node.ArgCount == 3:
                // From a static initializer: the label of another function, named by the function.
                if (_unit is not null && !_unit.Globals.Contains(node.StringArg(2)))
                {
                    Report(node, SexpErrors.UndeclaredGlobal, Path(), node.StringArg(2));
                }
                break;
            case SexpTag.IfGoto:
            case SexpTag.LabelAddr:
            case SexpTag.Case:
                UseLabel(node, node.StringArg(1));
                break;
            case SexpTag.CaseRange:
                UseLabel(node, node.StringArg(2));
                break;
            case SexpTag.Local:
            case SexpTag.CompoundLiteral:
                UseVar(node, node.StringArg(1));
                break;
            case SexpTag.VlaAlloc:
            case SexpTag.EnterScope:
            case SexpTag.LeaveScope:
                foreach (var a in node.Args) UseVar(node, a.AsString);
                break;
            case SexpTag.Global:
            case SexpTag.Func:
                if (_unit is not null && !_unit.Globals.Contains(node.StringArg(1)))
                {
                    Report(node, SexpErrors.UndeclaredGlobal, Path(), node.StringArg(1));
                }
                break;
            case SexpTag.Struct:
            case SexpTag.Union:
            case SexpTag.Enum:
                if (_unit is not null && (!_unit.TypeIds.TryGetValue(node.StringArg(0), out var kind) || kind != node.Tag))
                {
                    Report(node, SexpErrors.UndefinedType, Path(), node.Name, node.StringArg(0));
                }
                break;
        }
    }

    /// <summary>Numbers that must be in range for the VM to act on them.</summary>
    private void CheckValues(Sexp node)
    {
        switch (node.Tag)
        {
            case SexpTag.Array when node.ArgCount == 2:
                if (node.IntegerArg(1) < 0) BadValue(node, "array length", node.IntegerArg(1));
                break;
            case SexpTag.Aligned:
                {
                    var a = node.IntegerArg(0);
                    if (a <= 0 || a > (1L << 28) || (a & (a - 1)) != 0) BadValue(node, "alignment (a power of two)", a);
                    break;
                }
            case SexpTag.BitField:
                if (node.IntegerArg(2) is < 0 or > 128) BadValue(node, "bit-field width", node.IntegerArg(2));
                break;
            case SexpTag.CaseRange:
                if (node.IntegerArg(0) > node.IntegerArg(1)) BadValue(node, "case range (low above high)", node.IntegerArg(0));
                break;
            case SexpTag.InitElem:
                if (node.IntegerArg(0) < 0) BadValue(node, "element index", node.IntegerArg(0));
                break;
            case SexpTag.InitRange:
                if (node.IntegerArg(0) < 0 || node.IntegerArg(0) > node.IntegerArg(1)) BadValue(node, "element range", node.IntegerArg(0));
                break;
            case SexpTag.Offsetof:
                for (var i = 2; i < node.ArgCount; i++)
                {
                    if (node.Args[i].IsInteger && node.Args[i].AsInteger < 0) BadValue(node, "offsetof index", node.Args[i].AsInteger);
                }
                break;
        }
    }

    private void BadValue(Sexp node, string what, long value) => Report(node, SexpErrors.BadValue, Path(), what, value);

    private void UseLabel(Sexp node, string label)
    {
        if (_function is null) Report(node, SexpErrors.UndefinedLabel, Path(), label);
        else _function.LabelUses.Add((label, node));
    }

    private void UseVar(Sexp node, string name)
    {
        if (_function is null || !_function.Vars.Contains(name)) Report(node, SexpErrors.UndeclaredLocal, Path(), name);
    }

    private static string Describe(SexpChild c) => c.Kind switch
    {
        SexpChildKind.Sexp => $"'{c.AsSexp.Name}'",
        SexpChildKind.String => "string " + Shorten(SexpPrinter.PrintChild(c)),
        SexpChildKind.Integer => "integer " + SexpPrinter.PrintChild(c),
        SexpChildKind.Double => "number " + SexpPrinter.PrintChild(c),
        _ => "location " + SexpPrinter.PrintChild(c),
    };

    private static string Shorten(string s) => s.Length > 40 ? s[..40] + "...\"" : s;

    /// <summary>Where the validator is, e.g. <c>function 'main' &gt; body &gt; if-goto &gt; lt</c>.</summary>
    private string Path()
    {
        var sb = new StringBuilder();
        var start = 0;
        // Start at the innermost named definition so paths stay short.
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            if (_stack[i].Node.Tag is SexpTag.Function or SexpTag.Variable or SexpTag.StructDef or SexpTag.UnionDef or SexpTag.EnumDef or SexpTag.Declare)
            {
                start = i;
                break;
            }
        }
        for (var i = start; i < _stack.Count; i++)
        {
            var n = _stack[i].Node;
            if (sb.Length > 0) sb.Append(" > ");
            sb.Append(n.Name);
            if (i == start && n.ArgCount > 0 && n.Args[0].IsString) sb.Append(" '").Append(n.StringArg(0)).Append('\'');
        }
        return sb.ToString();
    }

    private void Report(Sexp node, DiagnosticDescriptor descriptor, params object?[] args)
    {
        _ok = false;
        _diagnostics.Report(descriptor, Locate(node), args);
    }

    /// <summary>The node's place in the text it was read from if known, else the C source location of the nearest located sexp.</summary>
    private SourceLocation Locate(Sexp node)
    {
        if (_positions?.Find(node) is { } p) return p;
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            if (_positions?.Find(_stack[i].Node) is { } q) return q;
        }
        var located = node.HasLocation ? node : null;
        for (var i = _stack.Count - 1; located is null && i >= 0; i--)
        {
            if (_stack[i].Node.HasLocation) located = _stack[i].Node;
        }
        if (located is not null && _unit is not null)
        {
            var l = located.Location!.Value;
            if (l.File < _unit.Files.Length) return new SourceLocation(_unit.Files[l.File], l.Line, l.Column, -1);
        }
        return SourceLocation.None;
    }
}
