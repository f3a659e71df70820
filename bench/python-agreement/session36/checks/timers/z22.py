"""Zero-delay pass order, generated (seed 36, program 22)."""
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
    loop.call_soon(note, "s1")
    loop.call_soon(note, "s2")
    loop.call_soon(note, "s3")
    loop.call_later(0, note, "l4")
    asyncio.create_task(tick("t5"))
    await asyncio.sleep(0.005)


asyncio.run(main())
print(log)
