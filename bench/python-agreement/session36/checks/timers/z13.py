"""Zero-delay pass order, generated (seed 36, program 13)."""
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
    task1 = asyncio.create_task(quick("q1"))
    done1, pending1 = await asyncio.wait([task1], timeout=0)
    log.append(f"w1:{len(done1)}")
    loop.call_soon(note, "s2")
    task3 = asyncio.create_task(quick("q3"))
    done3, pending3 = await asyncio.wait([task3], timeout=0)
    log.append(f"w3:{len(done3)}")
    loop.call_soon(note, "s4")
    await asyncio.sleep(0.005)


asyncio.run(main())
print(log)
