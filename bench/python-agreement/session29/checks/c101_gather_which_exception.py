# two children of a gather fail; the exception raised is the one whose done callback runs first
import asyncio

caught = 0


async def fail_after(n, code):
    for _ in range(n):
        await asyncio.sleep(0)
    raise ValueError(code)


async def main():
    global caught
    try:
        await asyncio.gather(fail_after(2, 1), fail_after(1, 2))
    except ValueError as e:
        caught = e.args[0]


asyncio.run(main())
print(caught)
