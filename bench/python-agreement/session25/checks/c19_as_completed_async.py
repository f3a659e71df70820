# check: asyncio.as_completed yields in order of completion
import asyncio

order = []


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    jobs = [job("slow", 0.05), job("fast", 0.01), job("mid", 0.03)]
    for next_done in asyncio.as_completed(jobs):
        order.append(await next_done)


asyncio.run(main())
sequence = "-".join(order)
print(sequence)
