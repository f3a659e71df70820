# gather(return_exceptions=True) and `r.args[0]` after `isinstance(r, Exception)` (no class of the program's own,
# no other read that made the program carry exception values before session 38).
import asyncio

log = []


async def call(n):
    await asyncio.sleep(0)
    if n == 2:
        raise ValueError("bad 2")
    return n * 10


async def main():
    results = await asyncio.gather(call(1), call(2), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            log.append(r.args[0])
        else:
            log.append(r)


asyncio.run(main())
print(log)
