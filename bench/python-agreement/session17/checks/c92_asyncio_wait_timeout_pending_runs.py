# no bug: asyncio.wait(timeout=...) returns with the slow task still pending and does not cancel it; it finishes later
import asyncio

finished = []
pending_count = -1


async def job(name, delay):
    await asyncio.sleep(delay)
    finished.append(name)


async def main():
    global pending_count
    tasks = [asyncio.create_task(job("fast", 0.001)), asyncio.create_task(job("slow", 0.030))]
    done, pending = await asyncio.wait(tasks, timeout=0.010)
    pending_count = len(pending)
    await asyncio.gather(*tasks)


asyncio.run(main())
print(finished, pending_count)
