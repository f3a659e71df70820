"""asyncio.wait over tasks, one failing on a dict's None (TypeError); exception() of each read after."""
import asyncio

READINGS = {"a": 30, "b": None}
failed = []
ok = []


async def check(k):
    await asyncio.sleep(0)
    return READINGS[k] > 25


async def main():
    tasks = {k: asyncio.create_task(check(k)) for k in ("a", "b")}
    await asyncio.wait(tasks.values())
    for k, t in tasks.items():
        if t.exception() is not None:
            failed.append(k)
        else:
            ok.append(k)


asyncio.run(main())
print(ok, failed)
