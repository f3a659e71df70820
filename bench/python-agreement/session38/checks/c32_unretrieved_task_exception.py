# ordered
# A task's exception that nobody retrieves does not stop the program (asyncio only logs it at exit).
import asyncio

log = []


async def broken():
    await asyncio.sleep(0)
    raise RuntimeError("lost")


async def main():
    task = asyncio.create_task(broken())
    await asyncio.sleep(0.01)
    log.append(task.done())
    log.append("main continues")


asyncio.run(main())
print(log)
