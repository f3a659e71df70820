# ordered
# loop.time() deadline in a coroutine: poll until the event or the deadline.
import asyncio

log = []


async def main():
    loop = asyncio.get_running_loop()
    ev = asyncio.Event()
    loop.call_later(0.02, ev.set)
    deadline = loop.time() + 0.5
    while loop.time() < deadline:
        if ev.is_set():
            log.append("set")
            break
        await asyncio.sleep(0.005)
    else:
        log.append("deadline")


asyncio.run(main())
print(log)
