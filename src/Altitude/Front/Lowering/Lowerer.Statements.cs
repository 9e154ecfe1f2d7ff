using System.Collections.Immutable;
using Altitude.Front.Semantics;
using Altitude.Sexpcode;
using Altitude.Text;
using Altitude.Types;
using SexpNode = Altitude.Sexpcode.Sexp;

namespace Altitude.Front.Lowering;

public sealed partial class Lowerer
{
    /// <summary>What the lowering of one function keeps track of.</summary>
    private sealed class FunctionState(BoundFunction function)
    {
        public readonly BoundFunction Function = function;
        public readonly Dictionary<Symbol, string> LocalNames = new(ReferenceEqualityComparer.Instance);
        public readonly HashSet<string> UsedNames = new(StringComparer.Ordinal);
        public readonly List<SexpChild> Locals = [];
        public readonly Dictionary<BoundExpression, string> VlaSizeTemps = new(ReferenceEqualityComparer.Instance);
        public readonly HashSet<BoundExpression> EvaluatedVlaSizes = new(ReferenceEqualityComparer.Instance);
        public readonly HashSet<string> LabelNamesUsed = new(StringComparer.Ordinal);
        public readonly Dictionary<SwitchCase, string> CaseLabels = new(ReferenceEqualityComparer.Instance);
        public readonly Stack<string> DefaultLabels = new();
        public readonly List<JumpTarget> Targets = [];
        // Address-taken locals of each open block, innermost last (for leave-scope on break/continue).
        public readonly List<List<string>> Scopes = [];
        public List<SexpChild> Out = [];
        public int Counter;
        // The address-taken locals each block (or for statement) declares, one list object per block.
        public readonly Dictionary<BoundStatement, List<string>> ScopeNames = new(ReferenceEqualityComparer.Instance);
        // For each jump target, the scoped blocks around it (outermost first): what a jump there enters.
        public readonly Dictionary<object, List<string>[]> TargetScopes = new(ReferenceEqualityComparer.Instance);
    }

    /// <summary>Where break and continue go from inside a loop or switch, and how many blocks were open there.</summary>
    private readonly record struct JumpTarget(string Break, string? Continue, int ScopeDepth);

    private FunctionState? _function;

    private FunctionState F => _function ?? throw new InvalidOperationException("not in a function");

    private SexpNode LowerFunction(BoundFunction function)
    {
        var saved = _function;
        _function = new FunctionState(function);
        try
        {
            var name = NameGlobal(function.Symbol);
            var parameters = new List<SexpChild>();
            foreach (var p in OrEmpty(function.Parameters)) parameters.Add(DeclareLocal(p));
            // VLA types read their length from a temporary: name those before the types are lowered.
            foreach (var l in OrEmpty(function.Locals)) PreassignVlaTemps(l.Type);
            foreach (var l in OrEmpty(function.Locals))
            {
                if (l.Storage == StorageDuration.Automatic || l.Kind == SymbolKind.CompoundLiteral && l.Storage != StorageDuration.Static)
                {
                    F.Locals.Add(DeclareLocal(l));
                }
            }

            foreach (var item in OrEmpty(function.Body.Statements)) RecordJumpTargets(item, []);
            LowerBlockItems(function.Body, function.Body.Statements, function.Body.Location, isFunctionBody: true);

            var children = new List<SexpChild>();
            if (Loc(function.Location) is { } loc) children.Add(loc);
            children.Add(name);
            // An inline definition provides no external definition (C17 6.7.4p7): its unit calls its
            // own copy, which is one of the behaviours C allows, and it cannot clash at link time.
            var internalCopy = function.Symbol.Linkage == Linkage.Internal || function.Symbol.IsInlineDefinition;
            children.Add(SexpNode.Atom(internalCopy ? SexpTag.Internal : SexpTag.External));
            children.Add(Type(function.Symbol.Type));
            children.Add(SexpNode.Make(SexpTag.Params, parameters));
            children.Add(SexpNode.Make(SexpTag.Locals, F.Locals));
            children.Add(SexpNode.Make(SexpTag.Body, F.Out));
            return SexpNode.Make(SexpTag.Function, children);
        }
        finally
        {
            _function = saved;
        }
    }

