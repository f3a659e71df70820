# A task cancelled before it first runs never runs its body; one cancelled while sleeping runs its handler.
import asyncio

ran = []
handled = []


async def body(name, delay):
    ran.append(name)
    try:
        await asyncio.sleep(delay)
        ran.append(name + "-end")
    except asyncio.CancelledError:
        handled.append(name)
        raise


async def main():
    a = asyncio.create_task(body("a", 0.01))
    b = asyncio.create_task(body("b", 0.01))
    b.cancel()
    await asyncio.sleep(0.001)
    a.cancel()
    await asyncio.wait([a, b])
    return 2


count = asyncio.run(main())
