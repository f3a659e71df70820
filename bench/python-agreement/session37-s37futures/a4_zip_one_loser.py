# The smallest zip of a not_done set with its gather's outcomes: one quick task wins, the slow one is
# cancelled, and its ending is stored under its name; the quick one may still be the only one done.
import asyncio

endings = {}


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    tasks = {asyncio.create_task(job(0.001)): "quick", asyncio.create_task(job(0.050)): "slow"}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for task in pending:
        task.cancel()
    outcomes = await asyncio.gather(*pending, return_exceptions=True)
    for task, outcome in zip(pending, outcomes):
        endings[tasks[task]] = type(outcome).__name__


asyncio.run(main())
print(f"endings={endings}")