    private SexpNode DeclareLocal(Symbol symbol)
    {
        var name = symbol.Kind == SymbolKind.CompoundLiteral ? $"cl.{symbol.Id}" : symbol.Name;
        if (!F.UsedNames.Add(name))
        {
            var n = 2;
            while (!F.UsedNames.Add($"{name}.{n}")) n++;
            name = $"{name}.{n}";
        }
        F.LocalNames[symbol] = name;
        var children = new List<SexpChild> { name, Type(symbol.Type) };
        if (symbol.IsAddressTaken || symbol.Type is ArrayType { IsVla: true }) children.Add(SexpNode.Atom(SexpTag.Addressed));
        if (symbol.AlignAttribute > 0) children.Add(SexpNode.Make(SexpTag.Aligned, symbol.AlignAttribute));
        return SexpNode.Make(SexpTag.Var, children);
    }

    /// <summary>The name of an automatic object; one the analyser did not list is declared on first use.</summary>
    private string LocalName(Symbol symbol)
    {
        if (F.LocalNames.TryGetValue(symbol, out var name)) return name;
        F.Locals.Add(DeclareLocal(symbol));
        return F.LocalNames[symbol];
    }

    /// <summary>A fresh temporary of the given type, declared in the function's locals.</summary>
    private string NewTemp(CType type, string prefix = "t")
    {
        string name;
        do name = $"{prefix}.{++F.Counter}"; while (!F.UsedNames.Add(name));
        F.Locals.Add(SexpNode.Make(SexpTag.Var, name, Type(type.Unqualified), SexpNode.Atom(SexpTag.Temp)));
        return name;
    }

    private string NewLabel(string prefix) => $"{prefix}.{++F.Counter}";

    private string LabelName(LabelSymbol label)
    {
        if (_labelNames.TryGetValue(label, out var name)) return name;
        // A label the analyser did not list with its function: name it now.
        return NameLabel(label, F.LabelNamesUsed);
    }

    private void Emit(SexpNode statement) => F.Out.Add(statement);

    private void EmitLabel(string label) => Emit(SexpNode.Make(SexpTag.Label, label));

    private void EmitGoto(string label, SourceLocation location) => Emit(SexpNode.Located(SexpTag.Goto, Loc(location), label));

    // block-item-list (C17 6.8.2), with the lifetimes of its address-taken objects made explicit.
    private void LowerBlockItems(BoundStatement block, ImmutableArray<BoundStatement> items, SourceLocation location, bool isFunctionBody = false)
    {
        // The function body's objects live for the whole call: no explicit scope needed.
        var addressed = isFunctionBody ? [] : ScopeNamesOf(block, items);
        var scoped = addressed.Count > 0;
        if (scoped) Emit(SexpNode.Located(SexpTag.EnterScope, Loc(location), Names(addressed)));
        F.Scopes.Add(addressed);
        foreach (var item in OrEmpty(items)) LowerStatement(item);
        F.Scopes.RemoveAt(F.Scopes.Count - 1);
        if (scoped) Emit(SexpNode.Make(SexpTag.LeaveScope, Names(addressed)));
    }

    private static SexpChild[] Names(List<string> names)
    {
        var result = new SexpChild[names.Count];
        for (var i = 0; i < names.Count; i++) result[i] = names[i];
        return result;
    }

    /// <summary>The address-taken automatic objects (and VLAs) declared directly in a block; one list per block.</summary>
    private List<string> ScopeNamesOf(BoundStatement block, ImmutableArray<BoundStatement> items)
    {
        if (F.ScopeNames.TryGetValue(block, out var names)) return names;
        names = [];
        foreach (var item in OrEmpty(items))
        {
            if (item is BoundLocalDeclaration { Symbol: var s } && IsAutomatic(s) && (s.IsAddressTaken || s.Type is ArrayType { IsVla: true }))
            {
                names.Add(LocalName(s));
            }
        }
        F.ScopeNames[block] = names;
        return names;
    }

