using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using Altitude.Front.Parsing;
using Altitude.Text;
using Altitude.Types;

namespace Altitude.Front.Semantics;

/// <summary>Statements (C17 6.8).</summary>
internal sealed partial class Binder
{
    /// <summary>block-item-list (C17 6.8.2) in the current scope.</summary>
    private ImmutableArray<BoundStatement> BindBlockItems(IReadOnlyList<BlockItemSyntax> items)
    {
        var result = new List<BoundStatement>(items.Count);
        Dictionary<string, LabelSymbol>? localLabels = null;
        if (_function is not null && items.Count > 0 && items[0] is LabelDeclarationSyntax)
        {
            localLabels = new Dictionary<string, LabelSymbol>(StringComparer.Ordinal);
            _function.LocalLabelScopes.Add(localLabels);
        }
        try
        {
            BindBlockItemsInto(items, result, localLabels);
        }
        finally
        {
            if (localLabels is not null) _function!.LocalLabelScopes.RemoveAt(_function.LocalLabelScopes.Count - 1);
        }
        return [.. result];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void BindBlockItemsInto(IReadOnlyList<BlockItemSyntax> items, List<BoundStatement> result, Dictionary<string, LabelSymbol>? localLabels)
    {
        foreach (var item in items)
        {
            if (_diagnostics.ReachedErrorLimit) break;
            switch (item)
            {
                case DeclarationSyntax d:
                    BindDeclaration(d, result);
                    break;
                case StaticAssertSyntax sa:
                    BindStaticAssert(sa);
                    break;
                case FunctionDefinitionSyntax f:
                    Report(SemanticErrors.NestedFunction, f.Location);
                    break;
                case LabelDeclarationSyntax ld:
                    if (localLabels is not null) DeclareLocalLabels(ld, localLabels);
                    break;
                case AsmDeclarationSyntax asm:
                    Report(SemanticErrors.InlineAssembly, asm.Location);
                    break;
                case EmptyDeclarationSyntax:
                    break;
                case StatementSyntax s:
                    result.Add(BindStatement(s));
                    break;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BoundStatement BindStatement(StatementSyntax s)
    {
        if (!Enter(s.Location)) { Leave(); return new BoundNullStatement(s.Location); }
        try
        {
            return BindStatementCore(s);
        }
        finally
        {
            Leave();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BoundStatement BindStatementCore(StatementSyntax s)
    {
        switch (s)
        {
            case CompoundStatementSyntax c:
            {
                PushScope(ScopeKind.Block);
                try { return new BoundBlock(c.Location, BindBlockItems(c.Items)); }
                finally { PopScope(); }
            }
            case ExpressionStatementSyntax e:
            {
                var x = BindExpression(e.Expression);
                if (x is not BoundErrorExpression) x = RValueForEffect(x);
                return new BoundExpressionStatement(e.Location, x);
            }
            case NullStatementSyntax n:
                return new BoundNullStatement(n.Location);
            case IfStatementSyntax i:
            {
                var cond = Condition(i.Condition);
                var then = BindSubStatement(i.Then);
                var els = i.Else is null ? null : BindSubStatement(i.Else);
                return new BoundIf(i.Location, cond, then, els);
            }
            case WhileStatementSyntax w:
            {
                var cond = Condition(w.Condition);
                var body = BindLoopBody(w.Body);
                return new BoundWhile(w.Location, cond, body);
            }
            case DoStatementSyntax d:
            {
                var body = BindLoopBody(d.Body);
                var cond = Condition(d.Condition);
                return new BoundDoWhile(d.Location, body, cond);
            }
            case ForStatementSyntax f:
                return BindFor(f);
            case SwitchStatementSyntax sw:
                return BindSwitch(sw);
            case CaseStatementSyntax cs:
                return BindCase(cs);
            case DefaultStatementSyntax ds:
            {
                if (_function is null || _function.Switches.Count == 0) Report(SemanticErrors.DefaultOutside, ds.Location);
                else
                {
                    var sw = _function.Switches.Peek();
                    if (!VlaScope.Covers(sw.Vlas, _function.Vlas)) Report(SemanticErrors.JumpIntoVla, ds.Location);
                    if (sw.HasDefault) Report(SemanticErrors.DuplicateDefault, ds.Location);
                    sw.HasDefault = true;
                }
                return new BoundDefaultLabel(ds.Location, BindStatement(ds.Statement));
            }
            case LabeledStatementSyntax l:
            {
                var label = DefineLabel(l.Label, l.Location);
                return new BoundLabeled(l.Location, label, BindStatement(l.Statement));
            }
            case GotoStatementSyntax g:
            {
                var label = UseLabel(g.Label, g.LabelLocation);
                _function?.Gotos.Add((label, g.Location, _function.Vlas));
                return new BoundGoto(g.Location, label);
            }
            case ComputedGotoStatementSyntax cg:
            {
                var target = BindValue(cg.Target);
                if (target is not BoundErrorExpression && !target.Type.IsPointer)
                {
                    Report(SemanticErrors.IncompatibleTypes, cg.Target.Location, "passing to goto *", "void *", target.Type.ToString());
                    target = new BoundErrorExpression(cg.Location);
                }
                else if (target is not BoundErrorExpression) target = Convert(target, TypeRules.VoidPointer(), false);
                return new BoundComputedGoto(cg.Location, target);
            }
            case BreakStatementSyntax b:
                if (_function is null || _function.BreakableDepth == 0) Report(SemanticErrors.BreakOutside, b.Location);
                return new BoundBreak(b.Location);
            case ContinueStatementSyntax c:
                if (_function is null || _function.LoopDepth == 0) Report(SemanticErrors.ContinueOutside, c.Location);
                return new BoundContinue(c.Location);
            case ReturnStatementSyntax r:
                return BindReturn(r);
            case AsmStatementSyntax a:
                Report(SemanticErrors.InlineAssembly, a.Location);
                return new BoundNullStatement(a.Location);
        }
        return new BoundNullStatement(s.Location);
    }

    /// <summary>An expression statement's value is discarded: decay and lvalue conversion still apply (volatile reads happen), void is fine.</summary>
    private BoundExpression RValueForEffect(BoundExpression e) =>
        e.Type.IsVoid || (e.Category == ValueCategory.LValue && e.Type.IsRecord && !e.Type.IsComplete) ? e : RValue(e);

    /// <summary>A sub-statement of a selection or iteration statement is its own block (C17 6.8.4p3, 6.8.5p5).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BoundStatement BindSubStatement(StatementSyntax s)
    {
        PushScope(ScopeKind.Block);
        try { return BindStatement(s); }
        finally { PopScope(); }
    }

    private BoundStatement BindLoopBody(StatementSyntax s)
    {
        if (_function is not null) { _function.LoopDepth++; _function.BreakableDepth++; }
        try { return BindSubStatement(s); }
        finally
        {
            if (_function is not null) { _function.LoopDepth--; _function.BreakableDepth--; }
        }
    }

    /// <summary>Controlling expressions of if/while/do/for must have scalar type (C17 6.8.4.1p1, 6.8.5p2).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BoundExpression Condition(ExpressionSyntax syntax)
    {
        var e = BindValue(syntax);
        if (e is BoundErrorExpression) return e;
        if (!e.Type.IsScalar)
        {
            Report(SemanticErrors.ScalarRequired, syntax.Location, e.Type.IsVoid ? "void" : e.Type.IsUnion ? "union" : e.Type.IsStruct ? "struct" : e.Type.ToString());
            return new BoundErrorExpression(syntax.Location);
        }
        return e;
    }

    /// <summary>for statement (C17 6.8.5.3): its own block scope; the declaration may only declare automatic/register objects.</summary>
    private BoundStatement BindFor(ForStatementSyntax f)
    {
        PushScope(ScopeKind.Block);
        try
        {
            BoundStatement? init = null;
            if (f.InitDeclaration is not null)
            {
                var decls = new List<BoundStatement>();
                BindDeclaration(f.InitDeclaration, decls);
                init = new BoundBlock(f.InitDeclaration.Location, [.. decls]);
            }
            else if (f.InitExpression is not null)
            {
                var x = BindExpression(f.InitExpression);
                init = new BoundExpressionStatement(f.InitExpression.Location, x is BoundErrorExpression ? x : RValueForEffect(x));
            }
            var cond = f.Condition is null ? null : Condition(f.Condition);
            BoundExpression? step = null;
            if (f.Step is not null)
            {
                var x = BindExpression(f.Step);
                step = x is BoundErrorExpression ? x : RValueForEffect(x);
            }
            var body = BindLoopBody(f.Body);
            return new BoundFor(f.Location, init, cond, step, body);
        }
        finally
        {
            PopScope();
        }
    }

    /// <summary>switch (C17 6.8.4.2): integer controlling expression (promoted); unique case values.</summary>
    private BoundStatement BindSwitch(SwitchStatementSyntax s)
    {
        var e = BindValue(s.Expression);
        CType type = BasicType.Int;
        if (e is not BoundErrorExpression)
        {
            if (!e.Type.IsInteger) { Report(SemanticErrors.SwitchNotInteger, s.Expression.Location); e = new BoundErrorExpression(s.Expression.Location); }
            else { type = TypeRules.Promote(e.Type); e = Convert(e, type, false); }
        }
        if (_function is null) return new BoundNullStatement(s.Location);
        var ctx = new SwitchContext(type, _function.Vlas);
        _function.Switches.Push(ctx);
        _function.BreakableDepth++;
        BoundStatement body;
        try { body = BindSubStatement(s.Body); }
        finally
        {
            _function.BreakableDepth--;
            _function.Switches.Pop();
        }
        // Duplicate values and overlapping ranges: sort once, compare neighbours (no quadratic scan).
        var sorted = ctx.Cases.OrderBy(c => c.Low).ToList();
        for (int i = 1; i < sorted.Count; i++)
            if (sorted[i].Low <= sorted[i - 1].High)
                Report(SemanticErrors.DuplicateCase, sorted[i].Location);
        return new BoundSwitch(s.Location, e, body, [.. ctx.Cases], ctx.HasDefault);
    }

    /// <summary>case label (C17 6.8.1p2, 6.8.4.2p3): integer constant converted to the promoted controlling type; GNU ranges.</summary>
    private BoundStatement BindCase(CaseStatementSyntax cs)
    {
        var low = RequireIntegerConstant(BindValue(cs.Value), cs.Value.Location, "case label");
        Int128? high = low;
        if (cs.RangeEnd is not null) high = RequireIntegerConstant(BindValue(cs.RangeEnd), cs.RangeEnd.Location, "case label");
        SwitchCase? label = null;
        if (_function is null || _function.Switches.Count == 0) Report(SemanticErrors.CaseOutside, cs.Location);
        else if (low is not null && high is not null)
        {
            var sw = _function.Switches.Peek();
            if (!VlaScope.Covers(sw.Vlas, _function.Vlas)) Report(SemanticErrors.JumpIntoVla, cs.Location);
            var lo = TypeRules.Truncate(low.Value, sw.Type);
            var hi = TypeRules.Truncate(high.Value, sw.Type);
            label = new SwitchCase(sw.Cases.Count, lo, hi, cs.Location);
            if (hi >= lo) sw.Cases.Add(label);
        }
        var stmt = BindStatement(cs.Statement);
        return new BoundCaseLabel(cs.Location, label ?? new SwitchCase(-1, 0, 0, cs.Location), stmt);
    }

    /// <summary>return (C17 6.8.6.4).</summary>
    private BoundStatement BindReturn(ReturnStatementSyntax r)
    {
        var ret = _function?.Type.ReturnType ?? BasicType.Int;
        if (r.Expression is null)
        {
            if (!ret.IsVoid) Report(SemanticErrors.ReturnNoValue, r.Location);
            return new BoundReturn(r.Location, null);
        }
        var e = BindValue(r.Expression);
        if (e is BoundErrorExpression) return new BoundReturn(r.Location, e);
        if (ret.IsVoid)
        {
            if (!e.Type.IsVoid) Report(SemanticErrors.ReturnValueInVoid, r.Location);
            return new BoundReturn(r.Location, e);
        }
        return new BoundReturn(r.Location, ConvertForAssignment(e, ret, AssignContext.Return, r.Expression.Location));
    }

    private LabelSymbol UseLabel(string name, SourceLocation location)
    {
        var scopes = _function!.LocalLabelScopes;
        for (int i = scopes.Count - 1; i >= 0; i--)
            if (scopes[i].TryGetValue(name, out var local)) return local;
        if (_function.Labels.TryGetValue(name, out var l)) return l;
        l = new LabelSymbol(_nextSymbolId++, name, location);
        _function.Labels[name] = l;
        _function.AllLabels.Add(l);
        return l;
    }

    /// <summary>GNU <c>__label__ a, b;</c>: labels local to the enclosing block (and statement expression).</summary>
    private void DeclareLocalLabels(LabelDeclarationSyntax d, Dictionary<string, LabelSymbol> scope)
    {
        foreach (var n in d.Names)
        {
            if (scope.ContainsKey(n.Name)) { Report(SemanticErrors.DuplicateLabel, n.Location, n.Name); continue; }
            var l = new LabelSymbol(_nextSymbolId++, n.Name, n.Location);
            scope[n.Name] = l;
            _function!.AllLabels.Add(l);
        }
    }

    /// <summary>labeled-statement (C17 6.8.1p3): label names are unique in a function.</summary>
    private LabelSymbol DefineLabel(string name, SourceLocation location)
    {
        if (_function is null) return new LabelSymbol(_nextSymbolId++, name, location);
        var l = UseLabel(name, location);
        if (l.IsDefined) Report(SemanticErrors.DuplicateLabel, location, name);
        l.IsDefined = true;
        _function.LabelVlas[l] = _function.Vlas;
        return l;
    }
}
