# a gather kept in a name and awaited after another await (its children run meanwhile): still refused
import asyncio

log = []


async def step(name):
    await asyncio.sleep(0)
    log.append(name)


async def main():
    job = asyncio.gather(step("a"), step("b"))
    await asyncio.sleep(0)
    log.append("main")
    await job


asyncio.run(main())
print(log)
