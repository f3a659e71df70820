# ordered
# Ready tasks run in FIFO order: three tasks that each yield with sleep(0) interleave round-robin.
import asyncio

log = []


async def step(name):
    for i in range(2):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(step("a"), step("b"), step("c"))


asyncio.run(main())
print(log)
