# Check: calling a coroutine function without await never runs its body. Bug: missing await (the save never happens).
import asyncio

saved = 0
steps = []


async def save():
    global saved
    saved += 1


async def main():
    save()
    steps.append(1)
    await asyncio.sleep(0.01)
    steps.append(2)


asyncio.run(main())
print(f"saved={saved} steps={steps}")
