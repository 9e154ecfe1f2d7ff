using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using Altitude.Front.Parsing;
using Altitude.Text;
using Altitude.Types;

namespace Altitude.Front.Semantics;

internal sealed partial class Binder
{
    private bool AtFileScope => ReferenceEquals(_scope, _fileScope);

    /// <summary>declaration (C17 6.7), at file or block scope. Block-scope objects produce statements in <paramref name="output"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void BindDeclaration(DeclarationSyntax decl, List<BoundStatement>? output)
    {
        bool bare = decl.Declarators.Count == 0 && decl.Specifiers.StorageClasses.Count == 0 && decl.Specifiers.Qualifiers == Parsing.TypeQualifiers.None;
        var spec = BindSpecifiers(decl.Specifiers, bare);
        if (decl.Declarators.Count == 0)
        {
            bool declaresTag = decl.Specifiers.TypeSpecifiers.Any(t => t is StructOrUnionSpecifierSyntax { Tag: not null } or StructOrUnionSpecifierSyntax { Members: not null } or EnumSpecifierSyntax);
            if (!declaresTag) Report(SemanticErrors.UselessDeclaration, decl.Location);
            return;
        }
        foreach (var id in decl.Declarators)
        {
            if (_diagnostics.ReachedErrorLimit) return;
            var info = new DeclaratorInfo();
            var context = AtFileScope ? DeclaratorContext.File : DeclaratorContext.Block;
            var type = ApplyDeclarator(spec.Type, id.Declarator, context, info);
            info.Attributes.AddRange(id.Attributes);
            if (info.Name is null) continue; // the parser reported the missing name
            int align = spec.Align;
            foreach (var a in info.Attributes)
            {
                if (a.CanonicalName == "aligned") align = Math.Max(align, AttributeAlignment(a));
                else if (a.CanonicalName == "vector_size") Report(SemanticErrors.VectorSize, a.Location);
                else if (a.CanonicalName == "mode") type = ApplyMode(type, a);
            }
            if (decl.Specifiers.AlignmentSpecifiers.Count > 0)
            {
                string? what = spec.Storage == StorageClass.Typedef ? "a typedef" : type.IsFunction ? "a function" : spec.Storage == StorageClass.Register ? "a register object" : null;
                if (what is not null) Report(SemanticErrors.AlignasNotAllowed, decl.Specifiers.AlignmentSpecifiers[0].Location, what);
            }
            if (spec.Storage == StorageClass.Typedef)
            {
                if (id.Initializer is not null) Report(SemanticErrors.TypedefInitialized, info.Location, info.Name);
                DeclareTypedef(info.Name, align > 0 ? type.WithAlignOverride(align) : type, info.Location);
                if (output is not null && info.VlaSizes.Count > 0)
                    output.Add(new BoundVlaTypeDeclaration(info.Location, type, [.. info.VlaSizes]));
                continue;
            }
            if (spec.IsAutoType && id.Initializer is ExpressionInitializerSyntax autoInit)
            {
                type = RValue(BindExpression(autoInit.Expression)).Type;
            }
            if (type is FunctionType ft)
            {
                if (id.Initializer is not null) Report(SemanticErrors.FunctionInitialized, info.Location, info.Name);
                if (info.KnrNames is { Count: > 0 }) Report(SemanticErrors.ParameterNamesWithoutTypes, info.Location);
                if (spec.Noreturn && !ft.IsNoReturn) ft = new FunctionType(ft.ReturnType, ft.Parameters, ft.IsVariadic, ft.HasPrototype) { IsNoReturn = true };
                DeclareFunction(info.Name, ft, spec, info.Location, isDefinition: false);
                continue;
            }
            if (spec.Inline) Report(SemanticErrors.FunctionSpecifierOnObject, info.Location, info.Name, "inline");
            if ((decl.Specifiers.FunctionSpecifiers & FunctionSpecifiers.Noreturn) != 0) Report(SemanticErrors.FunctionSpecifierOnObject, info.Location, info.Name, "_Noreturn");
            if (id.Initializer is not null && !type.IsComplete && type is not ArrayType { Length: null, IsVla: false } && !type.IsVariablyModified && !type.IsVoid)
            {
                Report(SemanticErrors.IncompleteInitialized, info.Location, info.Name);
                DeclareObject(info, type, spec, align, null, output);
                continue;
            }
            DeclareObject(info, type, spec, align, id.Initializer, output);
        }
    }

