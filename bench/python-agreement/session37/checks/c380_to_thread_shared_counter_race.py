import asyncio

state = {"n": 0}
log = []


def blocking_bump():
    current = state["n"]
    state["n"] = current + 1


async def main():
    await asyncio.gather(asyncio.to_thread(blocking_bump), asyncio.to_thread(blocking_bump))
    log.append(state["n"])


asyncio.run(main())
print(log)  # ordered
