"""Zero-delay pass order, generated (seed 36, program 15)."""
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
    loop.call_soon(note, "s0")
    await asyncio.sleep(0)
    log.append("m1")
    asyncio.create_task(tick("t2"))
    await asyncio.sleep(0.005)


asyncio.run(main())
print(log)