    private void DeclareTypedef(string name, CType type, SourceLocation location)
    {
        var existing = _scope.LookupLocal(name);
        if (existing is not null)
        {
            if (existing.Kind != SymbolKind.Typedef) Report(SemanticErrors.DifferentKind, location, name);
            else if (!TypeRules.SameType(existing.Type, type) || type.IsVariablyModified) Report(SemanticErrors.TypedefRedefinition, location, name);
            return;
        }
        // The typedef's type carries its name once, so each use needs no copy.
        var s = NewSymbol(name, SymbolKind.Typedef, type.WithTypedefName(name), location);
        _scope.Declare(name, s);
    }

    /// <summary>The linkage an extern (or unspecified function) declaration takes from a visible prior declaration (C17 6.2.2p4).</summary>
    private Symbol? VisibleWithLinkage(string name)
    {
        var s = _scope.Lookup(name);
        if (s is not null && s.Linkage != Linkage.None && s.Kind is SymbolKind.Variable or SymbolKind.Function) return s;
        return null;
    }

    /// <summary>Function declarations (C17 6.7.6.3, linkage 6.2.2, redeclaration 6.7p3-4).</summary>
    private Symbol DeclareFunction(string name, FunctionType type, DeclSpec spec, SourceLocation location, bool isDefinition)
    {
        if (!AtFileScope && spec.Storage is StorageClass.Static or StorageClass.Auto or StorageClass.Register)
            Report(SemanticErrors.InvalidFunctionStorage, location, name);
        if (spec.ThreadLocal) Report(SemanticErrors.InvalidFunctionStorage, location, name);
        var local = _scope.LookupLocal(name);
        var prior = VisibleWithLinkage(name);
        Linkage linkage = spec.Storage == StorageClass.Static && AtFileScope ? Linkage.Internal : prior?.Linkage ?? Linkage.External;
        if (_linked.TryGetValue(name, out var linkedPrior) && prior is null && linkage == Linkage.External && linkedPrior.Linkage == Linkage.Internal && !AtFileScope)
            linkage = Linkage.Internal;
        Symbol? target = null;
        if (local is not null)
        {
            if (local.Kind != SymbolKind.Function) { Report(SemanticErrors.DifferentKind, location, name); return NewFunctionSymbol(name, type, linkage, location); }
            target = local;
        }
        else if (_linked.TryGetValue(name, out var l))
        {
            if (l.Kind != SymbolKind.Function) { Report(SemanticErrors.DifferentKind, location, name); return NewFunctionSymbol(name, type, linkage, location); }
            target = l;
        }
        if (target is not null)
        {
            if (spec.Storage == StorageClass.Static && target.Linkage == Linkage.External && !target.IsBuiltin)
                Report(SemanticErrors.StaticFollowsNonStatic, location, name);
            if (!target.IsBuiltin && !TypeRules.AreCompatible(target.Type, type))
                Report(SemanticErrors.ConflictingTypes, location, name, type.ToString());
            else
            {
                var composite = target.IsBuiltin ? type : TypeRules.Composite(target.Type, type);
                if (composite is FunctionType cf && (type.IsNoReturn || ((FunctionType)target.Type).IsNoReturn) && !cf.IsNoReturn)
                    composite = new FunctionType(cf.ReturnType, cf.Parameters, cf.IsVariadic, cf.HasPrototype) { IsNoReturn = true };
                target.Type = composite;
                target.IsBuiltin = false;
            }
            if (isDefinition && target.IsDefined) Report(SemanticErrors.Redefinition, location, name);
            if (spec.Inline) target.IsInline = true;
            if (AtFileScope && (!spec.Inline || spec.Storage == StorageClass.Extern)) target.HasExternalDeclaration = true;
            _scope.Declare(name, target);
            return target;
        }
        var sym = NewFunctionSymbol(name, type, linkage, location);
        sym.IsInline = spec.Inline;
        if (AtFileScope && (!spec.Inline || spec.Storage == StorageClass.Extern)) sym.HasExternalDeclaration = true;
        _scope.Declare(name, sym);
        if (!AtFileScope && linkage != Linkage.None) { }
        return sym;
    }

    private Symbol NewFunctionSymbol(string name, FunctionType type, Linkage linkage, SourceLocation location)
    {
        var sym = NewSymbol(name, SymbolKind.Function, type, location);
        sym.Linkage = linkage;
        sym.Storage = StorageDuration.Static;
        if (!_linked.ContainsKey(name))
        {
            _linked[name] = sym;
            _linkedOrder.Add(sym);
        }
        return sym;
    }

