"""Zero-delay pass order, generated (seed 36, program 9)."""
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
    loop.call_later(0.0, note, "f2")
    loop.call_later(0, note, "l3")
    asyncio.create_task(tick("t4"))
    task5 = asyncio.create_task(quick("q5"))
    done5, pending5 = await asyncio.wait([task5], timeout=0)
    log.append(f"w5:{len(done5)}")
    await asyncio.sleep(0.005)


asyncio.run(main())
print(log)
