"""Each task runs in a copy of its creator's context, made when the task is made."""
import asyncio
import contextvars

user: contextvars.ContextVar[str] = contextvars.ContextVar("user", default="nobody")
seen: dict[str, str] = {}


async def report(label: str) -> None:
    await asyncio.sleep(0.001)
    seen[label] = user.get()


async def child(label: str) -> None:
    await report(label + "-before")
    user.set(label)
    await report(label + "-after")


async def main() -> None:
    user.set("main")
    first = asyncio.create_task(child("first"))
    user.set("changed")
    second = asyncio.create_task(child("second"))
    await first
    await second
    seen["main"] = user.get()


user.set("module")
asyncio.run(main())
seen["module"] = user.get()
print(sorted(seen.items()))
assert seen == {
    "first-before": "main",
    "first-after": "first",
    "second-before": "changed",
    "second-after": "second",
    "main": "changed",
    "module": "module",
}
