local version = _VERSION -- Lua 5.4 inside the VM: recursion, tables, strings, patterns, errors (setjmp/longjmp),
-- coroutines, metatables, the garbage collector, integer/float formatting and utf8.
-- tests/Altitude.Tests/RealCode/LuaRunTests.cs compares its output with a gcc build of Lua.
print(version)
local function fib(n) if n < 2 then return n end return fib(n-1) + fib(n-2) end
print(fib(20))
local t = {}
for i = 1, 1000 do t[i] = i * i end
local s = 0 for _, v in ipairs(t) do s = s + v end print(s)
local words = {} for w in ("the quick brown fox jumps over the lazy dog"):gmatch("%a+") do words[#words+1] = w:upper() end
table.sort(words) print(table.concat(words, ","))
print(pcall(function() error("boom") end))
print(select('#', pcall(error)))
local co = coroutine.create(function(a) local b = coroutine.yield(a + 1) return b * 2 end)
print(coroutine.resume(co, 1)) print(coroutine.resume(co, 10))
print(string.format("%d %s %q %g %x", 42, "hi", "a\nb", 1e20, 255))
local mt = setmetatable({}, {__index = function(_, k) return k .. "!" end}) print(mt.x)
print(math.floor(3.7), math.max(1, 9, 3), math.huge, -math.huge, 7 // 2, 7 % 3, 2^10)
collectgarbage() print(collectgarbage("count") > 0)
print(#"hello", ("abc"):rep(3), ("hello world"):find("wor"))
print(tostring(nil), tonumber("0x10"), tonumber("  12  "), 10 == 10.0, math.type(1), math.type(1.0))
local ok, err = pcall(function() local x = nil; return x.y end) print(ok, err)
print(utf8.char(72, 228, 8364), utf8.len("häll€"))
do goto skip end
print("not printed")
::skip::
print(string.rep("=", 20))
