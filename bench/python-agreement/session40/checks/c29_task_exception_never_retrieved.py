# Check: a task that raises and is never awaited: asyncio logs it, the program ends normally. Bug: the error is lost (never retrieved).
import asyncio

ran = 0
main_done = 0


async def boom():
    global ran
    ran += 1
    raise RuntimeError("lost")


async def main():
    global main_done
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    main_done = 1 + int(t.done())


asyncio.run(main())
print(f"ran={ran} main_done={main_done}")
