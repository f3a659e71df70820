"""A `for` over `zip` of names and results, and `max` with a key over results."""
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return len(name) * 10


async def main():
    names = ["alpha", "be", "gamma"]
    sizes = await asyncio.gather(*(fetch(n, 0.01) for n in names))
    report = []
    for name, size in zip(names, sizes):
        report.append(f"{name}:{size}")
    biggest = names[sizes.index(max(sizes))]
    print(report, biggest, sizes.count(50))
    return biggest


result = asyncio.run(main())
