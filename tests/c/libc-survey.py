#!/usr/bin/env python3
# Lists the functions declared in src/Altitude/include that the VM's C library does not implement
# (a name counts as implemented when a SystemLibrary file registers it). Run from the repository root:
#   python3 tests/c/libc-survey.py > docs/libc-missing.txt
import re,glob,os,sys
decl={}
for f in sorted(glob.glob('src/Altitude/include/**/*.h',recursive=True)):
    txt=open(f).read()
    txt=re.sub(r'/\*.*?\*/','',txt,flags=re.S)
    txt=re.sub(r'\\\n','',txt)
    t='\n'.join(l for l in txt.split('\n') if not l.strip().startswith('#'))
    for st in t.split(';'):
        st=re.sub(r'\s+',' ',st.strip())
        if '(' not in st or '{' in st or 'typedef' in st: continue
        mm=re.match(r'^(?:extern\s+)?[\w\s\*]*?\b([A-Za-z_]\w*)\s*\(',st)
        if mm and mm.group(1) not in ('__attribute__','sizeof'):
            decl.setdefault(mm.group(1),os.path.relpath(f,'src/Altitude/include'))
reg=set()
for f in glob.glob('src/Altitude/Vm/Libc/*.cs'):
    s=open(f).read()
    for m in re.finditer(r'"([A-Za-z_]\w*)"',s): reg.add(m.group(1))
    for lst in re.finditer(r'(UnaryMath|BinaryMath) =\s*\[(.*?)\];',s,re.S):
        for n in re.findall(r'"(\w+)"',lst.group(2)): reg.update([n,n+'f',n+'l'])
    for m in re.finditer(r'(?:Ternary|IntArg|LongArg|ToInt|ToLong)\("(\w+)"\)',s): reg.update([m.group(1)+'f',m.group(1)+'l'])
    for m in re.finditer(r'WideClassNames = \[(.*?)\]',s): reg.update('isw'+n for n in re.findall(r'"(\w+)"',m.group(1)))
    if '"__builtin_" + name' in s: pass
done=[n for n in decl if n in reg]
missing=sorted((h,n) for n,h in decl.items() if n not in reg)
print(f"{len(decl)} functions declared in src/Altitude/include, {len(done)} implemented, {len(missing)} not implemented",file=sys.stderr)
cur=None
out=[]
for h,n in missing:
    if h!=cur: out.append(f'\n{h}:'); cur=h
    out[-1]+=' '+n
print('\n'.join(out))
