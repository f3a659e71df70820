import asyncio

saved = 0
timed_out = 0


async def save():
    global saved
    await asyncio.sleep(0.02)
    saved = 1


async def main():
    global timed_out
    inner = asyncio.ensure_future(save())
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.005)
    except asyncio.TimeoutError:
        timed_out = 1
    await inner


asyncio.run(main())
print(saved, timed_out)
