"""gather(*pending) without return_exceptions=True raises the first exception in the order the tasks
end (not the set's): still refused, saying so."""
import asyncio

total = 0


async def job(n):
    await asyncio.sleep(0.01 * n)
    return n


async def main():
    global total
    tasks = [asyncio.create_task(job(n)) for n in range(1, 4)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    results = await asyncio.gather(*pending)
    total = sum(results)


asyncio.run(main())
print(total)
