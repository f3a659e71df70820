"""gather(return_exceptions=True): type(r).__name__ of the failures under isinstance, sum of the rest."""
import asyncio

names = []
total = 0


async def job(kind):
    await asyncio.sleep(0)
    if kind == "key":
        return {"a": 1}["b"]
    if kind == "zero":
        return 10 // (len(kind) - 4)
    return len(kind)


async def main():
    global total
    results = await asyncio.gather(job("ok"), job("key"), job("zero"), job("fine"), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            names.append(type(r).__name__)
        else:
            total += r


asyncio.run(main())
print(names, total)