    private static ImmutableArray<BoundStatement> ForInitItems(BoundFor s) => s.Initializer switch
    {
        null => ImmutableArray<BoundStatement>.Empty,
        BoundBlock b => b.Statements,
        var single => [single],
    };

    /// <summary>
    /// Before lowering a function: records, for every label, case and default, which scoped blocks
    /// enclose it, so that a jump can end the lifetimes of the blocks it leaves and begin those of
    /// the blocks it enters (C17 6.2.4p6: entering a block by a jump also begins its objects' lifetimes).
    /// </summary>
    private void RecordJumpTargets(BoundStatement statement, List<List<string>> chain)
    {
        switch (statement)
        {
            case BoundBlock b:
                {
                    var names = ScopeNamesOf(b, b.Statements);
                    if (names.Count > 0) chain.Add(names);
                    foreach (var item in OrEmpty(b.Statements)) RecordJumpTargets(item, chain);
                    if (names.Count > 0) chain.RemoveAt(chain.Count - 1);
                    break;
                }
            case BoundFor f:
                {
                    var names = ScopeNamesOf(f, ForInitItems(f));
                    if (names.Count > 0) chain.Add(names);
                    RecordJumpTargets(f.Body, chain);
                    if (names.Count > 0) chain.RemoveAt(chain.Count - 1);
                    break;
                }
            case BoundIf i:
                RecordJumpTargets(i.Then, chain);
                if (i.Else is not null) RecordJumpTargets(i.Else, chain);
                break;
            case BoundWhile w:
                RecordJumpTargets(w.Body, chain);
                break;
            case BoundDoWhile d:
                RecordJumpTargets(d.Body, chain);
                break;
            case BoundSwitch sw:
                RecordJumpTargets(sw.Body, chain);
                break;
            case BoundCaseLabel c:
                F.TargetScopes[c.Case] = chain.ToArray();
                RecordJumpTargets(c.Statement, chain);
                break;
            case BoundDefaultLabel d:
                F.TargetScopes[d] = chain.ToArray();
                RecordJumpTargets(d.Statement, chain);
                break;
            case BoundLabeled l:
                F.TargetScopes[l.Label] = chain.ToArray();
                RecordJumpTargets(l.Statement, chain);
                break;
        }
    }

    /// <summary>The scoped blocks open where the lowering is now, outermost first.</summary>
    private List<List<string>> CurrentScopes() => F.Scopes.Where(s => s.Count > 0).ToList();

    /// <summary>
    /// Emits the scope changes of a jump from here to a target: leave-scope for the blocks it
    /// leaves (innermost first), enter-scope for those it enters (outermost first).
    /// </summary>
    private void EmitScopeChangesForJump(object target, SexpLocation? loc)
    {
        if (!F.TargetScopes.TryGetValue(target, out var to)) return;
        var from = CurrentScopes();
        var common = 0;
        while (common < from.Count && common < to.Length && ReferenceEquals(from[common], to[common])) common++;
        for (var i = from.Count - 1; i >= common; i--) Emit(SexpNode.Make(SexpTag.LeaveScope, Names(from[i])));
        for (var i = common; i < to.Length; i++) Emit(SexpNode.Located(SexpTag.EnterScope, loc, Names(to[i])));
    }

    /// <summary>Whether a jump from here to the target enters a scoped block (then a switch case needs a trampoline).</summary>
    private bool JumpEntersScope(object target)
    {
        if (!F.TargetScopes.TryGetValue(target, out var to)) return false;
        var from = CurrentScopes();
        var common = 0;
        while (common < from.Count && common < to.Length && ReferenceEquals(from[common], to[common])) common++;
        return common < to.Length;
    }

