"""A task made in a try body, awaited with wait_for; the handler awaits it again."""
import asyncio

log = []


async def slow():
    await asyncio.sleep(0.02)
    return "late"


async def main():
    try:
        t = asyncio.create_task(slow())
        log.append(await asyncio.wait_for(asyncio.shield(t), 0.005))
    except asyncio.TimeoutError:
        log.append("timeout")
    log.append(await t)


asyncio.run(main())
print(log)
