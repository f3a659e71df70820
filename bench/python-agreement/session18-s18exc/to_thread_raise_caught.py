# CPython 3.11.7 (10 runs): ['a', 'none'] [0] every run
# a to_thread job raises when the other one took the last item first; the coroutine catches it
import asyncio

stock = [1]
log = []


def take(name):
    left = stock[0]
    if left <= 0:
        raise LookupError("sold out")
    stock[0] = left - 1
    return name


async def buy(name):
    try:
        got = await asyncio.to_thread(take, name)
        log.append(got)
    except LookupError:
        log.append("none")


async def main():
    await asyncio.gather(buy("a"), buy("b"))


asyncio.run(main())
print(sorted(log), stock)
