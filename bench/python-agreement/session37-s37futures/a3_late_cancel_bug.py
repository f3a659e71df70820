# BUG: the winner is logged (an await) before the losers are cancelled, so a loser can finish in
# between: the assertion that every loser ended cancelled fails.
import asyncio

DELAYS = {"a": 0.002, "b": 0.003, "c": 0.020}
endings = {}


async def replica(name, delay):
    await asyncio.sleep(delay)
    return name


async def log_winner():
    await asyncio.sleep(0.002)


async def main():
    tasks = {asyncio.create_task(replica(n, d)): n for n, d in DELAYS.items()}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    await log_winner()
    for task in pending:
        task.cancel()
    outcomes = await asyncio.gather(*pending, return_exceptions=True)
    for task, outcome in zip(pending, outcomes):
        endings[tasks[task]] = type(outcome).__name__
    for name in sorted(endings):
        assert endings[name] == "CancelledError", f"{name} ended {endings[name]}"


asyncio.run(main())
print(f"endings={dict(sorted(endings.items()))}")
