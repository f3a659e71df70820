# passes: `asyncio.wait(tasks, timeout=t)` that gives up at its deadline: which tasks are done then, and
# the passes a spinner counts between a sleeper whose timer of the same delay was set just before the
# wait's and the awaiter's resumption
import asyncio

spins = 0
at_resume = -1
done_count = -1
pending_count = -1
order = []


async def slow(name, delay):
    await asyncio.sleep(delay)
    order.append(name)
    return name


async def sleeper_then_spinner():
    global spins
    await asyncio.sleep(0.1)
    order.append("sleeper")
    for _ in range(6):
        spins += 1
        await asyncio.sleep(0)


async def main():
    global at_resume, done_count, pending_count
    sleeper = asyncio.create_task(sleeper_then_spinner())
    await asyncio.sleep(0)
    tasks = [asyncio.create_task(slow("fast", 0.001)), asyncio.create_task(slow("slow", 1))]
    done, pending = await asyncio.wait(tasks, timeout=0.1)
    order.append("main")
    at_resume = spins
    done_count = len(done)
    pending_count = len(pending)
    for task in pending:
        task.cancel()
    await sleeper


asyncio.run(main())
print(at_resume, done_count, pending_count, order)