    private static bool IsAutomatic(Symbol s) => s.Storage == StorageDuration.Automatic || s.Kind == SymbolKind.Parameter;

    /// <summary>Before a break or continue: end the lifetimes of the blocks the jump leaves.</summary>
    private void LeaveScopesDownTo(int depth)
    {
        for (var i = F.Scopes.Count - 1; i >= depth; i--)
        {
            if (F.Scopes[i].Count > 0) Emit(SexpNode.Make(SexpTag.LeaveScope, Names(F.Scopes[i])));
        }
    }

    // statement (C17 6.8)
    private void LowerStatement(BoundStatement statement)
    {
        var loc = Loc(statement.Location);
        switch (statement)
        {
            case BoundBlock block:
                LowerBlockItems(block, block.Statements, block.Location);
                break;
            case BoundExpressionStatement es:
                Emit(SexpNode.Located(SexpTag.Expr, loc, LowerDiscarded(es.Expression)));
                break;
            case BoundLocalDeclaration decl:
                LowerLocalDeclaration(decl);
                break;
            case BoundVlaTypeDeclaration vla:
                EvaluateVlaSizes(vla.VlaSizes);
                break;
            case BoundNullStatement:
                break;
            case BoundIf s:
                {
                    var elseLabel = NewLabel("if.else");
                    Emit(SexpNode.Located(SexpTag.IfGoto, loc, Negate(s.Condition), elseLabel));
                    LowerStatement(s.Then);
                    if (s.Else is null)
                    {
                        EmitLabel(elseLabel);
                        break;
                    }
                    var end = NewLabel("if.end");
                    EmitGoto(end, SourceLocation.None);
                    EmitLabel(elseLabel);
                    LowerStatement(s.Else);
                    EmitLabel(end);
                    break;
                }
            case BoundWhile s:
                {
                    var top = NewLabel("while");
                    var end = NewLabel("while.end");
                    EmitLabel(top);
                    Emit(SexpNode.Located(SexpTag.IfGoto, loc, Negate(s.Condition), end));
                    LowerLoopBody(s.Body, end, top);
                    EmitGoto(top, SourceLocation.None);
                    EmitLabel(end);
                    break;
                }
            case BoundDoWhile s:
                {
                    var top = NewLabel("do");
                    var cont = NewLabel("do.cond");
                    var end = NewLabel("do.end");
                    EmitLabel(top);
                    LowerLoopBody(s.Body, end, cont);
                    EmitLabel(cont);
                    Emit(SexpNode.Located(SexpTag.IfGoto, Loc(s.Condition.Location), Lower(s.Condition), top));
                    EmitLabel(end);
                    break;
                }
            case BoundFor s:
                LowerFor(s);
                break;
            case BoundSwitch s:
                LowerSwitch(s);
                break;
            case BoundCaseLabel c:
                EmitLabel(F.CaseLabels.TryGetValue(c.Case, out var caseLabel) ? caseLabel : NewLabel("case.orphan"));
                LowerStatement(c.Statement);
                break;
            case BoundDefaultLabel d:
                EmitLabel(F.DefaultLabels.Count > 0 ? F.DefaultLabels.Peek() : NewLabel("default.orphan"));
                LowerStatement(d.Statement);
                break;
            case BoundLabeled l:
                EmitLabel(LabelName(l.Label));
                LowerStatement(l.Statement);
                break;
            case BoundGoto g:
                EmitScopeChangesForJump(g.Label, loc);
                Emit(SexpNode.Located(SexpTag.Goto, loc, LabelName(g.Label)));
                break;
            case BoundComputedGoto g:
                Emit(SexpNode.Located(SexpTag.GotoPtr, loc, Lower(g.Target)));
                break;
            case BoundBreak:
                if (F.Targets.Count == 0)
                {
                    Unsupported(statement.Location, "'break' outside a loop or switch");
                    break;
                }
                LeaveScopesDownTo(F.Targets[^1].ScopeDepth);
                Emit(SexpNode.Located(SexpTag.Goto, loc, F.Targets[^1].Break));
                break;
            case BoundContinue:
                {
                    var target = F.Targets.LastOrDefault(t => t.Continue is not null);
                    if (target.Continue is null)
                    {
                        Unsupported(statement.Location, "'continue' outside a loop");
                        break;
                    }
                    LeaveScopesDownTo(target.ScopeDepth);
                    Emit(SexpNode.Located(SexpTag.Goto, loc, target.Continue));
                    break;
                }
            case BoundReturn r:
                Emit(r.Expression is null ? SexpNode.Located(SexpTag.Return, loc) : SexpNode.Located(SexpTag.Return, loc, Lower(r.Expression)));
                break;
            default:
                Unsupported(statement.Location, statement.GetType().Name);
                break;
        }
    }

