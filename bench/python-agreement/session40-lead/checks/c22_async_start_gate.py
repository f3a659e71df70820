# Runners wait on an asyncio.Event before they start. No bug.
import asyncio

order = []


async def runner(name, gate, pace):
    await gate.wait()
    await asyncio.sleep(pace)
    order.append(name)


async def main():
    gate = asyncio.Event()
    tasks = [asyncio.create_task(runner(n, gate, p)) for n, p in [("ann", 0.03), ("bo", 0.01), ("cy", 0.02)]]
    await asyncio.sleep(0.005)
    order.append("go")
    gate.set()
    await asyncio.gather(*tasks)


asyncio.run(main())
print(order)
