# BUG: the request scope is set in a shared global as well as in a ContextVar; the global's "reset" in one handler clobbers the other's while it awaits
import asyncio
import contextvars

scope = contextvars.ContextVar("scope", default="none")
global_scope = "none"
mismatches = 0


async def handle(name: str, delay_ms: int) -> None:
    global global_scope, mismatches
    token = scope.set(name)
    previous = global_scope
    global_scope = name
    try:
        await asyncio.sleep(delay_ms / 1000)
        if global_scope != scope.get():
            mismatches += 1
    finally:
        scope.reset(token)
        global_scope = previous


async def main() -> None:
    await asyncio.gather(handle("a", 1), handle("b", 2))


asyncio.run(main())
print(mismatches, global_scope, scope.get())
assert mismatches == 0 and global_scope == "none"
