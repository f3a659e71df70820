import asyncio

order = []

async def step(name):
    for i in range(2):
        order.append(f"{name}{i}")
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(step("a"), step("b"), step("c"))

asyncio.run(main())
