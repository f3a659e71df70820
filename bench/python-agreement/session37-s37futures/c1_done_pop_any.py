# Two replicas answer at the same moment: asyncio.wait(FIRST_COMPLETED)'s done set holds both, and
# done.pop() takes either (the set's order is the tasks' addresses), not the first to finish.
import asyncio

answers = []


async def replica(name):
    await asyncio.sleep(0.002)
    answers.append(name)
    return name


async def main():
    tasks = [asyncio.create_task(replica(name)) for name in ("first", "second")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    winner = done.pop().result()
    return winner


winner = asyncio.run(main())
print(f"winner={winner} answers={answers}")