    private void LowerLoopBody(BoundStatement body, string breakLabel, string continueLabel)
    {
        F.Targets.Add(new JumpTarget(breakLabel, continueLabel, F.Scopes.Count));
        LowerStatement(body);
        F.Targets.RemoveAt(F.Targets.Count - 1);
    }

    // for ( clause-1 ; expression-2 ; expression-3 ) statement (C17 6.8.5.3): its own block scope.
    private void LowerFor(BoundFor s)
    {
        var top = NewLabel("for");
        var cont = NewLabel("for.step");
        var end = NewLabel("for.end");
        var initItems = ForInitItems(s);
        var addressed = ScopeNamesOf(s, initItems);
        if (addressed.Count > 0) Emit(SexpNode.Located(SexpTag.EnterScope, Loc(s.Location), Names(addressed)));
        F.Scopes.Add(addressed);
        foreach (var item in initItems) LowerStatement(item);
        EmitLabel(top);
        if (s.Condition is not null) Emit(SexpNode.Located(SexpTag.IfGoto, Loc(s.Condition.Location), Negate(s.Condition), end));
        LowerLoopBody(s.Body, end, cont);
        EmitLabel(cont);
        if (s.Step is not null) Emit(SexpNode.Located(SexpTag.Expr, Loc(s.Step.Location), LowerDiscarded(s.Step)));
        EmitGoto(top, SourceLocation.None);
        EmitLabel(end);
        F.Scopes.RemoveAt(F.Scopes.Count - 1);
        if (addressed.Count > 0) Emit(SexpNode.Make(SexpTag.LeaveScope, Names(addressed)));
    }

    // switch ( expression ) statement (C17 6.8.4.2)
    private void LowerSwitch(BoundSwitch s)
    {
        var end = NewLabel("sw.end");
        var children = new List<SexpChild>();
        if (Loc(s.Location) is { } loc) children.Add(loc);
        children.Add(Lower(s.Expression));
        // A case inside a block that declares address-taken objects enters that block: the switch
        // jumps to a trampoline that begins their lifetimes, then to the case.
        var trampolines = new List<(object Target, string Entry, string Label)>();
        string JumpLabel(object target, string label)
        {
            if (!JumpEntersScope(target)) return label;
            var entry = label + ".enter";
            trampolines.Add((target, entry, label));
            return entry;
        }
        foreach (var c in OrEmpty(s.Cases))
        {
            var label = NewLabel("case");
            F.CaseLabels[c] = label;
            var jump = JumpLabel(c, label);
            children.Add(c.IsRange
                ? SexpNode.Make(SexpTag.CaseRange, (long)c.Low, (long)c.High, jump)
                : SexpNode.Make(SexpTag.Case, (long)c.Low, jump));
        }
        var defaultLabel = s.HasDefault ? NewLabel("sw.default") : end;
        var defaultNode = s.HasDefault ? FindDefault(s.Body) : null;
        if (s.HasDefault) children.Add(SexpNode.Make(SexpTag.Default, defaultNode is null ? defaultLabel : JumpLabel(defaultNode, defaultLabel)));
        Emit(SexpNode.Make(SexpTag.Switch, children));
        if (!s.HasDefault || trampolines.Count > 0) EmitGoto(end, SourceLocation.None);
        foreach (var (target, entry, label) in trampolines)
        {
            EmitLabel(entry);
            EmitScopeChangesForJump(target, null);
            EmitGoto(label, SourceLocation.None);
        }
        F.DefaultLabels.Push(defaultLabel);
        F.Targets.Add(new JumpTarget(end, null, F.Scopes.Count));
        LowerStatement(s.Body);
        F.Targets.RemoveAt(F.Targets.Count - 1);
        F.DefaultLabels.Pop();
        EmitLabel(end);
    }

