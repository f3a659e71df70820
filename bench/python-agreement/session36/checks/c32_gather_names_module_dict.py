"""gather(return_exceptions=True) with failures from a module dict's missing key and a None compare."""
import asyncio

CODES = {"ok": 3, "none": None}
names = []
total = 0


async def job(kind):
    await asyncio.sleep(0)
    if kind == "none":
        return CODES[kind] > 2
    return CODES[kind]


async def main():
    global total
    results = await asyncio.gather(job("ok"), job("gone"), job("none"), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            names.append(type(r).__name__)
        else:
            total += r


asyncio.run(main())
print(names, total)
