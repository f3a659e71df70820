# CPython 3.11.7 (10 runs): ['b', 'error'] [0] every run (report itself ['b', 'error'])
# as_completed over to_thread jobs, one of which may raise
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
    for c in asyncio.as_completed([asyncio.to_thread(take, "a"), asyncio.to_thread(take, "b")]):
        try:
            report.append(await c)
        except ValueError:
            report.append("error")


asyncio.run(main())
print(sorted(report), stock)