    /// <summary>The default label of a switch body (not of a nested switch).</summary>
    private static BoundDefaultLabel? FindDefault(BoundStatement statement)
    {
        var stack = new Stack<BoundStatement>();
        stack.Push(statement);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case BoundDefaultLabel d:
                    return d;
                case BoundBlock b:
                    for (var i = b.Statements.Length - 1; i >= 0; i--) stack.Push(b.Statements[i]);
                    break;
                case BoundCaseLabel c:
                    stack.Push(c.Statement);
                    break;
                case BoundLabeled l:
                    stack.Push(l.Statement);
                    break;
                case BoundIf i:
                    if (i.Else is not null) stack.Push(i.Else);
                    stack.Push(i.Then);
                    break;
                case BoundWhile w:
                    stack.Push(w.Body);
                    break;
                case BoundDoWhile dw:
                    stack.Push(dw.Body);
                    break;
                case BoundFor f:
                    stack.Push(f.Body);
                    break;
            }
        }
        return null;
    }

    // declaration of an automatic object (C17 6.7, 6.8p3): VLA sizes, storage, initializer, in that order.
    private void LowerLocalDeclaration(BoundLocalDeclaration decl)
    {
        var symbol = decl.Symbol;
        EvaluateVlaSizes(decl.VlaSizes);
        if (!IsAutomatic(symbol)) return; // statics are globals; extern declarations need nothing here
        var name = LocalName(symbol);
        var loc = Loc(decl.Location);
        if (symbol.Type is ArrayType { IsVla: true }) Emit(SexpNode.Located(SexpTag.VlaAlloc, loc, name));
        if (decl.Initializer is { } init)
        {
            Emit(SexpNode.Located(SexpTag.Init, loc, SexpNode.Make(SexpTag.Local, Type(symbol.Type), name), LowerInitializer(init)));
        }
    }

    private void PreassignVlaTemps(CType type)
    {
        for (var t = type; t is not null;)
        {
            switch (t)
            {
                case ArrayType a:
                    if (a.SizeExpression is BoundExpression size && !F.VlaSizeTemps.ContainsKey(size)) F.VlaSizeTemps[size] = NewTemp(BasicType.ULong, "vla.n");
                    t = a.Element;
                    break;
                case PointerType p:
                    t = p.Pointee;
                    break;
                default:
                    t = null;
                    break;
            }
        }
    }

    /// <summary>Evaluates each VLA size once, into a temporary that the VLA type then reads.</summary>
    private void EvaluateVlaSizes(ImmutableArray<BoundExpression> sizes)
    {
        foreach (var size in OrEmpty(sizes))
        {
            if (!F.EvaluatedVlaSizes.Add(size)) continue;
            if (!F.VlaSizeTemps.TryGetValue(size, out var temp)) temp = NewTemp(BasicType.ULong, "vla.n");
            var value = ConvertTo(size, BasicType.ULong);
            Emit(SexpNode.Located(SexpTag.Expr, Loc(size.Location),
                SexpNode.Located(SexpTag.Store, Loc(size.Location), SizeType, SexpNode.Make(SexpTag.Local, SizeType, temp), value)));
            F.VlaSizeTemps[size] = temp;
        }
    }
}
