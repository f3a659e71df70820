# check: wait_for(shield(t)) times out but the shielded task runs to its end
import asyncio

log = []


async def save():
    await asyncio.sleep(0.02)
    log.append(1)
    return 9


async def main():
    t = asyncio.create_task(save())
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.005)
    except asyncio.TimeoutError:
        log.append(2)
    value = await t
    log.append(value)


asyncio.run(main())
