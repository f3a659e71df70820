import asyncio

timed_out = 0


async def main():
    global timed_out
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.01)
    except asyncio.TimeoutError:
        timed_out = 1


asyncio.run(main())
