# asyncio.timeout around a TaskGroup: the group's tasks are cancelled at the deadline.
import asyncio

finished = []
outcome = ""


async def job(name, delay):
    await asyncio.sleep(delay)
    finished.append(name)


async def main():
    global outcome
    try:
        async with asyncio.timeout(0.03):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(job("fast", 0.005))
                tg.create_task(job("slow", 0.5))
        outcome = "in time"
    except TimeoutError:
        outcome = "timeout"


asyncio.run(main())
print(finished, outcome)
