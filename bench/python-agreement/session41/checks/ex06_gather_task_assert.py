# check: a failed assert in a gathered coroutine propagates to the awaiting main (status: assertion failed)
import asyncio

log = []


async def check(n):
    await asyncio.sleep(0.001)
    assert n < 2, "too big"
    log.append(n)


async def main():
    await asyncio.gather(*(check(n) for n in range(3)))


asyncio.run(main())
print(log)
