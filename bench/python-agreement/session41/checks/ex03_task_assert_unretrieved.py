# check: a failed assert in an asyncio task nobody awaits is only logged; the program ends normally
import asyncio

log = []


async def check(n):
    await asyncio.sleep(0.001)
    assert n < 2, "too big"
    log.append(n)


async def main():
    for n in range(3):
        asyncio.create_task(check(n))
    await asyncio.sleep(0.01)
    log.append("main done")


asyncio.run(main())
print(log)