    /// <summary>Object declarations (C17 6.7, 6.9.2 external object definitions, 6.2.2 linkage, 6.7.9 initialization).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void DeclareObject(DeclaratorInfo info, CType type, DeclSpec spec, int align, InitializerSyntax? init, List<BoundStatement>? output)
    {
        string name = info.Name!;
        var location = info.Location;
        if (type.IsVoid) { Report(SemanticErrors.VoidVariable, location, name); type = BasicType.Int; }
        if (align > 0 && align < TypeLayout.AlignOf(type) && spec.Align > 0)
            Report(SemanticErrors.InvalidAlignment, location, $"'_Alignas' specifiers cannot reduce alignment of '{name}'");

        if (AtFileScope)
        {
            if (spec.Storage is StorageClass.Auto or StorageClass.Register)
                Report(SemanticErrors.FileScopeStorage, location, name, spec.Storage == StorageClass.Auto ? "auto" : "register");
            var prior = VisibleWithLinkage(name);
            Linkage linkage = spec.Storage == StorageClass.Static ? Linkage.Internal
                : spec.Storage == StorageClass.Extern ? prior?.Linkage ?? Linkage.External
                : Linkage.External;
            if (linkage == Linkage.Internal && init is null && type is ArrayType { Length: null, IsVla: false })
                Report(SemanticErrors.StaticArraySizeMissing, location, name);
            var sym = DeclareLinkedObject(name, type, linkage, spec, location);
            if (sym is null) return;
            if (align > sym.AlignAttribute) sym.AlignAttribute = align;
            if (init is not null)
            {
                if (spec.Storage == StorageClass.Extern) { } // gcc: warning "'x' initialized and declared 'extern'"
                if (sym.IsDefined && sym.Initializer is not null) { Report(SemanticErrors.Redefinition, location, name); return; }
                var bound = BindInitializer(sym.Type, init, staticStorage: true);
                sym.Type = CompleteArrayFromInitializer(sym.Type, bound);
                sym.Initializer = bound;
                sym.IsDefined = true;
                sym.IsTentative = false;
                AddGlobal(sym);
            }
            else if (spec.Storage != StorageClass.Extern)
            {
                if (!sym.IsDefined) sym.IsTentative = true;
            }
            return;
        }

        // Block scope.
        if (spec.Storage == StorageClass.Extern)
        {
            if (init is not null) Report(SemanticErrors.ExternInitialized, location, name);
            if (type.IsVariablyModified) Report(SemanticErrors.VariablyModifiedWithLinkage, location, name);
            var prior = VisibleWithLinkage(name);
            var sym = DeclareLinkedObject(name, type, prior?.Linkage ?? Linkage.External, spec, location);
            return;
        }
        var existing = _scope.LookupLocal(name);
        if (existing is not null)
        {
            if (existing.Kind is not (SymbolKind.Variable or SymbolKind.Parameter or SymbolKind.Function)) Report(SemanticErrors.DifferentKind, location, name);
            else Report(SemanticErrors.RedeclarationNoLinkage, location, name);
        }
        if (spec.ThreadLocal && spec.Storage != StorageClass.Static) Report(SemanticErrors.ThreadLocalAuto, location, name);
        bool isStatic = spec.Storage == StorageClass.Static;
        var local = NewSymbol(name, SymbolKind.Variable, type, location);
        local.Storage = isStatic ? (spec.ThreadLocal ? StorageDuration.Thread : StorageDuration.Static) : StorageDuration.Automatic;
        local.Linkage = Linkage.None;
        local.IsRegister = spec.Storage == StorageClass.Register;
        local.AlignAttribute = align;
        local.EnclosingFunction = _function?.Symbol;
        if (isStatic && type.IsVariablyModified) Report(SemanticErrors.VlaAtFileScope, location, $"'{name}' ");
        _scope.Declare(name, local);
        BoundInitializer? initializer = null;
        if (init is not null)
        {
            if (type.IsVariablyModified) Report(SemanticErrors.VlaInitialized, init.Location);
            else
            {
                initializer = BindInitializer(type, init, staticStorage: isStatic);
                local.Type = CompleteArrayFromInitializer(type, initializer);
            }
        }
        if (!local.Type.IsComplete && !local.Type.IsVariablyModified)
            Report(SemanticErrors.IncompleteVariable, location, name);
        if (isStatic)
        {
            local.Initializer = initializer;
            local.IsDefined = true;
            _function?.StaticLocals.Add(local);
            AddGlobal(local);
        }
        else
        {
            local.IsDefined = true;
            _function?.Locals.Add(local);
            if (_function is not null && local.Type.IsVariablyModified) _function.Vlas = new VlaScope(local, _function.Vlas);
            output?.Add(new BoundLocalDeclaration(location, local, initializer, [.. info.VlaSizes]));
        }
    }

