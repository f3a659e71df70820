# Cancelled losers gathered with return_exceptions, then each task's ending stored by name through
# zip(pending, outcomes): a loser may have raised, returned or been cancelled.
import asyncio

DELAYS = {"fast": 0.005, "mid": 0.030, "slow": 0.060, "broken": 0.010}
endings = {}
finished = 0


async def replica(name, delay):
    global finished
    await asyncio.sleep(delay)
    if name == "broken":
        raise ValueError(name)
    finished += 1
    return name


async def main():
    tasks = {asyncio.create_task(replica(n, d)): n for n, d in DELAYS.items()}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for task in pending:
        task.cancel()
    outcomes = await asyncio.gather(*pending, return_exceptions=True)
    for task, outcome in zip(pending, outcomes):
        endings[tasks[task]] = type(outcome).__name__
    return len(done)


first = asyncio.run(main())
print(f"first={first} finished={finished} endings={dict(sorted(endings.items()))}")
