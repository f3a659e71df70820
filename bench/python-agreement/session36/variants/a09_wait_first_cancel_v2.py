# Racing replicas with asyncio.wait(FIRST_COMPLETED): the first replica to answer wins, the others are
# VARIANT: the pending set walked through the tasks' own list (23:30)
# VARIANT v2: the sets tested before any pop (21:41)
# cancelled; a gather with return_exceptions collects how each of the losers ended.
import asyncio

REPLICAS = {"r1": 0.006, "r2": 0.002, "r3": 0.004}
answers = []
endings = {}


async def query(name, delay):
    await asyncio.sleep(delay)
    answers.append(name)
    return f"{name}:{int(delay * 1000)}ms"


async def main():
    tasks = {asyncio.create_task(query(n, d), name=n): n for n, d in REPLICAS.items()}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    losers = [task for task in tasks if task not in done]
    winner = [task for task in tasks if task in done][0].result()
    for task in losers:
        task.cancel()
    outcomes = await asyncio.gather(*losers, return_exceptions=True)
    for task, outcome in zip(losers, outcomes):
        endings[tasks[task]] = type(outcome).__name__
    return winner


winner = asyncio.run(main())
print(f"winner={winner} answers={answers} endings={dict(sorted(endings.items()))}")