    /// <summary>An object declaration with linkage: merges with any prior declaration of the same entity (C17 6.2.2, 6.2.7p2, 6.7p4).</summary>
    private Symbol? DeclareLinkedObject(string name, CType type, Linkage linkage, DeclSpec spec, SourceLocation location)
    {
        var local = _scope.LookupLocal(name);
        Symbol? target = null;
        if (local is not null)
        {
            if (local.Kind != SymbolKind.Variable || local.Linkage == Linkage.None)
            {
                Report(local.Kind == SymbolKind.Variable ? SemanticErrors.RedeclarationNoLinkage : SemanticErrors.DifferentKind, location, name);
                return null;
            }
            target = local;
        }
        else if (_linked.TryGetValue(name, out var l))
        {
            if (l.Kind != SymbolKind.Variable) { Report(SemanticErrors.DifferentKind, location, name); return null; }
            target = l;
        }
        if (target is not null)
        {
            if (AtFileScope)
            {
                if (linkage == Linkage.Internal && target.Linkage == Linkage.External) Report(SemanticErrors.StaticFollowsNonStatic, location, name);
                else if (linkage == Linkage.External && spec.Storage != StorageClass.Extern && target.Linkage == Linkage.Internal) Report(SemanticErrors.NonStaticFollowsStatic, location, name);
            }
            if (!TypeRules.AreCompatible(target.Type.Unqualified, type.Unqualified) || target.Type.Qualifiers != type.Qualifiers)
                Report(SemanticErrors.ConflictingTypes, location, name, type.ToString());
            else target.Type = TypeRules.Composite(target.Type, type);
            if (spec.ThreadLocal) target.Storage = StorageDuration.Thread;
            _scope.Declare(name, target);
            return target;
        }
        var sym = NewSymbol(name, SymbolKind.Variable, type, location);
        sym.Linkage = linkage;
        sym.Storage = spec.ThreadLocal ? StorageDuration.Thread : StorageDuration.Static;
        _scope.Declare(name, sym);
        _linked[name] = sym;
        _linkedOrder.Add(sym);
        return sym;
    }

    /// <summary>An array of unknown size takes its length from its initializer (C17 6.7.9p22).</summary>
    private static CType CompleteArrayFromInitializer(CType type, BoundInitializer init)
    {
        if (type is ArrayType { Length: null, IsVla: false } a && init.Type is ArrayType { Length: not null } done)
            return new ArrayType(a.Element, done.Length).WithQualifiers(a.Qualifiers).WithTypedefName(null);
        return type;
    }

    /// <summary>function-definition (C17 6.9.1).</summary>
    private void BindFunctionDefinition(FunctionDefinitionSyntax f)
    {
        if (!AtFileScope || _function is not null)
        {
            Report(SemanticErrors.NestedFunction, f.Location);
            return;
        }
        var spec = BindSpecifiers(f.Specifiers);
        var info = new DeclaratorInfo();
        var type = ApplyDeclarator(spec.Type, f.Declarator, DeclaratorContext.File, info);
        if (type is not FunctionType ft || info.Name is null)
        {
            Report(SemanticErrors.NotAFunctionDefinition, f.Location, info.Name ?? "?");
            return;
        }
        if (spec.Storage is not null and not StorageClass.Static and not StorageClass.Extern)
            Report(SemanticErrors.InvalidFunctionStorage, f.Location, info.Name);
        var parameters = info.Parameters ?? [];
        // Old-style definition: parameter types come from the declaration list (C17 6.9.1p6).
        if (info.KnrNames is { Count: > 0 } knr)
        {
            parameters = BindKnrParameters(knr, f.KnrDeclarations);
        }
        else if (f.KnrDeclarations.Count > 0)
        {
            Report(SemanticErrors.KnrNoSuchParameter, f.KnrDeclarations[0].Location, f.KnrDeclarations[0].Declarators.FirstOrDefault()?.Declarator.DeclaredName ?? "?");
        }
        if (spec.Noreturn) ft = new FunctionType(ft.ReturnType, ft.Parameters, ft.IsVariadic, ft.HasPrototype) { IsNoReturn = true };
        if (info.Name == "main")
        {
            if (ft.ReturnType.Unqualified.Kind != TypeKind.Int) Report(SemanticErrors.MainReturnType, info.Location);
            CheckMainParameters(ft, info.Location);
        }
        if (!ft.ReturnType.IsVoid && !ft.ReturnType.IsComplete) Report(SemanticErrors.IncompleteReturn, info.Location);
        var sym = DeclareFunction(info.Name, ft, spec, info.Location, isDefinition: true);
        sym.IsDefined = true;

        var fnType = sym.Type as FunctionType ?? ft;
        _function = new FunctionContext(sym, fnType);
        PushScope(ScopeKind.Block);
        try
        {
            for (int i = 0; i < parameters.Count; i++)
            {
                var p = parameters[i];
                p.EnclosingFunction = sym;
                if (p.Name.Length == 0)
                {
                    Report(SemanticErrors.ParameterNameOmitted, p.Location);
                    continue;
                }
                if (!p.Type.IsComplete) Report(SemanticErrors.ParameterIncomplete, p.Location, i + 1, p.Name);
                _scope.Declare(p.Name, p);
            }
            var items = BindBlockItems(f.Body.Items);
            var body = new BoundBlock(f.Body.Location, items);
            foreach (var (label, loc, vlas) in _function.Gotos)
            {
                if (!label.IsDefined) Report(SemanticErrors.UndefinedLabel, loc, label.Name);
                else if (_function.LabelVlas.TryGetValue(label, out var atLabel) && !VlaScope.Covers(vlas, atLabel))
                    Report(SemanticErrors.JumpIntoVla, loc);
            }
            _functions.Add(new BoundFunction(f.Location, sym, [.. parameters], body, [.. _function.Locals], [.. _function.StaticLocals], [.. _function.AllLabels]));
        }
        finally
        {
            PopScope();
            _scope = _fileScope;
            _function = null;
        }
    }

