"""Runners wait for a start Event; each records when it finished, in finishing order."""
import asyncio

RUNNERS = {"ann": 3, "bob": 1, "cy": 2}

finish_order = []
started_before_gun = 0


async def runner(name, ms, gun):
    global started_before_gun
    if gun.is_set():
        started_before_gun += 1
    await gun.wait()
    await asyncio.sleep(ms / 1000)
    finish_order.append(name)


async def main():
    gun = asyncio.Event()
    tasks = [asyncio.create_task(runner(n, ms, gun)) for n, ms in [("ann", 3), ("bob", 1), ("cy", 2)]]
    await asyncio.sleep(0)
    gun.set()
    await asyncio.wait(tasks)


if __name__ == "__main__":
    asyncio.run(main())
    winner = finish_order[0]
    assert finish_order == ["bob", "cy", "ann"]
