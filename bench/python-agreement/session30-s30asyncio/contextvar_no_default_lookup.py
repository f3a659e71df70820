import asyncio
import contextvars

user = contextvars.ContextVar("user")
results = []
misses = 0


async def whoami() -> str:
    global misses
    await asyncio.sleep(0.001)
    try:
        who = user.get()
    except LookupError:
        misses += 1
        who = "anonymous"
    return who


async def handler(name: str) -> None:
    if name != "":
        user.set(name)
    who = await whoami()
    results.append(f"{name or '-'}={who}")


async def main() -> None:
    await asyncio.gather(handler("ann"), handler(""), handler("bo"))
    user.set("main")
    results.append(f"main={user.get()}")


asyncio.run(main())
print(results, misses)