    /// <summary>The two portable forms of main (C17 5.1.2.2.1): (void) or (int, char **); gcc's -Wmain checks, errors only when pedantic.</summary>
    private void CheckMainParameters(FunctionType ft, SourceLocation location)
    {
        if (!ft.HasPrototype) return;
        var ps = ft.Parameters;
        if (ps.Length is not (0 or 2 or 3)) { Pedantic(SemanticErrors.MainSignature, location, "'main' takes only zero or two arguments"); return; }
        if (ps.Length == 0) return;
        if (ps[0].Type.Unqualified.Kind != TypeKind.Int) Pedantic(SemanticErrors.MainSignature, location, "first argument of 'main' should be 'int'");
        var charPtrPtr = new PointerType(new PointerType(BasicType.Char));
        if (!TypeRules.AreCompatible(ps[1].Type.Unqualified, charPtrPtr)) Pedantic(SemanticErrors.MainSignature, location, "second argument of 'main' should be 'char **'");
    }

    /// <summary>K&amp;R parameter declarations: each must name a parameter of the identifier list; undeclared ones are int (C17 6.9.1p6).</summary>
    private List<Symbol> BindKnrParameters(IReadOnlyList<IdentifierNameSyntax> names, IReadOnlyList<DeclarationSyntax> declarations)
    {
        var byName = new Dictionary<string, Symbol?>(StringComparer.Ordinal);
        foreach (var n in names) byName[n.Name] = null;
        foreach (var d in declarations)
        {
            var spec = BindSpecifiers(d.Specifiers);
            foreach (var id in d.Declarators)
            {
                var info = new DeclaratorInfo();
                var t = ApplyDeclarator(spec.Type, id.Declarator, DeclaratorContext.Prototype, info);
                if (info.Name is null) continue;
                if (!byName.TryGetValue(info.Name, out var prior)) { Report(SemanticErrors.KnrNoSuchParameter, info.Location, info.Name); continue; }
                if (prior is not null) { Report(SemanticErrors.ParameterRedeclared, info.Location, info.Name); continue; }
                var sym = NewSymbol(info.Name, SymbolKind.Parameter, TypeRules.AdjustParameter(t), info.Location);
                sym.Storage = StorageDuration.Automatic;
                sym.IsRegister = d.Specifiers.Has(StorageClass.Register);
                byName[info.Name] = sym;
            }
        }
        var result = new List<Symbol>();
        foreach (var n in names)
        {
            var s = byName[n.Name];
            if (s is null)
            {
                Report(SemanticErrors.ImplicitIntParameter, n.Location, n.Name);
                s = NewSymbol(n.Name, SymbolKind.Parameter, BasicType.Int, n.Location);
                s.Storage = StorageDuration.Automatic;
                byName[n.Name] = s;
            }
            result.Add(s);
        }
        return result;
    }
}
