# Workers gated by an asyncio.Event: every worker prepares, then waits for the starting gun; the
# VARIANT: the dict of (prep, run) tuples split into two dicts of numbers (25:21)
# coordinator sets the event once all are ready (a counter), and workers race to finish first.
import asyncio

ready = 0
finish_order = []
scores = {}


async def worker(name, prep, run, gate, all_ready):
    global ready
    await asyncio.sleep(prep)
    ready += 1
    if ready == 3:
        all_ready.set()
    await gate.wait()
    await asyncio.sleep(run)
    finish_order.append(name)
    scores[name] = 10 - len(finish_order)


async def main():
    gate = asyncio.Event()
    all_ready = asyncio.Event()
    prep = {"red": 0.003, "blue": 0.001, "green": 0.002}
    run = {"red": 0.004, "blue": 0.006, "green": 0.002}
    tasks = [asyncio.create_task(worker(n, prep[n], run[n], gate, all_ready)) for n in prep]
    await all_ready.wait()
    gate.set()
    await asyncio.gather(*tasks)


asyncio.run(main())
winner = finish_order[0]
print(f"order={finish_order} winner={winner} scores={dict(sorted(scores.items()))} ready={ready}")
