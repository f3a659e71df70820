# CPython 3.11.7 (10 runs): ['a', 'error'] [0] every run
# gather(return_exceptions=True) over to_thread jobs, one of which may raise
import asyncio

stock = [1]
report = []


def take(name):
    left = stock[0]
    if left <= 0:
        raise ValueError("sold out")
    stock[0] = left - 1
    return name


async def main():
    results = await asyncio.gather(asyncio.to_thread(take, "a"), asyncio.to_thread(take, "b"), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            report.append("error")
        else:
            report.append(r)


asyncio.run(main())
print(sorted(report), stock)
