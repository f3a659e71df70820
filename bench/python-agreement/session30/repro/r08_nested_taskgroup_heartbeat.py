# CPython 3.11: at_end=5 (10 of 10). weft-start: at_end=6 only, "complete". r04 in a heartbeat form: a TaskGroup
# nested in another whose child ended during the inner group.
import asyncio

beats = 0
at_end = -1


async def heartbeat():
    global beats
    while True:
        beats += 1
        await asyncio.sleep(0)


async def fetch(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def main():
    global at_end
    hb = asyncio.create_task(heartbeat())
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fetch(1))
        async with asyncio.TaskGroup() as inner:
            inner.create_task(fetch(2))
    at_end = beats
    hb.cancel()


asyncio.run(main())
print(at_end)
