"""Zero-delay pass order, generated (seed 36, program 4)."""
import asyncio

log = []


def note(label):
    log.append(label)


async def chain_soon(loop, label):
    log.append(label)
    loop.call_soon(note, label + "+s")


async def chain_later(loop, label):
    log.append(label)
    loop.call_later(0, note, label + "+l")


async def tick(label):
    log.append(label)
    await asyncio.sleep(0)
    log.append(label + "'")


async def quick(label):
    log.append(label)
    return label


async def main():
    loop = asyncio.get_running_loop()
    asyncio.create_task(tick("t0"))
    loop.call_later(0, note, "l1")
    loop.call_later(0.0, note, "f2")
    asyncio.create_task(tick("t3"))
    loop.call_soon(note, "s4")
    await asyncio.sleep(0.005)


asyncio.run(main())
print(log)
