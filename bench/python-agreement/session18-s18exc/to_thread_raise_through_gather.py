# CPython 3.11.7 (10 runs): ['failed'] [0] every run
# gather without return_exceptions: a to_thread job's exception reaches main's try
import asyncio

stock = [1]
log = []


def take(name):
    left = stock[0]
    if left <= 0:
        raise ValueError("sold out")
    stock[0] = left - 1
    return name


async def main():
    try:
        await asyncio.gather(asyncio.to_thread(take, "a"), asyncio.to_thread(take, "b"))
        log.append("both")
    except ValueError:
        log.append("failed")


asyncio.run(main())
print(log, stock)
